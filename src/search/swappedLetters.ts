// A question word typed with two neighbouring letters swapped ("chnage", "reprot", "vinly",
// "veiwers"): the commonest slip on a keyboard, and one the search's typo matching misses in a
// shorter word, where it allows fewer edits than a swap takes (insert and delete; the edits
// allowed are typoEdits', questionQuery.ts), and in a longer one whose stem the swap moves apart
// ("mutatoins" stems to mutatoin, "mutations" to mutat). Such a word is no word WordNet knows, and
// swapping a pair of its letters back makes one. The question is then read as if the word meant
// had been typed: searched, expanded, weighed and judged as that word (readQuestion.ts).

import { capitalised } from './capitalised.js';
import { editDistance } from './editDistance.js';
import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import { typoEdits } from './questionQuery.js';
import { needsSegmenter } from './tokenize.js';
import { RememberedPerReader } from './wordnet/rememberedPerReader.js';
import type { WordNet } from './wordnet/wordNet.js';

/**
 * Letters only, 4 or more: a shorter word WordNet lacks is as often chat ("ur", "pls") as a typo.
 * A four-letter one is swapped back as often as a longer one is ("wrok", "crad", "jmup"), and only
 * where the claims have the word meant and lack the word typed (withSwapsUndone): chat's "meta" or
 * "apps" is kept where a report writes it.
 */
const SWAPPABLE = /^\p{L}{4,}$/u;
/** From this length a word WordNet has is taken as meant whether or not it is in use (inUse). */
const SHORTEST_LONG_WORD = 5;
/** A word written with a capital is a name or an acronym ("EPRI", "Palin"), not a slip. */
const CAPITAL = /\p{Lu}/u;
/**
 * A capital opening a word and no other ("Reprot"): how a question's first word is written,
 * whatever it is, so there it says nothing of a name.
 */
const SENTENCE_CASE = /^\p{Lu}[^\p{Lu}]*$/u;
/** A swap of two letters is two edits (an insert and a delete). */
const SWAP_EDITS = 2;
/** What tokenize.ts splits words on, kept (split's capture group) so the text is rebuilt as typed. */
const BETWEEN_WORDS = /([\s\p{Z}\p{P}\p{S}]+)/u;

/** The words of the claims a question is asked of: those its reader sees (readQuestion.ts's wordsSeenIn). */
export interface IndexedWords {
  /** Whether a claim has the word's index key (normalizeTerm) in any field. */
  has(word: string): boolean;
}

/**
 * The words WordNet knows that a folded word becomes with two neighbouring letters swapped back,
 * when WordNet does not know the word itself (a four-letter one: has it in no use, inUse); none for
 * a word it knows (a real word is what was meant) or one of other characters (a number, a code). Never its first two letters: a slip
 * rarely moves a word's first letter, and a clipped word of chat that WordNet lacks becomes
 * another word that way ("evals" -> veals, "algos" -> lagos).
 */
export function swappedBack(reader: WordNet, folded: string): string[] {
  if (!SWAPPABLE.test(folded) || inUse(reader, folded)) return [];
  const words = new Set<string>();
  for (let i = 1; i + 1 < folded.length; i++) {
    const a = folded[i] as string;
    const b = folded[i + 1] as string;
    if (a === b) continue;
    const swapped = `${folded.slice(0, i)}${b}${a}${folded.slice(i + 2)}`;
    if (reader.has(swapped)) words.add(swapped);
  }
  return [...words];
}

/**
 * The text with each word typed with two letters swapped written as the word meant, when the
 * library's claims have the word meant and not the word as typed, and only one word swapped back
 * is in them: a word the reports use is taken as meant, and where two words could be meant the
 * question is left as typed. Left too: a longer word the typo matching already reaches the word
 * meant from (a key it forgives two edits in, within two of the word meant's: a swap away from the
 * suffix, "luminaires"; a shorter one forgives one edit, fewer than a swap takes, so its swaps are
 * undone), and a word with a capital (a name, an
 * acronym), except the question's first word written with its first letter alone capital
 * ("Reprot on…" is read as "report on…"): a name first the reports do not have is no worse
 * searched as the word they have.
 */
export function withSwapsUndone(text: string, reader: WordNet, index: IndexedWords): string {
  if (needsSegmenter(text)) return text;
  const parts = text.split(BETWEEN_WORDS);
  let changed = false;
  // parts[0] is empty when the text opens with a space or a mark.
  const first = parts[0] === '' ? 2 : 0;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] as string;
    const meant = i === first && SENTENCE_CASE.test(word) ? capitalisedOrNull(meantWord(reader, index, word.toLowerCase())) : meantWord(reader, index, word);
    if (meant !== null) {
      parts[i] = meant;
      changed = true;
    }
  }
  return changed ? parts.join('') : text;
}

/**
 * Whether WordNet has the word as one people write: a four-letter word only where a sense of it is
 * in use (tagged in its corpus). A slip in a short word often lands on a rare word ("sial", a
 * geologist's word, for "sail"); a longer rare word is as often a spelling of its own ("centre",
 * "metre" untagged beside "center"), which a swap would make into the other spelling.
 */
function inUse(reader: WordNet, word: string): boolean {
  if (word.length > SHORTEST_LONG_WORD - 1) return reader.has(word);
  return reader.lookup(word).some((entry) => reader.tagCountsOf(entry).some((count) => count > 0));
}

function capitalisedOrNull(word: string | null): string | null {
  return word === null ? null : capitalised(word);
}

function meantWord(reader: WordNet, index: IndexedWords, word: string): string | null {
  if (!SWAPPABLE.test(word) || CAPITAL.test(word)) return null;
  const folded = foldTerm(word);
  const typed = normalizeTerm(word);
  if (folded === null || typed === null) return null;
  // The claims are asked last, and only of a word WordNet lacks: in a channel's scope each asking
  // is a search (readQuestion.ts), and most question words are words WordNet knows.
  const swapped = swappedOf(reader, folded);
  if (swapped.length === 0 || index.has(word)) return null;
  const inLibrary = swapped.filter((meant) => normalizeTerm(meant) !== null && index.has(meant));
  if (inLibrary.length !== 1) return null;
  const meant = inLibrary[0] as string;
  const edits = typoEdits(typed, word);
  return edits !== false && edits >= SWAP_EDITS && editDistance(typed, normalizeTerm(meant) as string) <= edits ? null : meant;
}

/** swappedBack remembered per word for one WordNet: each way of swapping is a lookup. */
function swappedOf(reader: WordNet, folded: string): readonly string[] {
  const remembered = swappedOfWord.of(reader);
  let words = remembered.get(folded);
  if (words === undefined) {
    words = swappedBack(reader, folded);
    remembered.set(folded, words);
  }
  return words;
}

const swappedOfWord = new RememberedPerReader<readonly string[]>();
