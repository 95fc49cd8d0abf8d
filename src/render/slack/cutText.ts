// Cuts text to Slack's limits without splitting a character: cuts fall on grapheme boundaries
// (Intl.Segmenter), so an emoji, a flag or an accented letter is kept whole or dropped whole.

import { keepShape } from '../../runtime/keptShapes.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';

export const CUT_MARK = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export interface CutResult {
  text: string;
  cut: boolean;
}

/**
 * The longest grapheme prefix of `text` whose measured length, plus the cut mark, fits `max`.
 * `measure` maps text to what it will become (e.g. escaped) character by character, so limits
 * apply to what Slack receives.
 */
function cutGraphemes(text: string, max: number, measure: (g: string) => string): CutResult {
  const whole = measure(text);
  if (whole.length <= max) return { text: whole, cut: false };
  const room = max - CUT_MARK.length;
  if (room <= 0) return { text: '', cut: true };
  // A longer prefix never measures shorter (measuring is character by character, each at least
  // one character), so the longest prefix that fits is found by halving; the cut falls at the
  // start of the grapheme that prefix ends in. Walking the graphemes up to the cut one by one
  // made long texts (an answer's fallback text) the slowest part of rendering.
  let fits = 0;
  let over = Math.min(text.length, room + 1);
  while (over - fits > 1) {
    const middle = (fits + over) >>> 1;
    if (measure(text.slice(0, middle)).length <= room) fits = middle;
    else over = middle;
  }
  const end = graphemes.segment(text).containing(fits)?.index ?? fits;
  return { text: `${measure(text.slice(0, end)).trimEnd()}${CUT_MARK}`, cut: true };
}

function identity(g: string): string {
  return g;
}

/** Escapes `text` for mrkdwn and cuts it so the escaped form is at most `max` characters. */
export function escapeAndCut(text: string, max: number): CutResult {
  return cutGraphemes(text, max, escapeMrkdwn);
}

/** Cuts text (already in its final form) to at most `max` characters. */
export function cutText(text: string, max: number): CutResult {
  return cutGraphemes(text, max, identity);
}

/**
 * Cuts already-escaped mrkdwn, backing off so the cut never leaves half an entity (`&am`) or an
 * unclosed link or mention (`<https://…`).
 */
export function cutMrkdwn(mrkdwn: string, max: number): CutResult {
  const result = cutText(mrkdwn, max);
  if (!result.cut) return result;
  let kept = result.text.slice(0, -CUT_MARK.length);
  const open = kept.lastIndexOf('<');
  if (open > kept.lastIndexOf('>')) kept = kept.slice(0, open);
  const amp = kept.lastIndexOf('&');
  if (amp >= 0 && !kept.slice(amp).includes(';')) kept = kept.slice(0, amp);
  return { text: `${kept.trimEnd()}${CUT_MARK}`, cut: true };
}

/**
 * Shares a total character budget between the texts of one message, so the whole message stays
 * well under Slack's limits. Remembers whether anything was cut, so the message can say so.
 */
export class TextBudget {
  cut = false;

  constructor(private remaining: number) {}

  get left(): number {
    return this.remaining;
  }

  /** `text` escaped for mrkdwn, at most `max` characters and never more than what is left. */
  fit(text: string, max: number): string {
    const result = escapeAndCut(text, Math.max(0, Math.min(max, this.remaining)));
    this.remaining -= result.text.length;
    if (result.cut) this.cut = true;
    return result.text;
  }

  /**
   * `text` as it is (for rich text, which is not parsed as mrkdwn), at most `max` characters and
   * never more than what is left.
   */
  verbatim(text: string, max: number): string {
    const result = cutText(text, Math.max(0, Math.min(max, this.remaining)));
    this.remaining -= result.text.length;
    if (result.cut) this.cut = true;
    return result.text;
  }

  /** Counts text that is already final (our own wording, links) against the budget. */
  spend(text: string): string {
    this.remaining -= text.length;
    return text;
  }
}

// One budget kept for the life of the process, so a full GC keeps its map and the code compiled
// for it (every message's budget is gone by then: src/runtime/keptShapes.ts).
keepShape(new TextBudget(0));
