// A word clipped as chat clips it ("bupe" for buprenorphine, "devs", "algos", "vulns", "exo"):
// no word WordNet knows and none the reports use, but the start of exactly one word they do use,
// which a claim writes beside the question's topic (a topic word of the question, or two everyday
// ones: "bupe" with telehealth; not "prob" with costs and high). The question is then read as if
// that word had been typed: searched, expanded, weighed and judged as it (readQuestion.ts), as a
// word typed with two letters swapped is (swappedLetters.ts). The search's own prefix matching
// completes only a question's last word, and at a prefix's weight.

import { normalizeTerm } from './normalizeTerm.js';
import type { IndexedWords } from './swappedLetters.js';
import { needsSegmenter } from './tokenize.js';
import type { WordNet } from './wordnet/wordNet.js';

/** The words of the claims a question is asked of, by how their index keys start. */
export interface WordsByStart extends IndexedWords {
  /**
   * The index keys (normalizeTerm's) starting with `start`, `start` itself excepted, of the claims
   * the question is asked of (in a channel's scope, of the claims it sees); two or more may stand
   * for all of them, since a word starting two is left as typed.
   */
  keysStartingWith(start: string): string[];
  /**
   * A word a claim writes for the index key (folded, as written), from a claim beside the
   * question's topic (besideTopic: `context`, the question's other index keys by how much each
   * says of its topic); null when no claim is.
   */
  writtenAs(key: string, context: ReadonlyMap<string, number>): string | null;
}

/**
 * How much a word of the question says of its topic: 1 for a topic word, less for an everyday
 * word of many senses (readQuestion.ts passes everydayWords.ts's weights, as the coverage weighs
 * the question's words).
 */
export type TopicWeight = (word: string) => number;

/**
 * What the question's other words a claim writes must weigh together for a clipping to be read
 * as a word of that claim: one topic word, or two everyday ones ("risk" and "bail" for "algos";
 * "costs" or "high" alone is no topic to read "prob" by).
 */
export const TOPIC_BESIDE = 1;

/** Whether a claim with these index keys is beside the question's topic: its keys among `context` weigh TOPIC_BESIDE or more. */
export function besideTopic(claimKeys: { has(key: string): boolean }, context: ReadonlyMap<string, number>): boolean {
  let weight = 0;
  for (const [key, keyWeight] of context) if (claimKeys.has(key)) weight += keyWeight;
  return weight >= TOPIC_BESIDE;
}

/**
 * A clipped word as typed: lower-case letters only, 3 or more. A capital is a name or an acronym
 * ("FIFA" is no clipped "fifth"); a shorter word is as often a code or a unit as a clipping.
 */
const CLIPPABLE = /^[a-z]{3,}$/;
/** The shortest start of a word taken as the word: two letters start too many words. */
const MIN_CLIPPED_LENGTH = 3;
/** What tokenize.ts splits words on, kept (split's capture group) so the text is rebuilt as typed. */
const BETWEEN_WORDS = /([\s\p{Z}\p{P}\p{S}]+)/u;

/**
 * The text with each clipped word written as the word the claims use that it starts: a lower-case
 * word WordNet lacks and no claim has, nor a function word less an "s" ("wheres", "hows"), which,
 * less a plural "s" ("devs", "algos"), starts exactly one index key of the claims ("develop" for
 * developer, developers and development alike); or, when it starts none, less a final "e" too
 * ("bupe" -> "bup": buprenorphine). It is read so only as a claim writes that key beside the
 * question's topic (besideTopic, by `topicWeight` of the question's other words), and only as a
 * word that is no function word and not one WordNet has as an adverb alone ("approx" is no
 * clipped "approximately"). Where it starts two keys or more ("auth": author, authentication) the
 * word is left as typed.
 */
export function withClippingsCompleted(text: string, reader: WordNet, index: WordsByStart, topicWeight: TopicWeight): string {
  if (needsSegmenter(text)) return text;
  const parts = text.split(BETWEEN_WORDS);
  let changed = false;
  for (let i = 0; i < parts.length; i += 2) {
    if (inName(parts, i)) continue;
    const word = parts[i] as string;
    // Read only for a word that may be a clipping: most questions have none.
    const context = (): Map<string, number> => {
      const own = normalizeTerm(word);
      const weights = new Map<string, number>();
      for (let j = 0; j < parts.length; j += 2) {
        const other = parts[j] as string;
        const key = j !== i ? normalizeTerm(other) : null;
        if (key !== null && key !== own) weights.set(key, Math.max(weights.get(key) ?? 0, topicWeight(other)));
      }
      return weights;
    };
    const meant = completedWord(reader, index, word, context);
    if (meant !== null) {
      parts[i] = meant;
      changed = true;
    }
  }
  return changed ? parts.join('') : text;
}

/**
 * Whether the word at `i` is part of a name written without spaces, a web address, a path or an
 * email address ("gov.uk", "data/raw", "ops@site"): there a short word is what it is.
 */
function inName(parts: readonly string[], i: number): boolean {
  const before = parts[i - 1];
  const after = parts[i + 1];
  return (before !== undefined && parts[i - 2] !== '' && NAME_JOINER.test(before)) || (after !== undefined && parts[i + 2] !== undefined && parts[i + 2] !== '' && NAME_JOINER.test(after));
}
/** What joins the parts of a name written without spaces. */
const NAME_JOINER = /^[./@:_\\]+$/;

function completedWord(reader: WordNet, index: WordsByStart, word: string, readContext: () => ReadonlyMap<string, number>): string | null {
  if (!CLIPPABLE.test(word) || normalizeTerm(word) === null || reader.knows(word) || index.has(word)) return null;
  const clipped = word.length > MIN_CLIPPED_LENGTH && word.endsWith('s') ? word.slice(0, -1) : word;
  // "wheres", "hows", "thats": a function word with an "s" (is) typed without its apostrophe.
  if (normalizeTerm(clipped) === null) return null;
  const context = readContext();
  let meant = onlyWordStartingWith(index, clipped, context);
  if (meant === undefined && clipped.length > MIN_CLIPPED_LENGTH && clipped.endsWith('e')) meant = onlyWordStartingWith(index, clipped.slice(0, -1), context);
  return meant === undefined || meant === null || !carriesTopic(reader, meant) ? null : meant;
}

/**
 * Whether a completion is a topic word: not a function word, and not a word WordNet has as an
 * adverb alone ("approx" is no clipped "approximately" to search, "hows" no "however").
 */
function carriesTopic(reader: WordNet, word: string): boolean {
  if (normalizeTerm(word) === null) return false;
  const entries = reader.lookup(word);
  return entries.length === 0 || entries.some((entry) => entry.pos !== 'adv');
}

/**
 * The one word the claims use that starts with `start`, as a claim beside the question's topic
 * writes it ("bupe" with telehealth, not "ive" with tourist taxes nor "prob" with costs); null
 * when two or more keys start so or no such claim has the one, undefined when none starts so.
 */
function onlyWordStartingWith(index: WordsByStart, start: string, context: ReadonlyMap<string, number>): string | null | undefined {
  // Keys first: the word a key is written as is a search, made for the one key alone.
  const keys = index.keysStartingWith(start);
  if (keys.length === 0) return undefined;
  return keys.length === 1 ? index.writtenAs(keys[0] as string, context) : null;
}
