// A name the library's claims write, typed misspelt ("urugauy" for Uruguay, "brazill" for Brazil)
// or as chat writes a possessive, without its apostrophe ("brazils papers" for Brazil's papers).
// The search's typo matching reaches the first near a name's key at a near miss's score, and the
// stemmer gives the others the name's key, but as typed they are no name WordNet reads as a place
// (placeWords.ts: "brazil" is Brazilian too) and no word the claims write. The question is then
// read as if the name had been typed: searched, expanded, weighed and judged as it (readQuestion.ts),
// as a word typed with two letters swapped is (swappedLetters.ts). The names are the library's own:
// a key every claim read writes with a capital.

import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import { AUXILIARY_VERBS } from './auxiliaryVerbs.js';
import { editDistanceWithSwaps } from './editDistance.js';
import { SEARCH_OPTIONS, typoEdits } from './questionQuery.js';
import type { TopicWeight, WordsByStart } from './clippedWords.js';
import { needsSegmenter } from './tokenize.js';
import { shareOfUses } from './wordnet/shareOfUses.js';
import type { WordNet } from './wordnet/wordNet.js';

/** The names of the claims a question is asked of (in a channel's scope, of the claims it sees). */
export interface LibraryNames extends WordsByStart {
  /** The index keys within `edits` edits of `key`, `key` itself excepted. */
  keysNear(key: string, edits: number): string[];
  /** How the claims with the index key write it, each word as written (none: no claim has it). */
  writings(key: string): readonly Writing[];
}

/** A word as a claim writes it, and whether it opens the claim's text (capitalised whatever it is). */
export interface Writing {
  word: string;
  opening: boolean;
}

/** Letters only, this many or more: a shorter word near a name is as often another word ("pari", "ital"). */
const RESPELLABLE = /^\p{L}{5,}$/u;
/** The most keys near a misspelt word read for a name: near more, it is as near many words (each read is a search). */
const MAX_NEAR_KEYS = 12;
/** A word in capitals is an acronym, not a name typed misspelt. */
const ALL_CAPITALS = /^\p{Lu}+$/u;
const CAPITALISED = /^\p{Lu}/u;
/** What tokenize.ts splits words on, kept (split's capture group) so the text is rebuilt as typed. */
const BETWEEN_WORDS = /([\s\p{Z}\p{P}\p{S}]+)/u;
/** A possessive stands before what it owns: a space, then a word. */
const BEFORE_A_WORD = /^\s+$/u;

/**
 * The text with each misspelt name, and each name's possessive typed without its apostrophe, written
 * as the name (in lower case where the word was typed so): misspeltName, possessiveName.
 */
export function withNamesRespelt(text: string, reader: WordNet, names: LibraryNames, topicWeight: TopicWeight): string {
  if (needsSegmenter(text)) return text;
  const parts = text.split(BETWEEN_WORDS);
  let changed = false;
  // Each word read once, however often it is typed (by the question's topic where first typed): a reading may search the claims.
  const misspelt = new Map<string, string | null>();
  const possessive = new Map<string, string | null>();
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] as string;
    const after = parts[i + 1];
    const next = parts[i + 2] ?? '';
    // A name only claims on another topic write is another's ("Willy Voet" is no Lilly of the insulin claims).
    const meant = readOnce(misspelt, word, () => {
      const name = misspeltName(reader, names, word);
      return name !== null && names.writtenAs(normalizeTerm(name) ?? '', contextOf(parts, i, topicWeight)) !== null ? name : null;
    });
    const name =
      meant !== null
        ? meant
        : after !== undefined && BEFORE_A_WORD.test(after) && next !== ''
          ? readOnce(possessive, `${word} ${next}`, () => possessiveName(reader, names, word, next))
          : null;
    if (name !== null) {
      parts[i] = CAPITALISED.test(word) ? name : name.toLowerCase();
      changed = true;
    }
  }
  return changed ? parts.join('') : text;
}

function readOnce(read: Map<string, string | null>, word: string, reading: () => string | null): string | null {
  let name = read.get(word);
  if (name === undefined) {
    name = reading();
    read.set(word, name);
  }
  return name;
}

/**
 * The name a word WordNet lacks was typed for, or null: of the words the claims write with its key
 * or a key near it, the nearest the word as typed, within as many edits as the search forgives a
 * word of its length (SEARCH_OPTIONS.fuzzy; a swap of two letters one), when it is a name and no
 * other word the claims write is as near ("brige" is bridge or Bride, "buton" button or Burton;
 * "brazill" is Brazil, not Brasil). Not where a claim writes the word as typed, nor a name's plural
 * or the name of a plural ("Houthis").
 */
