// `npm run check` run in this process (checkInProcess: what check.ts runs, with the streams
// collected), except the first test: the process's own exit code.

import { describe, expect, it } from 'vitest';
import { BUNDLED_REPORTS, COLLECTION_FIXTURES, EVIDENCE_FIXTURES, FIXTURE_REPORTS } from '../support/reportsFolders.js';
import { checkInProcess, cliTimeout, runCli, runCliWithStdout, withFailingStdout } from './runCli.js';

describe('npm run check', () => {
  it('prints each problem as file:line: reason and exits 1 when a report is broken, as a process', async () => {
    const run = await runCli('check', [FIXTURE_REPORTS]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(`${FIXTURE_REPORTS}empty.md: file is empty`);
    expect(lines.some((l) => l.startsWith(`${FIXTURE_REPORTS}latin1.md:`) && /:\d+: not UTF-8/.test(l))).toBe(true);
    expect(lines.some((l) => /invalid-front-matter\.md:\d+: warning: front matter is not valid YAML/.test(l))).toBe(true);
    expect(lines.some((l) => /claim-without-evidence\.md:\d+: warning: claim has no evidence/.test(l))).toBe(true);
    expect(run.stdout).toMatch(/6 broken/);
    expect(run.stdout).not.toContain('notes.txt');
  });

  it('exits 1 with a message in its own words, then the stack, when an unexpected error stops it', async () => {
    const run = await withFailingStdout('check', [BUNDLED_REPORTS], new Error('renderer failed'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^check: stopped by an unexpected error: renderer failed\n\(a bug in report-bot, not in your question or the reports: please report it with what follows\)\nError: renderer failed\n +at /);
  });

  it('ends quietly, with its own exit code, when nobody reads its output any more (| head -1), as a process', async () => {
    // The bundled reports: check exits 0 on them, which Node's crash on an unhandled 'error' (exit 1) cannot pass for.
    expect(await runCliWithStdout('check', [BUNDLED_REPORTS], 'unread')).toEqual({ code: 0, stdout: '', stderr: '' });
  }, cliTimeout(1));

  it('exits 0 when every report can be served, even with warnings', async () => {
    const run = await checkInProcess([BUNDLED_REPORTS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/7 report files: 7 served \(\d+ claims\), 0 broken/);
  });

  it('says warnings break nothing, and on the bundled reports that their warnings are deliberate examples', async () => {
    const bundled = await checkInProcess([BUNDLED_REPORTS]);
    const warnings = bundled.stdout.split('\n').filter((l) => l.includes(': warning: '));
    expect(warnings).toHaveLength(6);
    expect(bundled.stdout.trimEnd().split('\n').slice(-3)).toEqual([
      '7 report files: 7 served (72 claims), 0 broken, 6 warnings.',
      'Warnings are things to fix; every report is still served.',
      'These are the bundled example reports: their 6 warnings are on purpose, to show variations real reports have (reports/README.md).',
    ]);
    const fixtures = await checkInProcess([FIXTURE_REPORTS]);
    expect(fixtures.stdout).toContain('Warnings are things to fix; they do not stop a report from being served.');
    expect(fixtures.stdout).not.toContain('bundled');
    const clean = await checkInProcess([COLLECTION_FIXTURES]);
    expect(clean.stdout).not.toContain('Warnings are');
  });

  it('summarizes per report how many claims carry each evidence flag', async () => {
    const run = await checkInProcess([EVIDENCE_FIXTURES]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toContain(
      `  ${EVIDENCE_FIXTURES}evidence-strength.md: 9 claims: 1 no-evidence, 3 single-source, 2 no-quote, 2 unlisted-source, 2 no-link`,
    );
    const bundled = await checkInProcess([BUNDLED_REPORTS]);
    const summary = bundled.stdout.split('\n').filter((l) => /^ {2}\S+\.md: \d+ claims?: /.test(l));
    expect(summary).toHaveLength(7);
  });

  it('answers --help with its usage, and an unknown option or a second folder with the usage and exit 2', async () => {
    const help = await checkInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run check -- \[DIR\]/);
    for (const [args, message] of [
      [['--strict'], /^check: unknown option --strict\n/],
      [[BUNDLED_REPORTS, FIXTURE_REPORTS], /^check: one reports folder at most, not 2\n/],
    ] as const) {
      const run = await checkInProcess([...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('usage: npm run check -- [DIR]');
      expect(run.stdout).toBe('');
    }
  });
});
