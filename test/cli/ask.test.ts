import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_REPORTS, EVIDENCE_FIXTURES, FIXTURE_REPORTS } from '../support/reportsFolders.js';
import { askInProcess, cliTimeout, runCli, runCliWithStdout, withFailingStdout } from './runCli.js';

// `ask` run in this process (askInProcess: what ask.ts runs, with the streams collected), except
// where the process is what is tested: its exit codes and that its stdout carries the JSON alone.

// Two small fixture reports in a folder of their own, for output checked line by line.
let twoReports: string;
beforeAll(async () => {
  twoReports = await mkdtemp(join(tmpdir(), 'report-bot-ask-'));
  for (const name of ['key-finding.md', 'valid-minimal.md']) await copyFile(join(FIXTURE_REPORTS, name), join(twoReports, name));
});
afterAll(async () => {
  await rm(twoReports, { recursive: true, force: true });
});

describe('npm run ask', () => {
  it('prints exactly one JSON object of the documented shape with --json, as a process: nothing else on its stdout, exit 0', async () => {
    // Run where a developer's .env and shell set what would change the answer: the test's run
    // reads neither (cliEnvironment). Read, the .env's limit would leave every report too large
    // (errors, no results), and the shell's embeddings API, not there, a note on stderr.
    const developer = await mkdtemp(join(tmpdir(), 'report-bot-dotenv-'));
    await writeFile(join(developer, '.env'), 'MAX_REPORT_BYTES=1\n');
    const shell = { ...process.env, EMBEDDINGS_URL: 'http://127.0.0.1:9/v1', EMBEDDINGS_MODEL: 'gone' };
    let run;
    try {
      run = await runCli('ask', ['--reports', BUNDLED_REPORTS, '--json', '--limit', '2', 'risks of synthetic data'], {}, { cwd: developer, shell });
    } finally {
      await rm(developer, { recursive: true, force: true });
    }
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // The keys other tools read first, as they always were; new keys after them.
    expect(Object.keys(json).slice(0, 3)).toEqual(['query', 'results', 'errors']);
    expect(json.query).toBe('risks of synthetic data');
    expect(json.results).toHaveLength(2);
    for (const result of json.results) {
      expect(Object.keys(result).slice(0, 5)).toEqual(['claim', 'perspective', 'score', 'report', 'evidence']);
      expect(result.flags).toBeInstanceOf(Array);
      expect(typeof result.score).toBe('number');
      expect(Object.keys(result.report)).toEqual(['id', 'file', 'topic', 'date']);
      for (const evidence of result.evidence) {
        expect(Object.keys(evidence)).toEqual(['source', 'quote', 'finding', 'reference']);
        if (evidence.reference) expect(Object.keys(evidence.reference)).toEqual(['n', 'title', 'url']);
      }
    }
    expect(json.errors).toEqual([]);
  }, cliTimeout(1));

  it('says when the reports do not answer: answered false, no results, the closest claims as related', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, '--json', 'how do vaccines work?']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ answered: false, results: [] });
    expect(json.related.length).toBeGreaterThan(0);
    expect(json.related.length).toBeLessThanOrEqual(3);
    for (const result of json.related) expect(Object.keys(result)).toEqual(['claim', 'perspective', 'score', 'report', 'evidence', 'id', 'flags']);
    const answered = JSON.parse((await askInProcess(['--reports', BUNDLED_REPORTS, '--json', 'grid forming inverters'])).stdout);
    expect(answered).toMatchObject({ answered: true, related: [] });
    const text = await askInProcess(['--reports', BUNDLED_REPORTS, 'how do vaccines work?']);
    expect(text.stdout).toContain('The reports don\'t answer "how do vaccines work?".\n\nRelated claims (they do not answer the question):\n');
  });

  // Chat said to the CLI gets Slack's reply in the terminal's words (render/chatReply.ts), and
  // --json says it is chat; run as a process, as scripts run it.
  it('answers a greeting, small talk or a write request as chat, in text and in --json (chat: true), as a process', async () => {
    const [greeting, haiku, question] = await Promise.all([
      runCli('ask', ['--reports', BUNDLED_REPORTS, 'hi all, happy friday!']),
      runCli('ask', ['--reports', BUNDLED_REPORTS, '--json', 'can you write me a haiku about Mondays?']),
      runCli('ask', ['--reports', BUNDLED_REPORTS, '--json', 'do heat pumps work in the cold?']),
    ]);
    expect(greeting.code).toBe(0);
    expect(greeting.stdout).toMatch(/^Hi! I answer questions from the team's research reports with the reports' own claims/);
    expect(greeting.stdout).toContain('Reports:\n  - glp1-weight-loss-drugs:');
    expect(greeting.stdout).toContain('npm run ask -- list shows the reports');
    expect(greeting.stdout).not.toContain('Nothing in the reports matches');
    expect(greeting.stdout).not.toContain('Try other words');
    expect(greeting.stdout).not.toContain('Note:');
    expect(haiku.code).toBe(0);
    const chat = JSON.parse(haiku.stdout);
    // Every key as it was, "chat" after them.
    expect(Object.keys(chat)).toEqual(['query', 'results', 'errors', 'total', 'hints', 'answered', 'related', 'chat']);
    expect(chat).toMatchObject({ query: 'can you write me a haiku about Mondays?', results: [], answered: false, chat: true });
    expect(JSON.parse(question.stdout)).toMatchObject({ answered: true, chat: false });
    // No notes on a question it did not ask, as the text and Slack replies have none: neither in
    // --json's hints nor on stderr.
    expect(chat.hints).toEqual([]);
    expect(haiku.stderr).toBe('');
  }, cliTimeout(3));

  it('gives chat no notes in --json (hints []) nor on stderr, though the words searched carry some', async () => {
    for (const message of ["hey how's your day going?", 'hi', 'tell me a joke', 'convert 5 miles to km pls']) {
      const run = await askInProcess(['--reports', BUNDLED_REPORTS, '--json', message]);
      expect(JSON.parse(run.stdout), message).toMatchObject({ chat: true, hints: [] });
      expect(run.stderr, message).toBe('');
    }
  });

  it('says an empty reports folder is empty, not that nothing matches', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'report-bot-empty-'));
    try {
      const run = await askInProcess(['--reports', empty, 'heat pumps']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('No reports are being served: the reports folder is empty, or none of its files could be read.');
      expect(run.stdout).not.toContain('Nothing in the reports matches');
      expect(JSON.parse((await askInProcess(['--reports', empty, '--json', 'heat pumps'])).stdout)).toMatchObject({ answered: false, results: [], related: [] });
      // A greeting to an empty folder is told that, not answered as chat, in text and in --json alike.
      expect((await askInProcess(['--reports', empty, 'hi'])).stdout).toContain('No reports are being served');
      expect(JSON.parse((await askInProcess(['--reports', empty, '--json', 'hi'])).stdout)).toMatchObject({ answered: false, chat: false });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('gives each result its evidence flags in --json and in words in the terminal', async () => {
    const question = 'report:evidence-strength';
    const json = JSON.parse((await askInProcess(['--reports', EVIDENCE_FIXTURES, '--json', '--limit', '20', question])).stdout);
    expect(json.results.map((r: { flags: string[] }) => r.flags)).toEqual([
      [],
      [],
      ['no-evidence'],
      ['single-source'],
      ['single-source'],
      ['no-quote'],
      ['unlisted-source'],
      ['no-link'],
      ['single-source', 'no-quote', 'unlisted-source', 'no-link'],
    ]);
    const text = (await askInProcess(['--reports', EVIDENCE_FIXTURES, '--limit', '20', question])).stdout;
    const claims = text.split(/\n(?=\d+\. )/).slice(1);
    expect(claims).toHaveLength(9);
    expect(claims[0]).not.toContain('Evidence:');
    expect(claims[2]).toContain('(Evidence: none given in the report)');
    expect(claims[8]).toContain('(Evidence: one source · no verbatim quote · a source not in the References · no link to a source)');
  });

  it('gives the claims and quotes exactly as the report file writes them', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, '--json', 'overuse of synthetic data biases']);
    const { results } = JSON.parse(run.stdout);
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(`${BUNDLED_REPORTS}${results[0].report.file}`, 'utf8');
    expect(text).toContain(`- **Claim**: ${results[0].claim}`);
    expect(text).toContain(`"${results[0].evidence[0].quote}"`);
  });

  it('shows 5 claims unless --limit says otherwise, as the README says', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, '--json', 'risks of synthetic data']);
    const json = JSON.parse(run.stdout);
    expect(json.total).toBeGreaterThan(5);
    expect(json.results).toHaveLength(5);
  });

  it('lists broken reports in errors and still answers from the others', async () => {
    const run = await askInProcess(['--reports', FIXTURE_REPORTS, '--json', 'rail passes']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.errors.map((e: { file: string }) => e.file)).toEqual(
      expect.arrayContaining(['binary.md', 'empty.md', 'latin1.md', 'no-claims.md']),
    );
    expect(json.errors.every((e: { reason: string }) => e.reason.length > 0)).toBe(true);
  });

  it('exits 0 with an empty result and suggestions when nothing matches', async () => {
    const json = await askInProcess(['--reports', BUNDLED_REPORTS, '--json', 'xylophone zeppelin']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).results).toEqual([]);
    const text = await askInProcess(['--reports', BUNDLED_REPORTS, 'xylophone zeppelin']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Nothing in the reports matches/);
    expect(text.stdout).toMatch(/heat-pumps-cold-climates/);
  });

  it('keeps stdout pure JSON when the question has a problem, and says it on stderr', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, '--json', 'author:smith batteries']);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/Unknown filter author:/);
  });

  it('answers in readable text by default', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, 'inconsistent tokenization']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ claims? for "inconsistent tokenization"/);
    expect(run.stdout).toContain('Inconsistent tokenization and vocabulary size');
    expect(run.stdout).toContain('[1] Investigating Data Quality of Large Language Models');
  });

  it('lists the reports with --list', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, '--list']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/synthetic-data-llm-training\s+2026-01-15 15:15\s+3\s+27\s/);
  });

  it.each([
    [['--reports', BUNDLED_REPORTS], /ask a question/],
    [['--reports', BUNDLED_REPORTS, '--limit', 'zero', 'q'], /--limit/],
    [['--reports', '/nonexistent/folder', 'q'], /reports folder \/nonexistent\/folder does not exist/],
    [['--bogus', 'q'], /^ask: unknown option --bogus; to ask a question that starts with "-", put -- before it\n\nUsage:/],
    [['--limit', '-1', 'q'], /^ask: --limit takes a whole number from 1, not "-1"\n\nUsage:/],
    [['--limt', '3', 'q'], /^ask: unknown option --limt; did you mean --limit\?\n/],
    [['--reports', BUNDLED_REPORTS, '--limit'], /^ask: --limit needs a value, e.g. --limit 10\n/],
    [['--json=yes', 'q'], /^ask: --json takes no value/],
    [['--reports', BUNDLED_REPORTS, 'show', 'nothing-like-it'], /^ask: No report is called "nothing-like-it"\. Reports: glp1-weight-loss-drugs, .*, and 2 more \(npm run ask -- list\)\.\n$/],
    [['--reports', BUNDLED_REPORTS, 'show'], /^ask: Say which report: show <report>, e\.g\. show glp1-weight-loss-drugs\. Reports: glp1-weight-loss-drugs, .*, and 2 more \(npm run ask -- list\)\.\n$/],
  ])('exits 2 with a usage message on unusable arguments %#', async (args, message) => {
    const run = await askInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 1 with a message in its own words, then the stack, when an unexpected error stops it', async () => {
    // An error thrown while it writes the answer, as a bug would (a pipe that fails arrives as an 'error'
    // event instead: the next test).
    const run = await withFailingStdout('ask', ['--reports', twoReports, '--json', 'trees heat deaths'], new Error('renderer failed'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ask: stopped by an unexpected error: renderer failed\n\(a bug in report-bot, not in your question or the reports: please report it with what follows\)\nError: renderer failed\n +at /);
  });

  it('ends quietly, with its own exit code, when nobody reads its output any more (| head -1), as a process', async () => {
    expect(await runCliWithStdout('ask', ['--reports', twoReports, 'trees heat deaths'], 'unread')).toEqual({ code: 0, stdout: '', stderr: '' });
  }, cliTimeout(1));

  it.skipIf(!existsSync('/dev/full'))('says so on stderr and exits 1 when its output cannot be written (a full disk), as a process', async () => {
    const full = await open('/dev/full', 'w');
    try {
      const run = await runCliWithStdout('ask', ['--reports', twoReports, 'trees heat deaths'], full.fd);
      expect(run.code).toBe(1);
      // One line in its own words, no stack: it is not a bug.
      expect(run.stderr).toMatch(/^ask: could not write its output: ENOSPC\b[^\n]*\n$/);
    } finally {
      await full.close();
    }
  }, cliTimeout(1));

  it('exits 2 as a process on unusable arguments, the message on stderr and nothing on stdout', async () => {
    const run = await runCli('ask', ['--reports', BUNDLED_REPORTS, 'show', 'nothing-like-it']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ask: No report is called "nothing-like-it"\./);
    expect(run.stdout).toBe('');
  }, cliTimeout(1));

  it('wraps text to 100 columns when stdout is not a terminal, quotes and citations aligned', async () => {
    const run = await askInProcess(['--reports', twoReports, '--limit', '1', 'trees heat deaths']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '1 of 2 claims for "trees heat deaths" (--limit 2 shows all):',
        '',
        'Report: Does urban tree cover reduce heat?',
        '        key-finding, 2026-01-18',
        '',
        '1. Heat-related deaths could be cut by planting more street trees.',
        '   Climate Perspective',
        '   > Key finding: Increasing tree coverage to 30% was estimated to prevent about a third of',
        '   > heat-related deaths in 93 European cities.',
        '     — [2] Cooling cities through urban green infrastructure: a health impact assessment of European',
        '       cities - The Lancet',
        '   > "Trees and vegetation lower surface and air temperatures by providing shade and through',
        '   > evapotranspiration."',
        '     — [3] Heat Island Effect | US EPA <https://www.epa.gov/heatislands>',
        '   > Key finding: Lower-income neighbourhoods have markedly less tree cover than wealthier ones.',
        '     — Urban heat and tree equity',
        '   (Evidence: a source not in the References)',
        '',
      ].join('\n'),
    );
  });

  it('wraps to --width, and leaves lines whole with --width 0', async () => {
    const narrow = await askInProcess(['--reports', twoReports, '--width', '60', 'trees heat deaths']);
    expect(narrow.stdout.split('\n').every((line) => [...line].length <= 60)).toBe(true);
    expect(narrow.stdout).toContain('1. Heat-related deaths could be cut by planting more street\n   trees.\n');
    const whole = await askInProcess(['--reports', twoReports, '--width', '0', 'trees heat deaths']);
    expect(whole.stdout).toContain('     — [2] Cooling cities through urban green infrastructure: a health impact assessment of European cities - The Lancet\n');
  });

  it('shows a report, the list and the status as in Slack', async () => {
    const [show, list, listOption, status, showJson] = await Promise.all([
      askInProcess(['--reports', twoReports, 'show', 'valid', 'minimal']),
      askInProcess(['--reports', twoReports, 'list']),
      askInProcess(['--reports', twoReports, '--list']),
      askInProcess(['--reports', twoReports, 'status']),
      askInProcess(['--reports', twoReports, '--json', 'show', 'valid-minimal']),
    ]);
    expect(show.code).toBe(0);
    expect(show.stdout).toBe(
      [
        'Do four-day work weeks reduce burnout?',
        'valid-minimal · 2026-01-15 15:15 · 3 claims · 5 sources analyzed',
        '',
        'Executive summary',
        '  A small report on four-day work week pilots.',
        '',
        'Research angles',
        '  • Wellbeing perspective',
        '  • Business perspective',
        '',
        'Conclusions',
        '  Pilots suggest wellbeing gains without loss of business performance.',
        '',
        'Ask about it: npm run ask -- "report:valid-minimal <question>"',
        '',
      ].join('\n'),
    );
    expect(list.stdout).toBe(
      [
        'REPORT         DATE              CLAIMS  SOURCES  TOPIC',
        'key-finding    2026-01-18 11:00  2       6        Does urban tree cover reduce heat?',
        'valid-minimal  2026-01-15 15:15  3       5        Do four-day work weeks reduce burnout?',
        '',
      ].join('\n'),
    );
    expect(listOption.stdout).toBe(list.stdout);
    expect(status.stdout).toMatch(/^2 reports and 5 claims served\.\nReports last read \S+, at start or when a report file changed\.\nEvery report file loads cleanly\.\n$/);
    const json = JSON.parse(showJson.stdout);
    expect(json.report).toMatchObject({ id: 'valid-minimal', claims: 3, angles: ['Wellbeing perspective', 'Business perspective'] });
  });

  it('says which filter left no claims, and lists the values there are, 5 then how many more', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, 'perspective:zzz cost']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nothing in the reports matches "perspective:zzz cost".\nNo perspective has the word zzz; see the perspectives below.\n');
    // The most relevant first (the order after the first few follows the search's related words).
    expect(run.stdout).toContain('Perspectives: Household Economics, Cost and Economics, ');
    expect(run.stdout).toMatch(/, and 22 more\n/);
    expect(run.stdout).toContain('  and 2 more (npm run ask -- list)\n');
    expect(run.stdout).not.toMatch(/Did you mean/);
    const since = await askInProcess(['--reports', BUNDLED_REPORTS, 'since:2027-01-01 heat']);
    expect(since.stdout).toContain('No report was researched on or after 2027-01-01; the newest is from 2026-03-03.\n');
    expect(since.stdout).not.toMatch(/Did you mean/);
  });

  it('adds total, hints and each result\'s claim id to the JSON, and prints the hints on stderr too', async () => {
    const run = await askInProcess(['--reports', BUNDLED_REPORTS, '--json', '--limit', '3', 'report:bike report:heat cost']);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['query', 'results', 'errors', 'total', 'hints', 'answered', 'related', 'chat']);
    expect(json.total).toBe(12);
    expect(json.results).toHaveLength(3);
    const hint = 'report: is given twice (report:bike, report:heat); a question takes one, so report:heat is used.';
    expect(json.hints).toEqual([hint]);
    expect(run.stderr).toBe(`note: ${hint}\n`);
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(['claim', 'perspective', 'score', 'report', 'evidence', 'id', 'flags']);
      expect(result.id).toMatch(/^heat-pumps-cold-climates#\d+$/);
    }
    const empty = JSON.parse((await askInProcess(['--reports', BUNDLED_REPORTS, '--json', 'perspective:zzz cost'])).stdout);
    expect(empty).toMatchObject({ results: [], total: 0, hints: ['No perspective has the word zzz; see the perspectives below.'] });
  });
});
