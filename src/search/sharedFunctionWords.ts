// The small words a question is built with ("than", "only after", "how to … them on", "as much
// as") are left out of search (stopWords.ts): alone they match nearly every claim. Among the
// claims a question's telling words found, though, the one whose own sentence has those words
// too is more often the one the question asks about: a paraphrase keeps the claim's frame and
// changes its nouns ("pricier than concrete" for "still often somewhat higher than concrete",
// "only after you've said yes to the job" for "only after they have accepted the job offer").
// MiniSearch with its default options, which searches them, found some such answers the bot did
// not (eval/untunedGap.ts; eval/README.md, tenth session). So each of the first claims found is
// lifted by the share of the question's function words its sentence has, before the reranker
// orders the first of them (rerankClaims.ts); it reorders the claims found, never finds others.
// The auxiliary a yes/no question opens with ("do bike lanes reduce injuries?") is not compared:
// it makes the question a question and carries no frame of the claim ("…sharrows, do little or
// nothing…" would be lifted for its "do").

import { AUXILIARY } from './auxiliaryVerbs.js';
import { BoundedMap } from './boundedMap.js';
import { spelledOut } from './chatQuestion.js';
import { FUNCTION_WORDS } from './stopWords.js';
import { tokenize } from './tokenize.js';

/** How much a claim's sentence having all the question's function words lifts its score. */
export const FUNCTION_WORD_WEIGHT = 2;
/** The first claims found that are lifted (and reordered); the rest stay below them, as they were. */
export const FUNCTION_WORD_TOP = 20;

/**
 * The function words of a text, as words (functionWordBits gives them as bits), as they are
 * compared: contractions spelled out as the question searched has them (chatQuestion.ts: "don't"
 * is "do not", "you've" "you have", so a claim's sentence shares them), lower case, split as the
 * index splits words.
 */
export function functionWordsOf(text: string): Set<string> {
  return new Set(
    tokenize(spelledOut(text))
      .map((word) => word.toLowerCase())
      .filter((word) => FUNCTION_WORDS.has(word)),
  );
}

// The auxiliaries (auxiliaryVerbs.ts) that, put first, make a yes/no question ("do", "is", "can",
// "have" …), after any punctuation the chat wrapping left ("quick q: does …" is searched as ": does …").
const OPENING_AUXILIARY = new RegExp(String.raw`^[\W_]*${AUXILIARY}\b`, 'i');

/** The function words a question (as searched) is compared by: its own, but the auxiliary it opens with. */
export function askedFunctionWords(question: string): Set<string> {
  return functionWordsOf(question.replace(OPENING_AUXILIARY, ' '));
}

/**
 * The claims found (best first) with the first FUNCTION_WORD_TOP each lifted (score times 1 +
 * `weight` x the share of the question's function words its sentence has) and ordered again,
 * ties in the order found; the rest as they were. Lifted, the first ones still score above the
 * rest. The question's function words are askedFunctionWords'. `text` is the question as
 * searched; `sentenceOf` gives a claim's sentence, or its functionWordBits worked out ahead (a
 * library's sentenceFunctionWordBits, read here at once; undefined: not lifted); `weight` is
 * FUNCTION_WORD_WEIGHT but to measure others.
 */
export function bySharedFunctionWords<T extends { score: number }>(
  text: string,
  found: readonly T[],
  sentenceOf: (item: T) => string | Uint32Array | undefined,
  weight = FUNCTION_WORD_WEIGHT,
): T[] {
  const asked = askedFunctionWords(text);
  if (asked.size === 0 || found.length < 2 || weight === 0) return [...found];
  const askedBits = bitsOf(asked);
  // By push into one literal (not .map or a spread): a .map's array is another kind to V8 once
  // this is optimized, and the reranker reading it was thrown away (bench/README.md).
  const first: T[] = [];
  for (let i = 0; i < found.length && i < FUNCTION_WORD_TOP; i++) {
    const item = found[i] as T;
    const sentence = sentenceOf(item);
    const shared = sentence === undefined ? 0 : sharedCount(askedBits, typeof sentence === 'string' ? sentenceBits(sentence) : sentence);
    first.push(shared === 0 ? item : { ...item, score: item.score * (1 + (weight * shared) / asked.size) });
  }
  first.sort((a, b) => b.score - a.score);
  for (let i = FUNCTION_WORD_TOP; i < found.length; i++) first.push(found[i] as T);
  return first;
}

