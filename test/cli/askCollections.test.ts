// `npm run ask` limited to collections: --collection, --channel by the channels file, and the
// channels file's default, as a person or a script runs it (run in this process: askInProcess; the
// process's own exit codes and stdout are ask.test.ts's).

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';
import { askInProcess } from './runCli.js';

let scratch: string;
let reports: string;
let channelsFile: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-ask-collections-'));
  reports = join(scratch, 'reports');
  await cp(COLLECTION_FIXTURES, reports, { recursive: true });
  channelsFile = join(scratch, 'channels.yml');
  await writeFile(channelsFile, 'channels:\n  C0MARKET1: [marketing]\n  C0ENGINE1: [engineering, enginering]\ndefault: []\n');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const reportIdsOf = (stdout: string): string[] => (JSON.parse(stdout) as { results: { report: { id: string } }[] }).results.map((r) => r.report.id).sort();

describe('npm run ask in collections', () => {
  it('answers from --collection (and the collections inside it, and the top level) only', async () => {
    const [all, marketing, two, list, status] = await Promise.all([
      askInProcess(['--reports', reports, '--json', '--limit', '10', 'budget'], { CHANNELS_FILE: '' }),
      askInProcess(['--reports', reports, '--json', '--limit', '10', '--collection', 'marketing', 'budget']),
      askInProcess(['--reports', reports, '--json', '--limit', '10', '--collection', 'marketing/emea', '--collection=engineering/', 'budget']),
      askInProcess(['--reports', reports, '--collection', 'engineering', '--json', 'list']),
      askInProcess(['--reports', reports, '--collection', 'engineering', 'status']),
    ]);
    expect(reportIdsOf(all.stdout)).toEqual(['engineering/incident-review', 'general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(marketing.code).toBe(0);
    expect(reportIdsOf(marketing.stdout)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(reportIdsOf(two.stdout)).toEqual(['engineering/incident-review', 'general', 'marketing/emea/launch']);
    expect(JSON.parse(list.stdout).reports.map((r: { id: string }) => r.id)).toEqual(['engineering/incident-review', 'general']);
    expect(status.stdout).toMatch(/^2 reports and 2 claims served from the collection engineering and the top level\.\n/);
  });

  it('refuses a collection the reports folder does not have, naming those it has', async () => {
    const run = await askInProcess(['--reports', reports, '--collection', 'marketin', 'budget']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ask: no collection is called "marketin"; the collections are: engineering, marketing, marketing\/emea\n/);
    const both = await askInProcess(['--reports', reports, '--collection', 'marketing', '--channel', 'C0MARKET1', 'budget']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^ask: --channel and --collection both say which reports to search; give one of them/);
  });

  it('answers as a channel would with --channel, and by the default otherwise, noting unknown collections', async () => {
    const env = { CHANNELS_FILE: channelsFile };
    const market = await askInProcess(['--reports', reports, '--json', '--limit', '10', '--channel', 'C0MARKET1', 'budget'], env);
    expect(reportIdsOf(market.stdout)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(market.stderr).toBe(
      `note: channels file ${channelsFile}: collection \`enginering\` (in \`channels.C0ENGINE1\`) is no folder of the reports folder (the collections are: engineering, marketing, marketing/emea); it shows nothing until it exists\n`,
    );
    const fallback = await askInProcess(['--reports', reports, '--json', '--limit', '10', 'budget'], env);
    expect(reportIdsOf(fallback.stdout)).toEqual(['general']);
    const show = await askInProcess(['--reports', reports, '--channel', 'C0MARKET1', 'show', 'engineering/incident-review'], env);
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(/ask: No report is called "engineering\/incident-review"\. Reports: general, marketing\/emea\/launch, marketing\/q3-survey\.\n$/);
  });

  it('stops with the channels file\'s problem, naming the file and the line', async () => {
    const bad = join(scratch, 'bad.yml');
    await writeFile(bad, 'channels:\n  C0MARKET1: [marketing\n');
    const run = await askInProcess(['--reports', reports, 'budget'], { CHANNELS_FILE: bad });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^ask: channels file ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line \\d: not valid YAML`));
    const missing = await askInProcess(['--reports', reports, 'budget'], { CHANNELS_FILE: join(scratch, 'none.yml') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.yml does not exist; create it, or unset CHANNELS_FILE/);
    // --collection does not read the file at all.
    expect((await askInProcess(['--reports', reports, '--collection', 'marketing', 'budget'], { CHANNELS_FILE: bad })).code).toBe(0);
  });
});
