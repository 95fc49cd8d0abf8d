// The relation table (src/search/wordnet/relationTable.ts) built from the real WordNet 3.1 files
// must give relatedWords, lookup and the compound splits exactly what the files give: the same
// words, weights and order, for the words of the reports on disk, the eval's questions, and a
// spread of every index file's lemmas and their inflections; and read from the table alone.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitWord } from '../../../src/search/compoundWords.js';
import { tokenize } from '../../../src/search/tokenize.js';
import { stemmer } from 'stemmer';
import { normalizeTerm, termSourceKey } from '../../../src/search/normalizeTerm.js';
import { relatedWords, relationSourceKey } from '../../../src/search/wordnet/relatedWords.js';
import { RelationTable } from '../../../src/search/wordnet/relationTable.js';
import { tableBuildKey } from '../../../src/search/wordnet/buildRelationTable.js';
import { loadRelationTable, relationTableFile, tableCodeKey } from '../../../src/search/wordnet/relationTableFile.js';
import { PARTS_OF_SPEECH, WordNet, wordnetDbDir, type IndexEntry } from '../../../src/search/wordnet/wordNet.js';

const dir = wordnetDbDir();
const repo = new URL('../../../', import.meta.url);
let bytes: Buffer;
let table: RelationTable;
const files = new WordNet(dir);
let fromTable: WordNet;
const scratches: string[] = [];
/** What one build of the table from the files may take under a full `npm test` on a busy 2-core machine. */
const BUILD_MS = 120_000;

/** The one build every test shares, as the bot makes it: in a child process, into a cache folder. */
const build = {
  cacheDir: '',
  file: '',
  /** What the cache folder gave before the build, asked not to build: with no table file, and with a damaged one. */
  withoutFile: null as RelationTable | null,
  withDamagedFile: null as RelationTable | null,
  /** Worker threads this process started during the build (none: the build is a child process's). */
  workers: 0,
};

beforeAll(async () => {
  build.cacheDir = mkdtempSync(join(tmpdir(), 'report-bot-wordnet-table-'));
  scratches.push(build.cacheDir);
  build.file = relationTableFile(dir, build.cacheDir);
  build.withoutFile = await loadRelationTable(dir, build.cacheDir, false);
  // The table's own file damaged, and a table of other files or other code beside it.
  writeFileSync(build.file, Buffer.alloc(1000, 7));
  writeFileSync(join(build.cacheDir, 'wordnet-relations-0123456789abcdef.bin'), Buffer.alloc(1000, 7));
  build.withDamagedFile = await loadRelationTable(dir, build.cacheDir, false);
  const counted = (): void => {
    build.workers++;
  };
  process.on('worker', counted);
  try {
    const built = await loadRelationTable(dir, build.cacheDir, true);
    if (!built) throw new Error('no relation table built');
    table = built;
  } finally {
    process.off('worker', counted);
  }
  bytes = readFileSync(build.file);
  // A folder without WordNet's files: whatever the table does not hold would fail to be read.
  const empty = mkdtempSync(join(tmpdir(), 'report-bot-no-wordnet-'));
  scratches.push(empty);
  fromTable = new WordNet(empty);
  fromTable.useTable(table);
}, BUILD_MS);
afterAll(() => {
  files.close();
  fromTable.close();
  for (const scratch of scratches) rmSync(scratch, { recursive: true, force: true });
});

/** Words people write: every word of the reports on disk and of the eval's questions, lowercase, distinct. */
function wordsOnDisk(): string[] {
  const texts: string[] = [];
  const reports = new URL('reports/', repo);
  for (const name of readdirSync(reports)) if (name.endsWith('.md')) texts.push(readFileSync(new URL(name, reports), 'utf8'));
  for (const file of ['eval/questions.json', ...[1, 2, 3, 4, 5, 6].map((set) => `eval/holdout${set === 1 ? '' : set}/questions.json`)]) {
    try {
      for (const q of JSON.parse(readFileSync(new URL(file, repo), 'utf8')) as { q?: unknown }[]) if (typeof q.q === 'string') texts.push(q.q);
    } catch {
      // A set that is not there: the others and the reports are enough.
    }
  }
  return [...new Set(texts.flatMap((text) => tokenize(text).map((word) => word.toLowerCase())))];
}