function misspeltName(reader: WordNet, names: LibraryNames, word: string): string | null {
  if (!RESPELLABLE.test(word) || ALL_CAPITALS.test(word)) return null;
  const folded = foldTerm(word);
  const key = normalizeTerm(word);
  if (folded === null || key === null || reader.knows(folded)) return null;
  const reach = SEARCH_OPTIONS.fuzzy(folded);
  if (reach === false || typoEdits(key, word) === false) return null;
  // Keys one edit further than the word's reach: a stem moves the word's end ("bridge" is bridg, "brige" brige).
  const near = names.keysNear(key, reach + 1);
  if (near.length > MAX_NEAR_KEYS) return null;
  // The nearest of the words the claims write: a name, unless another word is as near.
  let found: string | null = null;
  let nearest = reach + 1;
  let tied = false;
  for (const candidate of names.has(word) ? [key, ...near] : near) {
    const writings = names.writings(candidate);
    const name = nameOf(writings);
    for (const written of new Set(writings.map((writing) => foldTerm(writing.word) ?? ''))) {
      if (written === folded || written === `${folded}s` || folded === `${written}s`) return null;
      const edits = editDistanceWithSwaps(written, folded);
      if (edits < nearest) {
        [found, nearest, tied] = [name, edits, false];
      } else if (edits === nearest && (name === null || name !== found)) tied = true;
    }
  }
  return tied ? null : found;
}

/**
 * The name a possessive typed without its apostrophe is of ("brazils" before a word: Brazil), or
 * null: the word less its "s" a name of the library and of no common thing WordNet knows, which no
 * claim writes as typed, before a word that may be owned (ownedThing: "komodos live", "concordes
 * were" are plurals).
 */
function possessiveName(reader: WordNet, names: LibraryNames, word: string, next: string): string | null {
  if (!RESPELLABLE.test(word) || ALL_CAPITALS.test(word) || !word.endsWith('s')) return null;
  const singular = foldTerm(word.slice(0, -1));
  const key = singular === null ? null : normalizeTerm(singular);
  if (singular === null || key === null || namesCommonThing(reader, singular) || !ownedThing(reader, next) || !names.has(singular)) return null;
  const writings = names.writings(key);
  const name = nameOf(writings);
  return name !== null && foldTerm(name) === singular && !writings.some((written) => foldTerm(written.word) === foldTerm(word)) ? name : null;
}

/**
 * Whether a word may be what a possessive owns: no auxiliary, and mostly a noun by its uses in
 * WordNet's tagged corpus ("papers", "squad"; not "live", "go") or no word it knows (a name, a code: "H4").
 */
function ownedThing(reader: WordNet, word: string): boolean {
  const folded = foldTerm(word);
  if (folded === null || AUXILIARIES.has(folded)) return false;
  const entries = reader.lookup(folded);
  return entries.length === 0 || shareOfUses(reader, entries, (entry) => entry.pos === 'noun') >= NOUN_SHARE;
}
/** The share of a word's uses as a noun from which it is taken for one. */
const NOUN_SHARE = 0.5;
const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_VERBS);

/** Whether WordNet's first noun sense of the word is a common thing ("american", a person; "paper"), not a named one (Brazil). */
function namesCommonThing(reader: WordNet, word: string): boolean {
  const entry = reader.entry(word, 'noun');
  if (entry === null) return reader.entry(word, 'adj') !== null || reader.entry(word, 'verb') !== null;
  const first = entry.senses[0];
  return first === undefined || !(reader.synset('noun', first)?.pointers.some((pointer) => pointer.symbol === '@i') ?? false);
}

/**
 * The other words' index keys, each with how much it says of the question's topic (`topicWeight`):
 * what a claim beside the topic has (clippedWords.ts besideTopic).
 */
function contextOf(parts: readonly string[], at: number, topicWeight: TopicWeight): Map<string, number> {
  const own = normalizeTerm(parts[at] as string);
  const weights = new Map<string, number>();
  for (let j = 0; j < parts.length; j += 2) {
    const other = parts[j] as string;
    const key = j !== at ? normalizeTerm(other) : null;
    if (key !== null && key !== own) weights.set(key, Math.max(weights.get(key) ?? 0, topicWeight(other)));
  }
  return weights;
}

/**
 * The name the claims write a key as: each of its writings inside a text capitalised, the commonest
 * of them; null when one is not, or none is inside a text (a claim's first word says nothing).
 */
function nameOf(all: readonly Writing[]): string | null {
  const writings = all.flatMap((writing) => (writing.opening ? [] : [writing.word]));
  if (writings.length === 0 || !writings.every((written) => CAPITALISED.test(written) && !ALL_CAPITALS.test(written))) return null;
  const counts = new Map<string, number>();
  for (const written of writings) counts.set(written, (counts.get(written) ?? 0) + 1);
  let best: string | null = null;
  for (const [written, count] of counts) if (best === null || count > (counts.get(best) as number)) best = written;
  return best;
}
