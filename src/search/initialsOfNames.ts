// A name typed in chat as its initials ("when'd they move to ny", "uk sales", "dc"): WordNet gives
// the initials as a synonym of the name ("NY" beside New York), which the claims write in full
// ("moved the firm to New York"). Searched as typed, the initials match no claim and weigh as a
// topic word the claims lack. The question is read as if the name had been typed (readQuestion.ts),
// where the claims write the name and not the initials. Read from WordNet and the library, never
// from a list of abbreviations: a word WordNet also has as a word of its own ("ma" a mother, "hi"
// a greeting, "la" a note) is no short form, and a stop word never is ("me", "us", "in").

import { capitalised } from './capitalised.js';
import { STOP_WORDS } from './stopWords.js';
import { needsSegmenter } from './tokenize.js';
import type { IndexedWords } from './swappedLetters.js';
import { RememberedPerReader } from './wordnet/rememberedPerReader.js';
import type { WordNet } from './wordnet/wordNet.js';

/** Initials are a few letters: two to four. */
const INITIALS = /^\p{L}{2,4}$/u;
/** What tokenize.ts splits words on, kept (split's capture group) so the text is rebuilt as typed. */
const BETWEEN_WORDS = /([\s\p{Z}\p{P}\p{S}]+)/u;
/** A capital in the initials as typed ("NY", "Ny"): the name is written with its capitals. */
const CAPITAL = /\p{Lu}/u;
/** Between a word and the next with nothing else: part of an address or a compound ("gov.uk", "fake-ceo"), no name alone. */
const JOINER = /^[.\-‐‑/@_]$/u;

/** The claims a question is asked of, and whether one writes a name: its words in a row (a claim's "United" and another's "Nations" are no United Nations). */
export interface NamesWritten extends IndexedWords {
  writes(name: readonly string[]): boolean;
}

/**
 * The names (each as its words) that a folded word is the initials of in WordNet, one per sense
 * (the words of a name of several, its stop words skipped: district_of_columbia for "dc"); none
 * when a sense of the word is no such name's: then it is a word of its own.
 */
export function namesByInitials(reader: WordNet, folded: string): readonly (readonly string[])[] {
  if (!INITIALS.test(folded) || STOP_WORDS.has(folded)) return [];
  const names: string[][] = [];
  for (const entry of reader.lookup(folded)) {
    if (entry.lemma !== folded) return [];
    for (const offset of entry.senses) {
      const lemmas = reader.synset(entry.pos, offset)?.words ?? [];
      const name = lemmas.map((lemma) => lemma.toLowerCase().split('_')).find((words) => words.length > 1 && initialsOf(words) === folded);
      if (name === undefined) return [];
      if (!names.some((known) => known.join(' ') === name.join(' '))) names.push(name);
    }
  }
  return names;
}

function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => word.charAt(0))
    .join('');
}

/**
 * The text with each word standing alone that is the initials of a name (namesByInitials) written
 * as the name, where the library's claims write the name and not the initials, and of one name
 * alone ("dc" is the District of Columbia or a direct current: left where the claims write both).
 * In the case typed: "ny" as "new york", "NY" as "New York".
 */
export function withInitialsSpelledOut(text: string, reader: WordNet, index: NamesWritten): string {
  if (needsSegmenter(text)) return text;
  const parts = text.split(BETWEEN_WORDS);
  // Each initials' name read once a question, however often they are typed: the claims are asked by a search.
  const nameOfInitials = new Map<string, readonly string[] | null>();
  let changed = false;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] as string;
    if (!INITIALS.test(word) || JOINER.test(parts[i - 1] ?? '') || JOINER.test(parts[i + 1] ?? '')) continue;
    const folded = word.toLowerCase();
    let name = nameOfInitials.get(folded);
    if (name === undefined) {
      name = writtenName(reader, index, folded);
      nameOfInitials.set(folded, name);
    }
    if (name === null) continue;
    parts[i] = CAPITAL.test(word) ? name.map((part) => (STOP_WORDS.has(part) ? part : capitalised(part))).join(' ') : name.join(' ');
    changed = true;
  }
  return changed ? parts.join('') : text;
}

/** The one name the initials stand for that the claims write (and not the initials); null when none or two. */
function writtenName(reader: WordNet, index: NamesWritten, folded: string): readonly string[] | null {
  const names = namesOf(reader, folded);
  // The claims are asked last, and only of initials: in a channel's scope each asking is a search.
  if (names.length === 0 || index.has(folded)) return null;
  const written = names.filter((name) => name.every((part) => STOP_WORDS.has(part) || index.has(part)) && index.writes(name));
  return written.length === 1 ? (written[0] as readonly string[]) : null;
}

/** namesByInitials remembered per word for one WordNet: each sense is a read of its synset. */
function namesOf(reader: WordNet, folded: string): readonly (readonly string[])[] {
  return namesOfWord.remembered(reader, folded, namesByInitials);
}

const namesOfWord = new RememberedPerReader<readonly (readonly string[])[]>();
