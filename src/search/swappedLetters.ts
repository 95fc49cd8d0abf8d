// A question word typed with two neighbouring letters swapped ("chnage", "reprot", "vinly",
// "veiwers"): the commonest slip on a keyboard, and one the search's typo matching misses in a
// word under 7 letters, where it allows one edit and a swap is two (insert and delete). Such a
// word is no word WordNet knows, and swapping a pair of its letters back makes one.

import type { WordNet } from './wordnet/wordNet.js';

/**
 * Letters only, 5 or more: a shorter word WordNet lacks is as often chat ("apps", "meta") or an
 * inflection it does not list ("came") as a typo, and a swap makes a word of it by chance.
 */
const SWAPPABLE = /^\p{L}{5,}$/u;

/**
 * The words WordNet knows that a folded word becomes with two neighbouring letters swapped back,
 * when WordNet does not know the word itself; none for a word it knows (a real word is what was
 * meant) or one of other characters (a number, a code).
 */
export function swappedBack(reader: WordNet, folded: string): string[] {
  if (!SWAPPABLE.test(folded) || known(reader, folded)) return [];
  const words = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) {
    const a = folded[i] as string;
    const b = folded[i + 1] as string;
    if (a === b) continue;
    const swapped = `${folded.slice(0, i)}${b}${a}${folded.slice(i + 2)}`;
    if (known(reader, swapped)) words.add(swapped);
  }
  return [...words];
}

/** Whether WordNet has the word, as written or by its base form ("pumps" as "pump"). */
function known(reader: WordNet, word: string): boolean {
  return reader.lookup(word).length > 0;
}
