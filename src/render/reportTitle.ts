// A report's topic as a title people can scan: at most a line, cut at a word boundary with "…".
// Research tools often cut the topic off mid-word ("…for adopting them in hea"); such a topic
// loses its last, maybe partial, word.

import { AUXILIARY_VERBS_ONLY, oneOf } from '../search/auxiliaryVerbs.js';

/** Longest title, in characters; a line in a terminal or in Slack's small context text. */
export const MAX_TITLE_LENGTH = 80;

/** Ends as a finished sentence or title does. */
const FINISHED = /[.?!)\]"'”’…]$/u;
/**
 * Topics written as questions: a long one that does not end with "?" was cut off. Any auxiliary
 * opens one but those that open a title as another word too ("May 2024 floods…": auxiliaryVerbs.ts).
 */
const QUESTION_START = new RegExp(String.raw`^(?:what|how|why|which|who|whom|when|where|${oneOf(AUXILIARY_VERBS_ONLY)}|to what)\b`, 'i');
/** Shorter questions without "?" are taken as written ("How heat pumps work"). */
const CUT_QUESTION_LENGTH = 60;
/** Words a title should not end on before "…". */
const DANGLING = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'such', 'than', 'that', 'which', 'their', 'its', 'including', 'into', 'about', 'between']);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function reportTitle(topic: string, max = MAX_TITLE_LENGTH): string {
  const text = topic.replace(/\s+/g, ' ').trim();
  const cutOff = !FINISHED.test(text) && ((QUESTION_START.test(text) && text.length >= CUT_QUESTION_LENGTH) || text.length > max);
  if (!cutOff && text.length <= max) return text;
  const words = text.split(' ');
  if (cutOff && words.length > 1) words.pop();
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length + (kept.length > 0 ? 1 : 0) + word.length;
    if (next > max - 1) break;
    kept.push(word);
    length = next;
  }
  if (kept.length === 0) return `${cutGraphemes(words[0] ?? '', max - 1)}…`;
  while (kept.length > 1 && DANGLING.has((kept.at(-1) as string).toLowerCase().replace(/[^\p{L}]/gu, ''))) kept.pop();
  return `${kept.join(' ').replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, '')}…`;
}

function cutGraphemes(text: string, max: number): string {
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}
