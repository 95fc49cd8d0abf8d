// Splits text into words for the index and for questions. Space-separated scripts split on
// spaces and punctuation (fast); Chinese, Japanese, Korean and Thai have no spaces between words,
// so text containing them goes through Intl.Segmenter (MiniSearch's default tokenizer would turn
// a whole Japanese sentence into one token). Initials written with dots ("U.S.", "U.K.", "D.C.")
// are one word, as written without them ("US"): split at the dots, each letter alone is no word.
// So is a web address ("Scroll.in": webAddresses.ts).

import { withWebAddressesJoined } from './webAddresses.js';

const SPACE_OR_PUNCTUATION = /[\s\p{Z}\p{P}\p{S}]+/u;
const NEEDS_SEGMENTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Capital letters each followed by a dot, two to six, not inside a longer word: "U.S.", "U.S.A.", "J.J.R.". */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,6}(?![\p{L}\p{N}])/gu;
/** A quick look for them first: most texts have none, and a replace costs a copy. */
const MAY_HAVE_INITIALS = /\p{Lu}\.\p{Lu}\./u;
const DOT = /\./g;

/** The text with its dotted initials written without the dots ("the U.S. market" -> "the US market"). */
function withInitialsJoined(text: string): string {
  return MAY_HAVE_INITIALS.test(text) ? text.replace(DOTTED_INITIALS, (initials) => initials.replace(DOT, '')) : text;
}

/** Whether the text is split by Intl.Segmenter (it has words of a script without spaces). */
export function needsSegmenter(text: string): boolean {
  return NEEDS_SEGMENTER.test(text);
}

export function tokenize(written: string): string[] {
  const text = withWebAddressesJoined(withInitialsJoined(written));
  if (NEEDS_SEGMENTER.test(text)) {
    const words: string[] = [];
    for (const segment of segmenter.segment(text)) {
      if (segment.isWordLike) words.push(segment.segment);
    }
    return words;
  }
  return text.split(SPACE_OR_PUNCTUATION).filter((word) => word !== '');
}
