import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { functionWordBits, WORDS_OF_BITS } from '../../src/search/sharedFunctionWords.js';
import { WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';

const BUNDLED = fileURLToPath(new URL('../../reports/', import.meta.url));
// kelp, a noun of one sense: mining its gloss pairs reads its definition from data.noun.
const GLOSSED = fileURLToPath(new URL('../fixtures/glossed/', import.meta.url));

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-names-apart-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Every served report's names, by report id. */
function namesOf(library: Library): Record<string, unknown> {
  return Object.fromEntries(library.reports.map((report) => [report.id, library.aliases.pairsOf(report.id)]));
}

/** The names a library mining them itself serves (parsed in-process, put one by one). */
async function minedHere(dir: string, reader: WordNet | null): Promise<Library> {
  const library = new Library(new ClaimIndex(), reader);
  library.add(await loadReports(dir, { cacheDir: null, workers: 0 }));
  return library;
}

describe("a report's names mined on the parse workers", () => {
  it('are mined there at a load, the library reading its own WordNet for none of them, and are the names it would mine', async () => {
    const reader = new WordNet(wordnetDbDir());
    const reads = vi.spyOn(reader, 'lookup');
    const library = new Library(new ClaimIndex(), reader);
    const loaded = await loadLibrary(library, BUNDLED, { cacheDir: null, workers: 1 }).done;
    expect(loaded.sources).toMatchObject({ workers: 7, inProcess: 0 });
    expect(reads).not.toHaveBeenCalled();
    const expected = namesOf(await minedHere(BUNDLED, new WordNet(wordnetDbDir())));
    expect(Object.values(expected).flat().some((pair) => (pair as { gloss?: true }).gloss)).toBe(true);
    expect(namesOf(library)).toEqual(expected);
  });

  it('are mined again by the library when they were mined with other WordNet files than its own reader reads', async () => {
    const [report] = (await loadReports(GLOSSED, { cacheDir: null, workers: 0 })).reports;
    const library = new Library(new ClaimIndex(), null);
    library.put(report!, undefined, { names: { wordnet: wordnetDbDir(), pairs: [{ a: ['seaweed'], b: ['kelp'], gloss: true }] }, functionWords: new Uint32Array(0) });
    expect(namesOf(library)).toEqual(namesOf(await minedHere(GLOSSED, null)));
  });

  it("are mined by the library itself when a worker's WordNet read fails, which lets its WordNet go as before", async () => {
    const dir = join(scratch, 'dict');
    await mkdir(dir);
    for (const name of await readdir(wordnetDbDir())) {
      if (name !== 'data.noun') await symlink(join(wordnetDbDir(), name), join(dir, name));
    }
    const library = new Library(new ClaimIndex(), new WordNet(dir));
    // The missing file is not checked at start (checkFiles), as one damaged inside is not.
    library.checkWordNet = () => undefined;
    await loadLibrary(library, GLOSSED, { cacheDir: null, workers: 1 }).done;
    expect(library.wordnet).toBeNull();
    expect(library.wordNetProblem).toMatch(/WordNet's files could not be read \(ENOENT.*data\.noun/);
    expect(namesOf(library)).toEqual(namesOf(await minedHere(GLOSSED, null)));
  });
});

describe("a report's claims' function words worked out on the parse workers", () => {
  it('are served as the library would work them out', async () => {
    const library = new Library();
    await loadLibrary(library, BUNDLED, { cacheDir: null, workers: 1 }).done;
    const claims = library.reports.flatMap((report) => report.claims);
    expect(claims.length).toBeGreaterThan(50);
    for (const claim of claims) expect(library.sentenceFunctionWordBits(claim.text)).toEqual(functionWordBits(claim.text));
  });

  it('are taken as given, not worked out again', async () => {
    const [report] = (await loadReports(GLOSSED, { cacheDir: null, workers: 0 })).reports;
    const given = new Uint32Array(report!.claims.length * WORDS_OF_BITS).fill(0b101);
    const library = new Library();
    library.put(report!, undefined, { names: null, functionWords: given });
    const first = report!.claims[0]!.text;
    expect(functionWordBits(first)).not.toEqual(given.subarray(0, WORDS_OF_BITS));
    expect(library.sentenceFunctionWordBits(first)).toEqual(given.subarray(0, WORDS_OF_BITS));
  });
});
