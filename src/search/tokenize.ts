// Splits text into words for the index and for questions. Space-separated scripts split on
// spaces and punctuation (fast); Chinese, Japanese, Korean and Thai have no spaces between words,
// so text containing them goes through Intl.Segmenter (MiniSearch's default tokenizer would turn
// a whole Japanese sentence into one token).

const SPACE_OR_PUNCTUATION = /[\s\p{Z}\p{P}\p{S}]+/u;
const NEEDS_SEGMENTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Whether the text is split by Intl.Segmenter (it has words of a script without spaces). */
export function needsSegmenter(text: string): boolean {
  return NEEDS_SEGMENTER.test(text);
}

export function tokenize(text: string): string[] {
  for (let i = 0; i < RECENT_TEXTS; i++) {
    if (recentTexts[i] === text) return (recentWords[i] as readonly string[]).slice();
  }
  const words = split(text);
  recentTexts[nextRecent] = text;
  recentWords[nextRecent] = words.slice();
  nextRecent = (nextRecent + 1) % RECENT_TEXTS;
  return words;
}

// An answer splits its question's text again in each step that reads it (search, the expansions,
// the typo edits, the decision's coverage, capitals and everyday words): about ten times. The
// last few texts split are remembered, and their words given again (copies of the list, the same
// strings): no regular expression runs again, and each word meets the per-word memories as the
// string they have already hashed. Texts only, so a slot holds no more than a text split lately.
const RECENT_TEXTS = 4;
const recentTexts: string[] = new Array<string>(RECENT_TEXTS).fill('');
const recentWords: (readonly string[])[] = new Array<readonly string[]>(RECENT_TEXTS).fill([]);
let nextRecent = 0;

function split(text: string): string[] {
  if (NEEDS_SEGMENTER.test(text)) {
    const words: string[] = [];
    for (const segment of segmenter.segment(text)) {
      if (segment.isWordLike) words.push(segment.segment);
    }
    return words;
  }
  return text.split(SPACE_OR_PUNCTUATION).filter((word) => word !== '');
}
