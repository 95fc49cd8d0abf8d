import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackFile } from '../../src/feedback/feedbackFile.js';
import { answerKey, type VoteClick } from '../../src/feedback/votes.js';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-feedback-'));
  path = join(dir, 'votes', 'feedback.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ANSWER = answerKey('heat pumps', ['heat-pumps#1', 'heat-pumps#2']);
let clicks = 0;
function click(user: string, pressed: 'up' | 'down', clickId = `click-${++clicks}`): VoteClick {
  return { answer: ANSWER, user, pressed, clickId, ts: new Date(Date.UTC(2026, 0, 1, 0, 0, clicks)).toISOString(), channel: 'C1', question: 'heat pumps', claimIds: ['heat-pumps#1', 'heat-pumps#2'] };
}

async function lines(): Promise<Record<string, unknown>[]> {
  return (await readFile(path, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

describe('FeedbackFile', () => {
  it('keeps one line per person per answer: set, changed, taken back', async () => {
    const file = new FeedbackFile(path);
    expect(await file.click(click('U1', 'up'))).toBe('up');
    expect(await file.click(click('U2', 'down'))).toBe('down');
    expect((await lines()).map((l) => [l.user, l.vote])).toEqual([['U1', 'up'], ['U2', 'down']]);
    expect(await file.click(click('U1', 'down'))).toBe('down');
    expect((await lines()).map((l) => [l.user, l.vote])).toEqual([['U1', 'down'], ['U2', 'down']]);
    expect(await file.click(click('U2', 'down'))).toBeNull();
    expect((await lines()).map((l) => [l.user, l.vote])).toEqual([['U1', 'down']]);
  });

  it('applies a click once however often it is delivered', async () => {
    const file = new FeedbackFile(path);
    const once = click('U1', 'up');
    expect(await file.click(once)).toBe('up');
    expect(await file.click(once)).toBe('up');
    expect(await file.voteOf(ANSWER, 'U1')).toBe('up');
  });

  it('adds a reason to a 👎 only', async () => {
    const file = new FeedbackFile(path);
    await file.click(click('U1', 'up'));
    expect(await file.explain(ANSWER, 'U1', { kind: 'other' })).toBe(false);
    await file.click(click('U1', 'down'));
    expect(await file.explain(ANSWER, 'U1', { kind: 'not-in-reports', text: 'nothing on winter' })).toBe(true);
    expect((await lines())[0]).toMatchObject({ vote: 'down', reason: { kind: 'not-in-reports', text: 'nothing on winter' } });
    // Changing the vote drops the reason given for the old one.
    await file.click(click('U1', 'up'));
    expect((await lines())[0]).not.toHaveProperty('reason');
  });

  it('reads the votes back after a restart', async () => {
    const before = new FeedbackFile(path);
    await before.click(click('U1', 'down'));
    await before.explain(ANSWER, 'U1', { kind: 'wrong-claim' });
    const after = new FeedbackFile(path);
    expect(await after.voteOf(ANSWER, 'U1')).toBe('down');
    expect(await after.records()).toEqual(await before.records());
    // The restarted bot takes the vote back like the first would have.
    expect(await after.click(click('U1', 'down'))).toBeNull();
  });

  it('reads a file from before (a line per click, no answer key): the last click of each person stands, other lines are kept', async () => {
    const old = (vote: string, user: string, ts: string): string => JSON.stringify({ ts, user, channel: 'C1', question: 'heat pumps', claimIds: ['heat-pumps#1', 'heat-pumps#2'], vote });
    await writeFile(join(dir, 'old.jsonl'), [old('up', 'U1', '2026-01-01T00:00:00.000Z'), 'not json, kept as it is', old('down', 'U1', '2026-01-02T00:00:00.000Z'), old('up', 'U2', '2026-01-03T00:00:00.000Z'), ''].join('\n'));
    path = join(dir, 'old.jsonl');
    const file = new FeedbackFile(path);
    expect((await file.records()).map((r) => [r.user, r.vote, r.answer])).toEqual([['U1', 'down', ANSWER], ['U2', 'up', ANSWER]]);
    await file.click(click('U3', 'up'));
    const [kept, ...rest] = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
    expect(kept).toBe('not json, kept as it is');
    expect(rest.map((line) => JSON.parse(line).user)).toEqual(['U1', 'U2', 'U3']);
  });

  it('keeps nothing of a vote it could not write, so the click given again counts as the first would have', async () => {
    const file = new FeedbackFile(path);
    await file.click(click('U1', 'up'));
    await rm(join(dir, 'votes'), { recursive: true });
    await writeFile(join(dir, 'votes'), 'a file where the folder should be');
    await expect(file.click(click('U1', 'down'))).rejects.toThrow();
    expect(await file.voteOf(ANSWER, 'U1')).toBe('up');
    await rm(join(dir, 'votes'));
    expect(await file.click(click('U1', 'down'))).toBe('down');
  });

  it('fails a vote when the file cannot be read, and tries again next time', async () => {
    await writeFile(join(dir, 'votes'), 'a file where the folder should be');
    const file = new FeedbackFile(path);
    await expect(file.click(click('U1', 'up'))).rejects.toThrow();
    await rm(join(dir, 'votes'));
    expect(await file.click(click('U1', 'up'))).toBe('up');
  });
});