/** Every 40th lemma of each index file (one-word ones as a question has them), each with inflected forms. */
function lemmaSpread(): string[] {
  const words = new Set<string>();
  for (const pos of PARTS_OF_SPEECH) {
    const lines = readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n').filter((line) => line !== '' && !line.startsWith(' '));
    lines.forEach((line, i) => {
      if (i % 40 !== 0 && i !== lines.length - 1) return;
      const lemma = line.slice(0, line.indexOf(' '));
      for (const form of [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}ing`, `${lemma}er`, lemma.replace(/y$/, 'ies')]) words.add(form);
    });
  }
  return [...words];
}

const fields = (entries: IndexEntry[]): unknown[] => entries.map(({ lemma, pos, senses, taggedSenses, pertainym }) => ({ lemma, pos, senses, taggedSenses, pertainym }));

describe('RelationTable', () => {
  it('gives relatedWords the same words, weights and order as the files, for the words of the reports and the eval questions', () => {
    const words = wordsOnDisk();
    expect(words.length).toBeGreaterThan(2000);
    let related = 0;
    for (const word of words) {
      const expected = relatedWords(files, word);
      related += expected.length;
      expect(relatedWords(fromTable, word), word).toEqual(expected);
    }
    expect(related).toBeGreaterThan(20_000);
  }, 120_000);

  it('gives lookup and relatedWords what the files give for a spread of every index file, inflected forms and irregular ones included', () => {
    const words = [...lemmaSpread(), 'children', 'went', 'better', 'worst', 'quitting', 'stopped', 'teenagers', 'analyses', 'zzxqj', 'a', 'heat_pump'];
    expect(words.length).toBeGreaterThan(20_000);
    for (const word of words) {
      expect(fields(fromTable.lookup(word)), word).toEqual(fields(files.lookup(word)));
      if (/^[a-z]{3,}$/.test(word)) expect(relatedWords(fromTable, word), word).toEqual(relatedWords(files, word));
    }
  }, 120_000);

  it('finds every lemma of every index file by its own spelling, and none for a spelling one letter longer that the file lacks', () => {
    for (const pos of PARTS_OF_SPEECH) {
      const lemmas = readFileSync(join(dir, `index.${pos}`), 'latin1')
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith(' '))
        .map((line) => line.slice(0, line.indexOf(' ')));
      const held = new Set(lemmas);
      expect(lemmas.length).toBeGreaterThan(3000);
      const wrong: string[] = [];
      for (const lemma of lemmas) {
        if (table.entry(lemma, pos)?.lemma !== lemma) wrong.push(lemma);
        for (const other of [`${lemma}q`, `${lemma}_`, `q${lemma}`]) if (!held.has(other) && table.entry(other, pos) !== null) wrong.push(other);
      }
      expect(wrong, pos).toEqual([]);
    }
    expect(table.entry('', 'noun')).toBeNull();
  }, 120_000);

  it("keeps each related word's index key, so the expansion stems nothing, and a change to the stemming makes another table", () => {
    let stemmed = 0;
    for (const word of ['teenager', 'efficient', 'vehicle', 'heat', 'resign', 'battery']) {
      for (const related of relatedWords(fromTable, word)) {
        expect(related.term, `${word}: ${related.word}`).toBe(normalizeTerm(related.word));
        if (related.term !== null && related.term !== related.word) stemmed++;
      }
    }
    expect(stemmed).toBeGreaterThan(10);
    const terms: (string | null)[] = [];
    fromTable.relatedFromTable(fromTable.entry('car', 'noun') as IndexEntry, 0, (_word, _relation, term) => terms.push(term));
    expect(terms).toContain('automobil');
    expect(relationSourceKey()).toContain(termSourceKey());
    expect(termSourceKey()).toContain(String(stemmer));
    expect(termSourceKey()).toContain(' between ');
  });

  it('names its file by the code that builds and encodes it: another encoding, another file', () => {
    expect(tableCodeKey()).toContain(tableBuildKey());
    // How an entry's tagged senses and its pertainym share one number.
    expect(tableCodeKey()).toMatch(/taggedSenses \* 2 \+/);
    expect(tableCodeKey()).toContain(relationSourceKey());
  });

  it('splits compounds as the files do', () => {
    for (const word of ['heatwaves', 'wildfire', 'healthcare', 'carbonfootprint', 'teenagers', 'microplastics', 'bikelanes', 'xyzzyplugh']) {
      expect(splitWord(fromTable, word), word).toEqual(splitWord(files, word));
    }
  });

  it('refuses bytes that are not a whole table of its layout', () => {
    expect(() => new RelationTable(bytes.subarray(0, bytes.length - 1))).toThrow(/wrong length|truncated/);
    expect(() => new RelationTable(bytes.subarray(0, 100))).toThrow(/truncated|wrong length|inconsistent/);
    expect(() => new RelationTable(Buffer.alloc(8))).toThrow(/too short/);
    const other = Buffer.from(bytes);
    other.writeUInt32LE(0, 0);
    expect(() => new RelationTable(other)).toThrow(/not a table/);
    // Read where it lies, even at an offset a typed array cannot start at.
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(new RelationTable(shifted.subarray(1)).entry('heat', 'noun')).toEqual(table.entry('heat', 'noun'));
  });

  it('is built in a child process, saved in the cache folder over a damaged one (other tables removed), and read from there next time', async () => {
    // Not built unless asked, with no file and with a damaged one (beforeAll).
    expect(build.withoutFile).toBeNull();
    expect(build.withDamagedFile).toBeNull();
    expect(build.workers, 'worker threads started by the build').toBe(0);
    expect(readdirSync(build.cacheDir)).toEqual([basename(build.file)]);
    expect(new RelationTable(bytes).byteLength).toBe(table.byteLength);
    // A table built again would be saved as a new file under the same name.
    const saved = statSync(build.file).ino;
    expect((await loadRelationTable(dir, build.cacheDir, false))?.entry('teenager', 'noun')).toEqual(table.entry('teenager', 'noun'));
    expect((await loadRelationTable(dir, build.cacheDir, true))?.byteLength, 'read, not built again').toBe(table.byteLength);
    expect(statSync(build.file).ino, 'read, not built again').toBe(saved);
    // A table cut short is not read either.
    const cutShort = mkdtempSync(join(tmpdir(), 'report-bot-wordnet-table-'));
    scratches.push(cutShort);
    writeFileSync(relationTableFile(dir, cutShort), bytes.subarray(0, 1000));
    expect(await loadRelationTable(dir, cutShort, false)).toBeNull();
  });
});
