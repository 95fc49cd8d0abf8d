import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import { readIndexSnapshot, SNAPSHOT_FILE, SNAPSHOT_FORMAT } from '../../src/library/indexSnapshot.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';
import { reportText } from '../support/reportText.js';

const QUESTIONS = [
  'what are the risks of synthetic data?',
  'heat pumps in cold climates',
  'do bike lanes make roads safer',
  'microplastics in bottled water',
  'remote work productivity',
  'battery storage costs',
  'semaglutide',
  'grid battrey', // a typo, matched fuzzily
];

let scratch: string;
let reportsDir: string;
let cacheDir: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-snapshot-'));
  reportsDir = join(scratch, 'reports');
  cacheDir = join(scratch, 'cache');
  await cp(BUNDLED_REPORTS, reportsDir, { recursive: true });
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function open(options: { cacheDir: string | null } = { cacheDir }, library = new Library()) {
  const report = await loadLibrary(library, reportsDir, { ...options, workers: 0 }).done;
  return { library, report };
}

/**
 * What the library answers: each question's claims and scores, and what it serves. Claims that
 * tie are listed by id: a patched index numbers changed claims after the others, and MiniSearch
 * lists ties in that order. Scores to 6 places: the average field lengths a patched index keeps
 * are summed in another order.
 */
function answers(library: Library) {
  const ranked = (q: string): [string, number][] =>
    library.index
      .search(q)
      .map((r): [string, number] => [r.id, Number(r.score.toFixed(6))])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    results: QUESTIONS.map(ranked),
    reports: library.reports.map((r) => r.id),
    aliases: library.reports.map((r) => library.aliases.pairsOf(r.id)),
    claims: library.claimCount,
    errors: library.errors,
  };
}

async function snapshotFile(): Promise<string> {
  const [folder] = await readdir(cacheDir);
  return join(cacheDir, folder as string, SNAPSHOT_FILE);
}