/** Each function word's bit: a sentence's function words are kept as bits, to compare and keep them cheaply. */
const BIT_OF = new Map([...FUNCTION_WORDS].map((word, i) => [word, i]));
/** How many 32-bit words functionWordBits gives for any sentence. */
export const WORDS_OF_BITS = Math.ceil(BIT_OF.size / 32);

function bitsOf(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(WORDS_OF_BITS);
  for (const word of words) {
    const bit = BIT_OF.get(word);
    if (bit !== undefined) bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return bits;
}

/**
 * Each function word's weight by its bit (FUNCTION_WORDS' order): how rare it is among the
 * library's claim sentences (functionWordRarity). Weighed so, a shared "than" or "after" counts
 * above a shared "the", as MiniSearch's own scoring of a function word would.
 */
export type FunctionWordRarity = Float64Array;

/** How many function words there are: the length of a FunctionWordRarity. */
export const FUNCTION_WORD_COUNT = BIT_OF.size;

/**
 * Each function word's rarity among `sentences` claim sentences of which `having[bit]` have it:
 * BM25's idf, ln(1 + (sentences - having + 0.5) / (having + 0.5)).
 */
export function functionWordRarity(having: ArrayLike<number>, sentences: number): FunctionWordRarity {
  const rarity = new Float64Array(FUNCTION_WORD_COUNT);
  for (let bit = 0; bit < rarity.length; bit++) {
    const n = having[bit] ?? 0;
    rarity[bit] = Math.log(1 + (sentences - n + 0.5) / (n + 0.5));
  }
  return rarity;
}

/** The bits set in `bits`, each once, in order: what `visit` is called with. */
export function forEachBit(bits: Uint32Array, visit: (bit: number) => void): void {
  forEachSharedBit(bits, bits, visit);
}

/** The bits set in both `a` and `b`, each once, in order, walked in place (no array made per claim). */
function forEachSharedBit(a: Uint32Array, b: Uint32Array, visit: (bit: number) => void): void {
  for (let i = 0; i < a.length; i++) {
    let word = (a[i] as number) & (b[i] ?? 0);
    while (word !== 0) {
      const low = word & -word;
      visit(i * 32 + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

/** The summed rarity of the function words `bits` has. */
function weightOf(bits: Uint32Array, rarity: FunctionWordRarity): number {
  return sharedWeight(bits, bits, rarity);
}

/** The summed rarity of the function words both `a` and `b` have. */
function sharedWeight(a: Uint32Array, b: Uint32Array, rarity: FunctionWordRarity): number {
  let sum = 0;
  forEachSharedBit(a, b, (bit) => (sum += rarity[bit] ?? 0));
  return sum;
}

/**
 * For a question as searched: the share of its function words (askedFunctionWords') a sentence
 * has, each word weighed by its `rarity` (0 for a question with none). What the reranker reads of
 * each first claim (rerankFeatures.ts), beside the lift, which counts each word alike: weighing
 * the lift itself so moved which claims come first and so what the no-answer decision reads
 * (eval/README.md, fifty-second session). `sentence` as bySharedFunctionWords takes it.
 */
export function rareFunctionWordShare(text: string, rarity: FunctionWordRarity): (sentence: string | Uint32Array) => number {
  const askedBits = bitsOf(askedFunctionWords(text));
  const askedWeight = weightOf(askedBits, rarity);
  if (!(askedWeight > 0)) return () => 0;
  return (sentence) => sharedWeight(askedBits, typeof sentence === 'string' ? sentenceBits(sentence) : sentence, rarity) / askedWeight;
}

function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    let both = (a[i] as number) & (b[i] as number);
    while (both !== 0) {
      both &= both - 1;
      count++;
    }
  }
  return count;
}

/**
 * A sentence's function words as bits, as bySharedFunctionWords compares them: what a caller
 * works out ahead (the library, for its claims when it serves them) and passes for the sentence.
 */
export function functionWordBits(sentence: string): Uint32Array {
  return bitsOf(functionWordsOf(sentence));
}

/**
 * A sentence's function words as bits, remembered by sentence, for sentences passed as text (a
 * library passes its served claims' bits: servedSentences.ts). Splitting a sentence into words is
 * most of this step's time.
 */
function sentenceBits(sentence: string): Uint32Array {
  let bits = bitsBySentence.get(sentence);
  if (bits === undefined) {
    bits = functionWordBits(sentence);
    bitsBySentence.set(sentence, bits);
  }
  return bits;
}

const MAX_REMEMBERED_SENTENCES = 20_000;
const bitsBySentence = new BoundedMap<string, Uint32Array>(MAX_REMEMBERED_SENTENCES);
