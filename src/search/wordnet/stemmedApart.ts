// A word's regular forms that the stemmer keys apart from it: "died" is keyed "di" and "die" die,
// "tried" tri and "try" try, "gases" gase and "gas" ga, "proceeded" proceed and "proceed" proce.
// A question asking "when did he die?" never met a claim's "died", nor a synonym reaching die
// ("pass away", "perish") a claim's "died". Spelt by English's regular rules from each base form
// WordNet has, so "died" reaches die and "die" died, and searched as the word itself.

import { normalizeTerm } from '../normalizeTerm.js';
import { irregularBase } from '../irregularForms.js';
import { baseForms, type PartOfSpeech, type WordNet } from './wordNet.js';

/**
 * The forms of `word` (folded) whose index key differs from its own, by its base forms in WordNet
 * (a verb's -s, -ed and -ing forms, a noun's plural, and the base itself), one per key; `only`:
 * of that part of speech alone.
 */
export function formsStemmedApart(wordnet: WordNet, word: string, only?: PartOfSpeech): string[] {
  // Read only where the spelling says the stemmer may key the forms apart: stemming the forms of
  // every word and of each of its related words made a word never met before cost much more. A
  // related verb (a base already) only for the verbs questions use most ("die", "try", "proceed").
  if (only === 'verb' ? !OFTEN_APART.test(word) : !MAY_BE_APART.test(word)) return [];
  const own = normalizeTerm(word);
  const found = new Map<string, string>();
  if (own === null) return [];
  const entries = wordnet.lookup(word);
  // The word itself when WordNet has it ("pass", not "pas" by a plural's ending), else its bases.
  const asTyped = entries.some((entry) => entry.lemma === word && (entry.pos === 'verb' || entry.pos === 'noun') && wordnet.tagCountsOf(entry).some((count) => count > 0));
  for (const entry of entries) {
    if (entry.pos !== 'verb' && entry.pos !== 'noun') continue;
    if (only !== undefined && entry.pos !== only) continue;
    if (asTyped && entry.lemma !== word) continue;
    // An irregular form ("got", "paid", "children") reaches its base by irregularForms.ts's list, if at all.
    if (irregularBase(word, entry.pos) !== undefined) continue;
    // A part of speech the tagged corpus never saw the word in ("off" as a verb) is no form of it.
    if (!wordnet.tagCountsOf(entry).some((count) => count > 0)) continue;
    const base = entry.lemma;
    // Not a stop word's ("bees" is no form of "be").
    if (!LETTERS.test(base) || normalizeTerm(base) === null) continue;
    for (const form of [base, ...inflected(wordnet, base, entry.pos)]) {
      const key = normalizeTerm(form);
      if (key === null || key === own || found.has(key)) continue;
      // A key cut short to another word's lemma is that word's ("skies" ski, "lies" li, "ties" ti);
      // not a participle's -ying, which no other word has ("dying" is keyed dy, dysprosium's symbol).
      if (key !== form && key !== base && !form.endsWith('ying') && wordnet.lookup(key).some((other) => other.lemma === key)) continue;
      found.set(key, form);
    }
  }
  return [...found.values()];
}

/** A base's regular inflections: a verb's -s, -ed and -ing forms, a noun's plural. */
function inflected(wordnet: WordNet, base: string, pos: PartOfSpeech): string[] {
  if (pos === 'noun') return base.endsWith('is') || isPlural(wordnet, base) ? [] : [plural(base)];
  if (base.endsWith('ie')) return [`${base}s`, `${base}d`, `${base.slice(0, -2)}ying`];
  if (base.endsWith('ee')) return [`${base}s`, `${base}d`, `${base}ing`];
  if (base.endsWith('e')) return [`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (CONSONANT_Y.test(base)) return [`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  if (SIBILANT.test(base)) return [`${base}es`, `${base}ed`, `${base}ing`];
  // A short closed syllable doubles its consonant ("stopped"); the stemmer undoes the doubling.
  const last = base[base.length - 1] as string;
  const stem = SHORT_CLOSED.test(base) ? base + last : base;
  return [`${base}s`, `${stem}ed`, `${stem}ing`];
}

/** Whether a noun lemma is a plural of another ("years", "savings", "species"): it has no plural of its own. */
function isPlural(wordnet: WordNet, noun: string): boolean {
  return noun.endsWith('s') && baseForms(noun, 'noun').some((base) => base !== noun && wordnet.lookup(base).some((entry) => entry.lemma === base && entry.pos === 'noun'));
}

function plural(noun: string): string {
  if (SIBILANT.test(noun)) return `${noun}es`;
  if (CONSONANT_Y.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const LETTERS = /^[a-z]{2,}$/;
/** A short verb ending in -ie or a consonant and -y ("die", "lie", "try", "fly"), or one in -eed ("succeed"). */
const OFTEN_APART = /^(?:[a-z]{1,2}(?:ie|[^aeiou]y)|[a-z]+eed)$/;
/**
 * The endings of a question word whose forms the stemmer may key apart from it: -ie, -y and their
 * forms ("died", "tries", "dying"), -eed and its ("proceeded"), a vowel and -s and its plural ("gas",
 * "gases", "virus").
 */
const MAY_BE_APART = /(?:ie|ie[sd]|ying|[^aeiou]y|[^aeiou]i(?:es|ed)|eed|eed(?:s|ed|ing)|[aeiou]s|ses)$/;
const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;
const SHORT_CLOSED = /^[^aeiou]*[aeiou][bdgklmnprt]$/;
