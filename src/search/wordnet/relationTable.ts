// What relatedWords reads of WordNet, precomputed for every lemma in one buffer (built by
// buildRelationTable.ts from the database files): each entry's senses, their tag counts, and
// the related words of its most common senses. A word never met before then costs binary
// searches in memory and a slice, instead of index probes, index.sense probes and a dozen or more
// data-file reads and parses (bench/README.md, sixth session). Each related word's index key
// (normalizeTerm's) is kept with it, so a new word's relations cost no stemming either (seventh
// session). Off the heap: typed arrays over the buffer, strings made only for what a question reads.

import type { Relation } from './relatedWords.js';
import { PARTS_OF_SPEECH, type IndexEntry, type PartOfSpeech } from './wordNet.js';

/** The first bytes of a table: 'WNRT' and the layout's version. */
export const TABLE_MAGIC = 0x54524e57;
export const TABLE_LAYOUT = 3;

/** The sections of a table, in order: each a Uint32Array, then the three string pools. */
export const SECTIONS = [
  'lemmaStart', // per lemma (byte order), its bytes in `lemmaBytes`; one more at the end
  'lemmaEntry', // per lemma and part of speech (PARTS_OF_SPEECH order): entry number + 1, 0 for none
  'senseStart', // per entry, its senses in `offsets` and `counts`; one more at the end
  'offsets', // each sense's synset offset in data.<pos>
  'counts', // each sense's tag count (index.sense)
  // per entry, how many of its senses were tagged (IndexEntry.taggedSenses) * 2, plus 1 when it
  // has a pertainym (IndexEntry.pertainym)
  'tagged',
  'commonStart', // per entry, its common senses in `commonSense`; one more at the end
  'commonSense', // a common sense's place among its entry's senses
  'relatedStart', // per common sense, its related words in `related`; one more at the end
  'related', // word number * 4 + relation
  'wordStart', // per related word, its UTF-8 bytes in `wordBytes`; one more at the end
  'wordTerm', // per related word, its index key: NO_TERM, SAME_TERM, or the key's number + FIRST_TERM
  'termStart', // per index key, its UTF-8 bytes in `termBytes`; one more at the end
] as const;
export type Section = (typeof SECTIONS)[number];
/** A related word's `wordTerm`: a stop word (no index key), a key the word itself, or another key's number plus FIRST_TERM. */
export const NO_TERM = 0;
export const SAME_TERM = 1;
export const FIRST_TERM = 2;
/** Header: magic, layout, then each section's length in 32-bit words, then the pools' lengths in bytes. */
export const HEADER_WORDS = 2 + SECTIONS.length + 3;

export class RelationTable {
  private readonly arrays = {} as Record<Section, Uint32Array>;
  private readonly lemmaBytes: Buffer;
  private readonly wordBytes: Buffer;
  private readonly termBytes: Buffer;
  private readonly lemmaCount: number;
  /** Entries made from the table, with their number: the relations are read by it. */
  private readonly rows = new WeakMap<IndexEntry, number>();
  /** The lemmas' hash table (find). */
  private readonly slots: Uint32Array;

  /** A table as buildRelationTable wrote it; throws on any other bytes. */
  constructor(bytes: Uint8Array) {
    // Typed arrays need 4-byte alignment: a buffer from a file or a pool may not have it.
    const buffer = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
    if (buffer.byteLength < HEADER_WORDS * 4) throw new Error('relation table: too short');
    const header = new Uint32Array(buffer.buffer, buffer.byteOffset, HEADER_WORDS);
    if (header[0] !== TABLE_MAGIC || header[1] !== TABLE_LAYOUT) throw new Error('relation table: not a table of this layout');
    let at = buffer.byteOffset + HEADER_WORDS * 4;
    const end = buffer.byteOffset + buffer.byteLength;
    SECTIONS.forEach((name, i) => {
      const length = header[2 + i] as number;
      if (at + length * 4 > end) throw new Error('relation table: truncated');
      this.arrays[name] = new Uint32Array(buffer.buffer, at, length);
      at += length * 4;
    });
    const lemmaLength = header[2 + SECTIONS.length] as number;
    const wordLength = header[3 + SECTIONS.length] as number;
    const termLength = header[4 + SECTIONS.length] as number;
    if (at + lemmaLength + wordLength + termLength !== end) throw new Error('relation table: wrong length');
    this.lemmaBytes = Buffer.from(buffer.buffer, at, lemmaLength);
    this.wordBytes = Buffer.from(buffer.buffer, at + lemmaLength, wordLength);
    this.termBytes = Buffer.from(buffer.buffer, at + lemmaLength + wordLength, termLength);
    this.lemmaCount = this.arrays.lemmaStart.length - 1;
    if (this.lemmaCount < 0 || this.arrays.lemmaEntry.length !== this.lemmaCount * PARTS_OF_SPEECH.length) throw new Error('relation table: inconsistent');
    if (this.arrays.wordTerm.length + 1 !== this.arrays.wordStart.length) throw new Error('relation table: inconsistent');
    this.slots = this.lemmaSlots();
  }

