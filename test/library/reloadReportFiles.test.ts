import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { reloadReportFiles } from '../../src/library/reloadReportFiles.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import type { StagedReport } from '../../src/search/stagedReport.js';
import { reportText } from '../support/reportText.js';

/**
 * The library's index, as it is, that also notes each file whose report it starts indexing apart
 * (stageReport), and can be told to fail there for a file, as running out of memory would.
 */
class WatchedIndex extends ClaimIndex {
  readonly staging = new Set<string>();
  readonly failing = new Set<string>();

  override async stageReport(report: Report, signal?: AbortSignal): Promise<StagedReport | null> {
    this.staging.add(report.file);
    if (this.failing.has(report.file)) throw new Error('out of memory');
    return super.stageReport(report, signal);
  }
}

const many = (topic: string, doing: string): string =>
  reportText(topic, Array.from({ length: 150 }, (_, i) => `${topic} in colony ${i + 1} ${doing}.`));
const RIVER = 'slide down muddy banks in winter';
const SEA = 'crack shellfish open with rocks on their bellies';

/** What the answer about colony 17 of `topic` says of it (the other report's colonies left out). */
function colony17(library: Library, topic: string): string[] {
  const said = answerQuestion(library, `what do ${topic} in colony 17 do?`).items.map((item) => item.claim.text).filter((text) => text.startsWith(topic));
  expect(said.length).toBeGreaterThan(0);
  return said;
}
const saysAll = (texts: string[], words: string): boolean => texts.every((text) => text.includes(words));
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let dir: string;
let index: WatchedIndex;
let library: Library;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-reload-files-'));
  await writeFile(join(dir, 'otters.md'), many('Otters', RIVER));
  await writeFile(join(dir, 'beavers.md'), many('Beavers', RIVER));
  index = new WatchedIndex();
  library = new Library(index);
  library.add(await loadReports(dir));
  await writeFile(join(dir, 'otters.md'), many('Otters', SEA));
  await writeFile(join(dir, 'beavers.md'), many('Beavers', SEA));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reloading changed report files', () => {
  it('indexes a changed report apart, in turns, while its old version answers', async () => {
    let done = false;
    const reloading = reloadReportFiles(library, dir, ['otters.md']).then((summary) => ((done = true), summary));
    // Asked in every turn once the new version is being indexed, until it is served.
    let askedWhileIndexed = 0;
    while (!done) {
      if (index.staging.has('otters.md') && library.report('otters')?.claims[0]?.text.includes('muddy banks')) {
        expect(saysAll(colony17(library, 'Otters'), 'muddy banks')).toBe(true);
        askedWhileIndexed++;
      }
      await nextTurn();
    }
    expect((await reloading).updated).toEqual(['otters.md']);
    expect(askedWhileIndexed).toBeGreaterThan(3);
    expect(saysAll(colony17(library, 'Otters'), 'rocks on their bellies')).toBe(true);
  });

  it('names a file whose indexing fails, keeps its last good version, and reloads the rest of the batch', async () => {
    index.failing.add('otters.md');
    const summary = await reloadReportFiles(library, dir, ['otters.md', 'beavers.md']);
    expect(summary).toEqual({ updated: ['beavers.md'], failed: ['otters.md'], removed: [], unsettled: [] });
    expect(library.errors.map(({ file, reason }) => ({ file, reason }))).toEqual([
      { file: 'otters.md', reason: 'could not be reloaded: out of memory; the last good version is still served' },
    ]);
    expect(saysAll(colony17(library, 'Otters'), 'muddy banks')).toBe(true);
    expect(saysAll(colony17(library, 'Beavers'), 'rocks on their bellies')).toBe(true);
  });

  it('stops when its signal is aborted (a shutdown): the report being indexed is not served, the rest not read', async () => {
    const stop = new AbortController();
    const reloading = reloadReportFiles(library, dir, ['otters.md', 'beavers.md'], { signal: stop.signal });
    while (!index.staging.has('otters.md')) await nextTurn();
    stop.abort();
    expect(await reloading).toEqual({ updated: [], failed: [], removed: [], unsettled: [] });
    expect(index.staging.has('beavers.md')).toBe(false);
    for (const topic of ['Otters', 'Beavers']) expect(saysAll(colony17(library, topic), 'muddy banks')).toBe(true);
  });
});
