import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { Library } from '../../src/library/library.js';
import { readIndexSnapshot, SNAPSHOT_FILE } from '../../src/library/indexSnapshot.js';
import { loadLibrary, rebuiltCacheLine } from '../../src/library/loadLibrary.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { dropSharedWordNet, shareWordNet, sharedWordNet, sharedWordNetProblem } from '../../src/search/wordnet/sharedWordNet.js';
import { WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';

// kelp, a noun of one sense: mining its gloss pairs reads its definition from data.noun.
const REPORTS = fileURLToPath(new URL('../fixtures/glossed/', import.meta.url));

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-broken-wordnet-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/**
 * WordNet's files as installed but data.noun, which is missing: the index files are read (a word
 * is found) and the read of its synset fails part-way through the lookup (ENOENT).
 */
async function brokenWordNet(): Promise<WordNet> {
  const dir = join(scratch, 'dict');
  await mkdir(dir);
  for (const name of await readdir(wordnetDbDir())) {
    if (name !== 'data.noun') await symlink(join(wordnetDbDir(), name), join(dir, name));
  }
  return new WordNet(dir);
}

describe('a library whose WordNet files fail part-way through a read', () => {
  it('serves the report without gloss pairs and mines without WordNet from then on, as search goes on without it', async () => {
    const reader = await brokenWordNet();
    expect(() => reader.definition('noun', reader.entry('kelp', 'noun')!.senses[0]!)).toThrow(/ENOENT/);
    const library = new Library(new ClaimIndex(), reader);
    library.add(await loadReports(REPORTS, { cacheDir: null }));
    expect(library.reports.map((report) => report.id)).toEqual(['coastal-ecology']);
    expect(library.index.search('kelp growth').length).toBeGreaterThan(0);
    expect(library.wordnet).toBeNull();
    expect(library.wordNetProblem).toMatch(/WordNet's files could not be read \(ENOENT.*data\.noun/);
    const without = new Library(new ClaimIndex(), null);
    without.add(await loadReports(REPORTS, { cacheDir: null }));
    expect(library.aliases.pairsOf('coastal-ecology')).toEqual(without.aliases.pairsOf('coastal-ecology'));
  });

  it('reloads a report in turns the same way', async () => {
    const library = new Library(new ClaimIndex(), await brokenWordNet());
    const [report] = (await loadReports(REPORTS, { cacheDir: null })).reports;
    expect(await library.putInTurns(report!)).toBe('served');
    expect(library.wordnet).toBeNull();
    expect(library.aliases.pairsOf('coastal-ecology').filter((pair) => pair.gloss)).toEqual([]);
  });

  it('saves a snapshot that says it was made without WordNet, so a start with a working WordNet mines the names again', async () => {
    const cacheDir = join(scratch, 'cache');
    const library = new Library(new ClaimIndex(), await brokenWordNet());
    await loadLibrary(library, REPORTS, { cacheDir, workers: 0 }).done;
    const [folder] = await readdir(cacheDir);
    const file = join(cacheDir, folder as string, SNAPSHOT_FILE);
    expect(await readIndexSnapshot(file, { wordnet: true })).toMatchObject({ outdated: true, problem: expect.stringMatching(/made without WordNet/) });
    expect(await readIndexSnapshot(file, { wordnet: false })).toMatchObject({ reports: [expect.objectContaining({ reportId: 'coastal-ecology' })] });
    // WordNet mended: the next start rebuilds, and says why.
    const mended = new Library(new ClaimIndex(), new WordNet(wordnetDbDir()));
    const again = await loadLibrary(mended, REPORTS, { cacheDir, workers: 0 }).done;
    expect(again.cacheOutdated).toEqual([expect.stringMatching(/made without WordNet/)]);
    expect(rebuiltCacheLine(again.cacheOutdated)).toBe('report cache made without WordNet, which this bot runs with; rebuilt');
    expect(mended.aliases.pairsOf('coastal-ecology').some((pair) => pair.gloss)).toBe(true);
  });

  it('lets WordNet go at start when one of its files is missing, so each start with it still missing uses the snapshot', async () => {
    const cacheDir = join(scratch, 'cache');
    const first = new Library(new ClaimIndex(), await brokenWordNet());
    await loadLibrary(first, REPORTS, { cacheDir, workers: 0 }).done;
    expect(first.wordnet).toBeNull();
    expect(first.wordNetProblem).toMatch(/WordNet's files could not be read \(ENOENT.*data\.noun/);
    const again = new Library(new ClaimIndex(), new WordNet(join(scratch, 'dict')));
    const loaded = await loadLibrary(again, REPORTS, { cacheDir, workers: 0 }).done;
    expect(loaded.cacheOutdated).toEqual([]);
    expect(loaded.cacheProblems).toEqual([]);
    expect(again.indexChanged).toBe(false);
    expect(again.wordnet).toBeNull();
    expect(again.wordNetProblem).toMatch(/ENOENT.*data\.noun/);
    expect(again.aliases.pairsOf('coastal-ecology')).toEqual(first.aliases.pairsOf('coastal-ecology'));
  });
});

describe('a library mining with the shared reader', () => {
  // What a question's failed read does to it: expandQuestion.ts drops the shared reader
  // (test/search/wordnet/sharedWordNet.test.ts).
  it('lets it go once the shared reader is dropped, and gives the reason recorded with it', () => {
    const library = new Library();
    expect(library.wordnet).toBe(sharedWordNet());
    expect(library.wordnet).not.toBeNull();
    expect(library.wordNetProblem).toBeNull();
    dropSharedWordNet("WordNet's files could not be read (EIO: i/o error, read); …");
    expect(library.wordnet).toBeNull();
    expect(library.wordNetProblem).toBe("WordNet's files could not be read (EIO: i/o error, read); …");
  });

  it('lets the shared reader go itself when serving a report meets its files failing, the reason kept with it', async () => {
    shareWordNet(await brokenWordNet());
    const library = new Library();
    library.add(await loadReports(REPORTS, { cacheDir: null }));
    expect(sharedWordNet()).toBeNull();
    expect(library.wordnet).toBeNull();
    expect(library.wordNetProblem).toBe(sharedWordNetProblem());
    expect(library.wordNetProblem).toMatch(/WordNet's files could not be read \(ENOENT.*data\.noun/);
  });
});

describe('a library whose WordNet reading code has a bug', () => {
  // Node's own argument check has a code but no errno: a slip of ours, no read error (sharedWordNet.ts isReadError).
  const bug = Object.assign(new RangeError('The value of "length" is out of range.'), { code: 'ERR_OUT_OF_RANGE' });
  class WordNetWithABug extends WordNet {
    override checkFiles(): void {
      throw bug;
    }
  }

  it('throws it, keeping its own reader', () => {
    const library = new Library(new ClaimIndex(), new WordNetWithABug(wordnetDbDir()));
    expect(() => library.checkWordNet()).toThrow(bug);
    expect(library.wordnet).not.toBeNull();
    expect(library.wordNetProblem).toBeNull();
  });

  it('throws it, keeping the shared reader', () => {
    const reader = new WordNetWithABug(wordnetDbDir());
    shareWordNet(reader);
    const library = new Library();
    expect(() => library.checkWordNet()).toThrow(bug);
    expect(sharedWordNet()).toBe(reader);
    expect(library.wordnet).toBe(reader);
    expect(library.wordNetProblem).toBeNull();
  });
});
