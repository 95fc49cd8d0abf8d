import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerKey } from '../../src/feedback/votes.js';
import { cliTimeout, feedbackInProcess, runCli, runCliWithStdout, withFailingStdout } from './runCli.js';

let dir: string;
let file: string;

const HEAT = { question: 'do heat pumps work in the cold?', claimIds: ['heat-pumps-cold-climates#3', 'heat-pumps-cold-climates#1'] };
const DATA = { question: 'synthetic data risks', claimIds: ['synthetic-data-llm-training#2'] };
const BIKE = { question: 'bike lanes', claimIds: ['urban-bike-lanes-road-safety#1'] };

function vote(on: { question: string; claimIds: string[] }, user: string, vote: 'up' | 'down', ts: string, reason?: object): string {
  return JSON.stringify({ ts, user, channel: 'C1', ...on, vote, answer: answerKey(on.question, on.claimIds), ...(reason ? { reason } : {}) });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-feedback-cli-'));
  file = join(dir, 'feedback.jsonl');
  await writeFile(
    file,
    [
      vote(HEAT, 'U1', 'down', '2026-02-01T10:00:00.000Z', { kind: 'wrong-claim', text: 'The quote is about\nair-to-water pumps' }),
      vote(HEAT, 'U2', 'down', '2026-02-02T10:00:00.000Z', { kind: 'not-in-reports' }),
      vote(HEAT, 'U3', 'up', '2026-02-03T10:00:00.000Z'),
      vote(DATA, 'U1', 'down', '2026-02-04T10:00:00.000Z'),
      vote(BIKE, 'U1', 'up', '2026-02-05T10:00:00.000Z'),
      // A line from before one vote per person: no answer key; U4's last click stands.
      JSON.stringify({ ts: '2026-01-01T00:00:00.000Z', user: 'U4', channel: 'C1', ...BIKE, vote: 'down' }),
      JSON.stringify({ ts: '2026-01-02T00:00:00.000Z', user: 'U4', channel: 'C1', ...BIKE, vote: 'up' }),
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run feedback', () => {
  it('prints the totals, then each answer voted down with its question, claims and reasons, most 👎 first', async () => {
    const run = await runCli('feedback', ['--file', file], { REDIS_URL: '' });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`6 votes on 3 answers: 3 👍, 3 👎 (${file}).`);
    expect(run.stdout).toContain('Answers voted down (2), most 👎 first:');
    const heat = lines.indexOf('1. "do heat pumps work in the cold?"');
    expect(heat).toBeGreaterThan(0);
    expect(lines[heat + 1]).toMatch(/^ {3}2 👎, 1 👍 · last vote 2026-02-03 10:00 · answer [0-9a-f]{20}$/);
    expect(lines[heat + 2]).toBe('   claims shown: heat-pumps-cold-climates#3, heat-pumps-cold-climates#1');
    expect(lines[heat + 3]).toBe('   why (U1): wrong claim: "The quote is about air-to-water pumps"');
    expect(lines[heat + 4]).toBe('   why (U2): not in the reports');
    expect(lines).toContain('2. "synthetic data risks"');
    expect(run.stdout).not.toContain('bike lanes');
  });

  it('prints one JSON object with --json', async () => {
    const run = await runCli('feedback', ['--file', file, '--json'], { REDIS_URL: '' });
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ votes: 6, up: 3, down: 3, answers: 3 });
    expect(summary.votedDown.map((a: { question: string; down: number; up: number }) => [a.question, a.down, a.up])).toEqual([
      ['do heat pumps work in the cold?', 2, 1],
      ['synthetic data risks', 1, 0],
    ]);
  });

  it('ends quietly, with its own exit code, when nobody reads its output any more (| head -1)', async () => {
    expect(await runCliWithStdout('feedback', ['--file', file], 'unread', { REDIS_URL: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  }, cliTimeout(1));

  it('says so when there are no votes yet, and exits 2 when the votes cannot be read', async () => {
    const none = await runCli('feedback', ['--file', join(dir, 'none.jsonl')], { REDIS_URL: '' });
    expect(none).toMatchObject({ code: 0, stdout: `No votes yet (${join(dir, 'none.jsonl')}).\n` });
    const unreadable = await runCli('feedback', ['--file', dir], { REDIS_URL: '' });
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain(`feedback: cannot read the votes in ${dir}`);
    const bad = await runCli('feedback', ['--nope'], { REDIS_URL: '' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: npm run feedback');
  });

  // An unset variable in a script (`--file "$LOG"`) read as no file: "No votes yet ()".
  it.each([[['--file', '']], [['--file', '  ', '--json']], [['--file']], [['votes.jsonl']]])('exits 2 with the usage on an unusable argument %#', async (args) => {
    const run = await feedbackInProcess(args, { REDIS_URL: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^feedback: .+\nusage: npm run feedback -- \[--file PATH\] \[--json\]\n$/);
    expect(run.stdout).toBe('');
  });

  it('exits 1 with a message in its own words, then the stack, when an unexpected error stops it', async () => {
    const run = await withFailingStdout('feedback', ['--file', file], new Error('renderer failed'), { REDIS_URL: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^feedback: stopped by an unexpected error: renderer failed\n\(a bug in report-bot, not in your question or the reports: please report it with what follows\)\nError: renderer failed\n +at /);
  });
});
