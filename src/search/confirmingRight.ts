// A "right" tagged on to what the asker believes, ending the message ("some teenagers in 1940
// right?", "SA got robbed right", "…soviets, right?"): it asks to confirm what the message says,
// and searched it drew claims on rights. chatQuestion.ts drops it with the other chat wrapping.

import { BE_FORMS, BE_VERB_FORMS, DO_FORMS, oneOf } from './auxiliaryVerbs.js';

/**
 * Words after which a closing "right" is what is asked or completes a phrase, not a tag: "were
 * the critics right?", "get it right", "turn right", "the right", "a human right", "left or right",
 * "from left to right", "had no right". Forms of "be" and "do" from auxiliaryVerbs.ts.
 */
const RIGHT_COMPLETES = oneOf([
  ...BE_VERB_FORMS, ...DO_FORMS, 'done',
  'it', 'them', 'him', 'her', 'this',
  'turn', 'turned', 'turns', 'turning', 'go', 'goes', 'went', 'bear', 'keep', 'veer', 'stay', 'far', 'hard',
  'get', 'gets', 'got', 'getting', 'copy',
  'the', 'a', 'an', 'all', 'his', 'its', 'their', 'my', 'your', 'our', 'no', 'any', 'every', 'equal',
  'human', 'civil', 'or', 'and', 'to',
  'quite', 'exactly', 'just', 'not', 'actually', 'really', 'so', 'very', 'alright',
]);
/**
 * An adjective by its ending, before "right" the noun: "a constitutional / legal / fundamental /
 * basic / inalienable right". A noun so ending before a tag ("at his trial right?") keeps its
 * "right", as every message did before the tag was read.
 */
const ADJECTIVE_BY_ENDING = String.raw`\p{L}{2,}(?:al|ic|ble)`;
/**
 * To the message's end, past punctuation and emoji (by now a `:shortcode:` may remain), each
 * character read one way: an emoji that is punctuation too ("‼", "⁉", "〰") as punctuation, and a
 * shortcode only with a letter, a digit or "+" in it (":-:" is punctuation alone). Read both ways, a
 * run of them before a word ("…, right ⁉⁉⁉…⁉ x") was split every way, twice the time with each two more.
 */
const TO_MESSAGE_END = String.raw`(?=(?:[\s\p{P}]|(?!\p{P})\p{Extended_Pictographic}|:[_'-]*[a-z0-9+][a-z0-9_+'-]*:)*$)`;

/**
 * The tag: after a comma, with the comma; or after no word it completes (RIGHT_COMPLETES,
 * ADJECTIVE_BY_ENDING), not glued on by a hyphen ("far-right", "centre-right"), in a sentence not
 * opening with a form of "be" ("was it actually right?" asks it). Where there is no comma, "right"
 * is looked for first and what stands before it looked behind from there: a look-behind opening the
 * pattern is tried at every position of the text, and the sentence's opening is looked for back to
 * its start.
 */
export const CONFIRMING_RIGHT = new RegExp(
  String.raw`(?:,\s*|(?=right\b)(?<![-‑])(?<!(?:^|[?!.]\s*)${oneOf(BE_FORMS)}\b[^?!.]*)(?<!\b(?:${RIGHT_COMPLETES}|${ADJECTIVE_BY_ENDING})\s))\bright\b${TO_MESSAGE_END}`,
  'giu',
);