  /** Bytes it holds. */
  get byteLength(): number {
    return Object.values(this.arrays).reduce((sum, array) => sum + array.byteLength, 0) + this.lemmaBytes.length + this.wordBytes.length + this.termBytes.length;
  }

  /** The entry of a lemma as this part of speech, as WordNet.entry reads it from the index file; null when there is none. */
  entry(lemma: string, pos: PartOfSpeech): IndexEntry | null {
    const at = this.find(lemma);
    if (at < 0) return null;
    const row = (this.arrays.lemmaEntry[at * PARTS_OF_SPEECH.length + PARTS_OF_SPEECH.indexOf(pos)] as number) - 1;
    if (row < 0) return null;
    const { senseStart, offsets, tagged } = this.arrays;
    const entry: IndexEntry = {
      lemma,
      pos,
      senses: Array.from(offsets.subarray(senseStart[row] as number, senseStart[row + 1] as number)),
      taggedSenses: (tagged[row] as number) >>> 1,
      pertainym: ((tagged[row] as number) & 1) === 1,
    };
    this.rows.set(entry, row);
    return entry;
  }

  /** The tag counts of an entry's senses, in order; undefined for an entry not made by this table. */
  tagCounts(entry: IndexEntry): number[] | undefined {
    const row = this.rows.get(entry);
    if (row === undefined) return undefined;
    const { senseStart, counts } = this.arrays;
    return Array.from(counts.subarray(senseStart[row] as number, senseStart[row + 1] as number));
  }

  /**
   * Gives `add` the related words of one of the entry's common senses, in order, each with its
   * index key (normalizeTerm's, null for a stop word); false when the table does not hold them.
   */
  eachRelated(entry: IndexEntry, sense: number, add: (word: string, relation: Relation, term: string | null) => void): boolean {
    const row = this.rows.get(entry);
    if (row === undefined) return false;
    const { commonStart, commonSense, relatedStart, related, wordStart, wordTerm, termStart } = this.arrays;
    for (let c = commonStart[row] as number; c < (commonStart[row + 1] as number); c++) {
      if (commonSense[c] !== sense) continue;
      for (let r = relatedStart[c] as number; r < (relatedStart[c + 1] as number); r++) {
        const code = related[r] as number;
        const word = code >>> 2;
        const text = this.wordBytes.toString('utf8', wordStart[word] as number, wordStart[word + 1] as number);
        const term = wordTerm[word] as number;
        const key = term === NO_TERM ? null : term === SAME_TERM ? text : this.termBytes.toString('utf8', termStart[term - FIRST_TERM] as number, termStart[term - FIRST_TERM + 1] as number);
        add(text, (code & 3) as Relation, key);
      }
      return true;
    }
    return false;
  }

  /**
   * The lemma's number, or -1: its slot in `slots` found by its hash, checked byte by byte. A
   * binary search over the sorted lemmas reads lemmas far apart, and a new question's words meet
   * the table out of the CPU caches, so each step cost cache misses; a slot and one lemma's bytes
   * are all this reads. The slots are filled once, when the table is read (bench/README.md,
   * "Seventeenth session (speed19)").
   */
  private find(lemma: string): number {
    const { slots } = this;
    const mask = slots.length - 1;
    for (let slot = hashOfKey(lemma) & mask; ; slot = (slot + 1) & mask) {
      const at = (slots[slot] as number) - 1;
      if (at < 0) return -1;
      if (this.equals(at, lemma)) return at;
    }
  }

  /** Slots of a hash table of the lemmas: lemma number + 1, 0 for an empty slot (linear probing). */
  private lemmaSlots(): Uint32Array {
    const { lemmaStart } = this.arrays;
    let size = 1;
    while (size < this.lemmaCount * 2) size *= 2;
    const slots = new Uint32Array(size);
    const mask = size - 1;
    for (let at = 0; at < this.lemmaCount; at++) {
      let slot = hashOfBytes(this.lemmaBytes, lemmaStart[at] as number, lemmaStart[at + 1] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = at + 1;
    }
    return slots;
  }

  /** Whether lemma number `at` is `key`, byte by byte (lemmas are ASCII: WordNet's LEMMA). */
  private equals(at: number, key: string): boolean {
    const { lemmaStart } = this.arrays;
    const start = lemmaStart[at] as number;
    if ((lemmaStart[at + 1] as number) - start !== key.length) return false;
    const bytes = this.lemmaBytes;
    for (let i = 0; i < key.length; i++) {
      if (bytes[start + i] !== key.charCodeAt(i)) return false;
    }
    return true;
  }
}

// FNV-1a over a key's characters and over a lemma's bytes: the same number for an ASCII key and
// its bytes. A key with other characters is no lemma (entry looks up LEMMA's only), and a lemma
// with other bytes equals no such key, so where either lands does not matter.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOfKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

function hashOfBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), FNV_PRIME);
  return hash >>> 0;
}
