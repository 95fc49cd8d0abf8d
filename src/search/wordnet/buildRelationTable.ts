// Builds a relation table (relationTable.ts) from WordNet's files: every entry of the index
// files, its senses' tag counts, and for its common senses the words relatedWords.ts's
// readRelated gives, read by that same function. A second or more of CPU: run in a child process
// (relationTableProcess.ts), never inside a question.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grownArray } from '../grownArray.js';
import { commonSensesOfEntry, readRelated, relatedTerm } from './relatedWords.js';
import { FIRST_TERM, HEADER_WORDS, NO_TERM, SAME_TERM, SECTIONS, TABLE_LAYOUT, TABLE_MAGIC, type Section } from './relationTable.js';
import { LEMMA, PARTS_OF_SPEECH, parseIndexLine, WordNet, type IndexEntry } from './wordNet.js';
import { byCodeUnits } from '../../runtime/byCodeUnits.js';

/** The table of the WordNet files in `dir`, as bytes. */
export function buildRelationTable(dir: string): Buffer {
  const wordnet = new WordNet(dir, true);
  try {
    return build(wordnet);
  } finally {
    wordnet.close();
  }
}

/**
 * The code that builds and encodes a table, as text: relationTableFile.ts names a table's file by
 * it, so a table encoded by other code is not read, even with the layout number unchanged.
 */
export function tableBuildKey(): string {
  return [buildRelationTable, build, Numbers, utf8Pool, SECTIONS.join(' '), FIRST_TERM, NO_TERM, SAME_TERM, HEADER_WORDS, TABLE_MAGIC].map(String).join('\n');
}

function build(wordnet: WordNet): Buffer {
  // Each lemma's entry per part of speech, as WordNet.entry reads it.
  const byLemma = new Map<string, (IndexEntry | null)[]>();
  PARTS_OF_SPEECH.forEach((pos, p) => {
    for (const line of readFileSync(join(wordnet.dir, `index.${pos}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (!LEMMA.test(lemma)) continue;
      const entry = parseIndexLine(line, pos);
      if (entry === null) continue;
      const entries = byLemma.get(lemma) ?? PARTS_OF_SPEECH.map(() => null);
      entries[p] = entry;
      byLemma.set(lemma, entries);
    }
  });
  // Byte order, as the index files and the table's binary search (lemmas are ASCII).
  const lemmas = [...byLemma.keys()].sort(byCodeUnits);

  const out = Object.fromEntries(SECTIONS.map((name) => [name, new Numbers()])) as Record<Section, Numbers>;
  const lemmaText: string[] = [];
  const wordNumbers = new Map<string, number>();
  const words: string[] = [];
  let lemmaBytes = 0;
  for (const lemma of lemmas) {
    out.lemmaStart.push(lemmaBytes);
    lemmaText.push(lemma);
    lemmaBytes += lemma.length;
    for (const entry of byLemma.get(lemma) as (IndexEntry | null)[]) {
      if (entry === null) {
        out.lemmaEntry.push(0);
        continue;
      }
      out.lemmaEntry.push(out.tagged.length + 1);
      out.senseStart.push(out.offsets.length);
      const counts = wordnet.tagCountsOf(entry);
      for (const [i, offset] of entry.senses.entries()) {
        const count = counts[i] as number;
        if (!Number.isInteger(count) || count < 0 || count >= 2 ** 32 || offset >= 2 ** 32) throw new Error(`relation table: ${lemma}: a count or offset out of range`);
        out.offsets.push(offset);
        out.counts.push(count);
      }
      out.tagged.push(entry.taggedSenses * 2 + (entry.pertainym ? 1 : 0));
      out.commonStart.push(out.commonSense.length);
      for (const sense of commonSensesOfEntry(counts)) {
        out.commonSense.push(sense);
        out.relatedStart.push(out.related.length);
        readRelated(wordnet, entry, sense, (word, relation) => {
          let number = wordNumbers.get(word);
          if (number === undefined) {
            number = words.length;
            wordNumbers.set(word, number);
            words.push(word);
          }
          out.related.push(number * 4 + relation);
        });
      }
    }
  }
  out.lemmaStart.push(lemmaBytes);
  out.senseStart.push(out.offsets.length);
  out.commonStart.push(out.commonSense.length);
  out.relatedStart.push(out.related.length);
  if (words.length >= 2 ** 30) throw new Error('relation table: too many words');
  const wordPool = utf8Pool(words, out.wordStart);
  // Each related word's index key, as a question's expansion would stem it (relatedTerm).
  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  for (const word of words) {
    const term = relatedTerm(word);
    if (term === null || term === word) {
      out.wordTerm.push(term === null ? NO_TERM : SAME_TERM);
      continue;
    }
    let number = termNumbers.get(term);
    if (number === undefined) {
      number = terms.length;
      termNumbers.set(term, number);
      terms.push(term);
    }
    out.wordTerm.push(number + FIRST_TERM);
  }
  const termPool = utf8Pool(terms, out.termStart);
  const lemmaPool = Buffer.from(lemmaText.join(''), 'latin1');

  const header = [TABLE_MAGIC, TABLE_LAYOUT, ...SECTIONS.map((name) => out[name].length), lemmaPool.length, wordPool.length, termPool.length];
  if (header.length !== HEADER_WORDS) throw new Error('relation table: header');
  return Buffer.concat([Buffer.from(Uint32Array.from(header).buffer), ...SECTIONS.map((name) => out[name].bytes()), lemmaPool, wordPool, termPool]);
}

/** A list of 32-bit numbers in a typed array: a table has millions, 8 bytes each in a JavaScript array. */
class Numbers {
  private array = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) this.array = grownArray(this.array, this.length + 1);
    this.array[this.length++] = value;
  }

  bytes(): Buffer {
    return Buffer.from(this.array.buffer, 0, this.length * 4);
  }
}

/** The strings one after another in UTF-8, each one's byte offset pushed to `starts`, and the end. */
function utf8Pool(strings: readonly string[], starts: { push(value: number): void }): Buffer {
  let at = 0;
  for (const text of strings) {
    starts.push(at);
    at += Buffer.byteLength(text, 'utf8');
  }
  starts.push(at);
  return Buffer.from(strings.join(''), 'utf8');
}
