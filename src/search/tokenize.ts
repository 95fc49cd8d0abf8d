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
  if (NEEDS_SEGMENTER.test(text)) {
    const words: string[] = [];
    for (const segment of segmenter.segment(text)) {
      if (segment.isWordLike) words.push(segment.segment);
    }
    return words;
  }
  return text.split(SPACE_OR_PUNCTUATION).filter((word) => word !== '');
}