describe('the index snapshot', () => {
  it('is written by the first load and loaded by the next, which searches exactly as an index built from the reports', async () => {
    const first = await open();
    expect(first.library.indexChanged).toBe(false); // saved
    const again = await open();
    expect(again.report.cacheProblems).toEqual([]);
    expect(again.library.indexChanged).toBe(false); // nothing indexed: all came from the snapshot
    const fresh = await open({ cacheDir: null });
    expect(answers(fresh.library).results.flat().length).toBeGreaterThan(QUESTIONS.length);
    expect(answers(again.library)).toEqual(answers(fresh.library));
  });

  it('holds the names each report defines, so a restart does not mine the reports for them again', async () => {
    const first = await open();
    const defined = first.library.reports.map((r) => ({ reportId: r.id, aliases: first.library.aliases.pairsOf(r.id) }));
    expect(defined.flatMap((r) => r.aliases).length).toBeGreaterThan(0);
    const saved = await readIndexSnapshot(await snapshotFile(), { wordnet: true });
    if (!saved || 'problem' in saved) throw new Error('no snapshot');
    expect(saved.reports.map(({ reportId, aliases }) => ({ reportId, aliases })).sort((a, b) => a.reportId.localeCompare(b.reportId))).toEqual(defined);
    const again = await open();
    expect(again.library.reports.map((r) => again.library.aliases.pairsOf(r.id))).toEqual(defined.map((r) => r.aliases));
  });

  it('stores a pair several reports define once, and gives each report its pairs back', async () => {
    // A second copy of every report (another file, another id) defines the same pairs again.
    for (const file of await readdir(reportsDir)) if (file.endsWith('.md')) await cp(join(reportsDir, file), join(reportsDir, `copy-${file}`));
    const first = await open();
    const defined = first.library.reports.map((r) => ({ reportId: r.id, aliases: first.library.aliases.pairsOf(r.id) }));
    const bytes = await readFile(await snapshotFile());
    const newline = bytes.indexOf(10);
    const { metaBytes } = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as { metaBytes: number };
    const meta = JSON.parse(bytes.subarray(newline + 1, newline + 1 + metaBytes).toString('utf8')) as { aliasPairs: unknown[] };
    const named = defined.flatMap((r) => r.aliases);
    expect(meta.aliasPairs.length).toBeGreaterThan(0);
    expect(meta.aliasPairs.length).toBe(new Set(named.map((pair) => JSON.stringify(pair))).size);
    expect(meta.aliasPairs.length * 2).toBeLessThanOrEqual(named.length);
    const again = await open();
    expect(again.library.indexChanged).toBe(false);
    expect(again.library.reports.map((r) => ({ reportId: r.id, aliases: again.library.aliases.pairsOf(r.id) }))).toEqual(defined);
  });

  it('makes the library ready (every report served) before it saves the cache and snapshot for the next start', async () => {
    const library = new Library();
    const loading = loadLibrary(library, reportsDir, { cacheDir, workers: 0 });
    await loading.ready;
    expect(library.loading).toBeNull();
    expect(library.reports.length).toBe(7);
    expect(existsSync(join(cacheDir))).toBe(false); // nothing written yet
    await loading.done;
    expect(existsSync(await snapshotFile())).toBe(true);
  });

  it('keeps unchanged reports and indexes changed, new, deleted and broken files as a fresh load does', async () => {
    await open();
    const bikeLanes = join(reportsDir, 'urban-bike-lanes-road-safety.md');
    await writeFile(bikeLanes, (await readFile(bikeLanes, 'utf8')).replace(/\*\*Claim\*\*:/, '**Claim**: Cargo trikes aside,'));
    await rm(join(reportsDir, 'heat-pumps-cold-climates.md'));
    await writeFile(join(reportsDir, 'grid-battery-storage.md'), '');
    await writeFile(join(reportsDir, 'cargo-trikes.md'), reportText('Cargo trikes', ['Cargo trikes replace vans for urban deliveries.']));

    const again = await open();
    expect(again.library.indexChanged).toBe(false); // saved again, with the changes
    const fresh = await open({ cacheDir: null });
    expect(answers(again.library)).toEqual(answers(fresh.library));
    const trikes = again.library.index.search('cargo trikes').map((r) => r.id.split('#')[0]);
    expect(trikes).toContain('cargo-trikes');
    expect(trikes).toContain('urban-bike-lanes-road-safety');
    expect(again.library.index.search('heat pumps cold').every((r) => !r.id.startsWith('heat-pumps'))).toBe(true);
    expect(again.library.index.search('battery storage').every((r) => !r.id.startsWith('grid-battery'))).toBe(true);

    // and the snapshot saved after the changes loads to the same
    const third = await open();
    expect(third.report.cacheProblems).toEqual([]);
    expect(answers(third.library)).toEqual(answers(fresh.library));
  });

  it('is not trusted when corrupt, truncated, naming a pair it lacks, in another format or made by other code: the index is built from the reports and saved anew', async () => {
    const fresh = await open({ cacheDir: null });
    await open();
    const file = await snapshotFile();
    const good = await readFile(file);
    const corrupt = Buffer.from(good);
    corrupt[corrupt.length - 3] = (corrupt[corrupt.length - 3] as number) ^ 0xff;
    const newline = good.indexOf(10);
    const header = JSON.parse(good.subarray(0, newline).toString('utf8')) as { code: string; metaBytes: number };
    const otherCode = Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, code: 'another-version' })}\n`), good.subarray(newline + 1)]);
    // A body that checks out but names an alias pair it does not hold.
    const { metaBytes } = header;
    const meta = JSON.parse(good.subarray(newline + 1, newline + 1 + metaBytes).toString('utf8')) as { reports: [{ aliases?: number[] }] };
    meta.reports[0].aliases = [99999];
    const badMeta = Buffer.from(JSON.stringify(meta), 'utf8');
    const badBody = Buffer.concat([badMeta, good.subarray(newline + 1 + metaBytes)]);
    const badHeader = { ...header, metaBytes: badMeta.length, sha256: createHash('sha256').update(badBody).digest('hex') };
    const unknownPair = Buffer.concat([Buffer.from(`${JSON.stringify(badHeader)}\n`), badBody]);
    const cases: [Buffer, RegExp][] = [
      [corrupt, /checksum mismatch/],
      [good.subarray(0, Math.floor(good.length / 2)), /checksum mismatch/],
      [good.subarray(0, 10), /truncated|corrupt header/],
      [unknownPair, /unreadable \(alias pair 99999/],
    ];
    for (const [bytes, problem] of cases) {
      await writeFile(file, bytes);
      const loaded = await open();
      expect(loaded.report.cacheProblems).toEqual([expect.stringMatching(problem)]);
      expect(loaded.report.cacheOutdated).toEqual([]);
      expect(answers(loaded.library)).toEqual(answers(fresh.library));
      expect(await readFile(file)).toEqual(good); // rebuilt
    }
    // Made by another version of the bot, or in another format: expected after an upgrade, a note
    // rather than a problem.
    const previous = SNAPSHOT_FORMAT - 1;
    const otherFormat = Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, format: previous })}\n`), good.subarray(newline + 1)]);
    const notes: [Buffer, RegExp][] = [
      [otherCode, /another version/],
      [otherFormat, new RegExp(`snapshot format ${previous}, expected ${SNAPSHOT_FORMAT}`)],
    ];
    for (const [bytes, note] of notes) {
      await writeFile(file, bytes);
      const outdated = await open();
      expect(outdated.report.cacheProblems).toEqual([]);
      expect(outdated.report.cacheOutdated).toEqual([expect.stringMatching(note)]);
      expect(answers(outdated.library)).toEqual(answers(fresh.library));
      expect(await readFile(file)).toEqual(good); // rebuilt
    }
  });

  it("is not adopted by a library without WordNet when made with it (its names hold WordNet's gloss pairs), nor the other way round", async () => {
    const withWordNet = await open();
    const gloss = (library: Library) => library.reports.flatMap((r) => library.aliases.pairsOf(r.id)).filter((pair) => pair.gloss);
    expect(gloss(withWordNet.library).length).toBeGreaterThan(0);
    const without = await open({ cacheDir }, new Library(undefined, null));
    expect(without.report.cacheOutdated).toEqual([expect.stringMatching(/made with WordNet, which this bot runs without/)]);
    expect(gloss(without.library)).toEqual([]);
    expect(answers(without.library)).toEqual(answers((await open({ cacheDir: null }, new Library(undefined, null))).library));
    const withAgain = await open();
    expect(withAgain.report.cacheOutdated).toEqual([expect.stringMatching(/made without WordNet, which this bot runs with/)]);
    expect(answers(withAgain.library)).toEqual(answers(withWordNet.library));
  });
});
