// Reports in subfolders of the reports folder: each subfolder is a collection, named by its path,
// and a report's id is its path without `.md`. At start and while running.

import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { startLiveReload } from '../../src/library/liveReload.js';
import { collectionOf, collectionsOf } from '../../src/reports/collections.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { ReportsWatcher } from '../../src/reports/watchReports.js';
import { eventually } from '../support/eventually.js';
import { reportText } from '../support/reportText.js';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';

let scratch: string;
let dir: string;
let watcher: ReportsWatcher | undefined;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-collections-'));
  dir = join(scratch, 'reports');
  await cp(COLLECTION_FIXTURES, dir, { recursive: true });
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(scratch, { recursive: true, force: true });
});

const ids = (library: Library): string[] => library.reports.map((r) => r.id);

describe('collections at start', () => {
  it('reads reports in subfolders, each id its path; hidden folders and READMEs are left out', async () => {
    const library = Library.from(await loadReports(dir, { workers: 0 }));
    expect(ids(library)).toEqual(['engineering/incident-review', 'general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(library.report('marketing/q3-survey')?.file).toBe('marketing/q3-survey.md');
    expect(library.claim('marketing/emea/launch#1')?.text).toBe('The EMEA launch campaign spent its budget mostly on podcasts.');
    expect(library.errors).toEqual([]);
    expect(collectionsOf(ids(library))).toEqual(['engineering', 'marketing', 'marketing/emea']);
    expect(library.reports.map((r) => collectionOf(r.file))).toEqual(['engineering', '', 'marketing/emea', 'marketing']);
  });

  it('reads them alike from the parsed-report cache and on worker threads', async () => {
    const cacheDir = join(scratch, 'cache');
    const first = await loadReports(dir, { workers: 1, cacheDir });
    const second = await loadReports(dir, { workers: 0, cacheDir });
    expect(second.sources.cache).toBe(4);
    expect(second.reports.map((r) => r.id)).toEqual(first.reports.map((r) => r.id));
    expect(first.reports.find((r) => r.id === 'marketing/q3-survey')?.file).toBe('marketing/q3-survey.md');
  });

  it('serves one of two files with the same id and names both in the error of the other', async () => {
    await writeFile(join(dir, 'general.MD'), reportText('Same id', ['A second general report.']));
    const library = Library.from(await loadReports(dir, { workers: 0 }));
    expect(ids(library).filter((id) => id === 'general')).toHaveLength(1);
    const served = library.report('general')?.file;
    const other = served === 'general.md' ? 'general.MD' : 'general.md';
    expect(library.errors).toEqual([{ file: other, reason: `has the same report id "general" as ${served}, which is served; rename one of them` }]);
  });
});

describe('collections while running', () => {
  async function live(): Promise<Library> {
    const library = Library.from(await loadReports(dir, { workers: 0 }));
    watcher = startLiveReload(library, dir, { settleMs: 50, maxWaitMs: 300, workers: 0 });
    // The subfolders' watches start just after the folder's.
    await watcher.ready;
    return library;
  }

  it('serves a report added to a collection, and to a folder made just now', async () => {
    const library = await live();
    await writeFile(join(dir, 'marketing', 'q4-plan.md'), reportText('Q4 plan', ['The Q4 plan moves budget to radio.']));
    await eventually(() => expect(library.report('marketing/q4-plan')).toBeDefined());

    await mkdir(join(dir, 'sales', 'north'), { recursive: true });
    await writeFile(join(dir, 'sales', 'north', 'pipeline.md'), reportText('Pipeline', ['The northern pipeline doubled.']));
    await eventually(() => expect(library.report('sales/north/pipeline')).toBeDefined());
    // ...and the new folder is watched from then on.
    await writeFile(join(dir, 'sales', 'north', 'pipeline.md'), reportText('Pipeline', ['The northern pipeline tripled.']));
    await eventually(() => expect(library.claim('sales/north/pipeline#1')?.text).toBe('The northern pipeline tripled.'));
  });

  it('serves a folder of reports moved in whole, and forgets one moved out or deleted', async () => {
    const library = await live();
    const outside = join(scratch, 'legal');
    await mkdir(outside);
    await writeFile(join(outside, 'contracts.md'), reportText('Contracts', ['Contracts renew each budget year.']));
    await rename(outside, join(dir, 'legal'));
    await eventually(() => expect(library.report('legal/contracts')).toBeDefined());

    await rename(join(dir, 'marketing'), join(scratch, 'marketing-archive'));
    await eventually(() => expect(ids(library)).toEqual(['engineering/incident-review', 'general', 'legal/contracts']));

    await rm(join(dir, 'engineering'), { recursive: true });
    await eventually(() => expect(ids(library)).toEqual(['general', 'legal/contracts']));
    expect(library.errors).toEqual([]);
  });

  it('follows a collection renamed: its reports take their new ids', async () => {
    const library = await live();
    await rename(join(dir, 'engineering'), join(dir, 'platform'));
    await eventually(() => expect(ids(library)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey', 'platform/incident-review']));
  });
});
