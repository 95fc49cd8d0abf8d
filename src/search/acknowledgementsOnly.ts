// Whether a message is only acknowledgements and sign-offs (courtesies.ts ACKNOWLEDGEMENT: "ok
// cool, talk later", "take care all, good night"), read as a chain of them from word end to word
// end. One pattern repeating them ("^(?:(?:ACK)[\s\p{P}]*)+$") tried every way of splitting a
// message whose words two of them share ("take care all" or "take care" + "all good", "all good" or
// "all" + "good bye"), each way again after a failed end: a few hundred characters of "take care
// all good bye" took seconds, twice as long with each repetition.

import { ACKNOWLEDGEMENT } from './courtesies.js';

/** One acknowledgement, the whole of the text it is tried on. */
const ONE_ACKNOWLEDGEMENT = new RegExp(String.raw`^(?:${ACKNOWLEDGEMENT})$`, 'u');
/** Spaces and marks between acknowledgements (and before the first), read from a position. */
const BETWEEN = /[\s\p{P}]*/uy;
/** The end of a word: each acknowledgement ends with a letter, not before another letter or digit. */
const WORD_END = /[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
/**
 * More words than one acknowledgement has ("and have a good rest of your weekend everyone" has
 * nine; "y'all" is two): the word ends an acknowledgement from a start may end at.
 */
const MAX_WORDS_IN_ONE = 12;

/** Whether the text is acknowledgements only, with spaces and marks around and between them. */
export function acknowledgementsOnly(text: string): boolean {
  const first = afterBetween(text, 0);
  if (first === text.length) return false;
  // Where a chain of them reached: each start is read once, so the time grows with the text.
  const starts = [first];
  const reached = new Set(starts);
  for (let next = 0; next < starts.length; next++) {
    const start = starts[next] as number;
    WORD_END.lastIndex = start;
    for (let words = 0; words < MAX_WORDS_IN_ONE; words++) {
      const end = WORD_END.exec(text);
      if (end === null) break;
      const after = end.index + end[0].length;
      if (!ONE_ACKNOWLEDGEMENT.test(text.slice(start, after))) continue;
      const following = afterBetween(text, after);
      if (following === text.length) return true;
      if (!reached.has(following)) {
        reached.add(following);
        starts.push(following);
      }
    }
  }
  return false;
}

function afterBetween(text: string, from: number): number {
  BETWEEN.lastIndex = from;
  BETWEEN.test(text);
  return BETWEEN.lastIndex;
}
