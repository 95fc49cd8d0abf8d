// Rich text blocks for what is quoted verbatim: claims, quotes and findings, and the sources they
// cite. Rich text elements are structured, not parsed: a text element is shown exactly as given,
// so report text needs no escaping (`&`, `<`, `>` stay as written; `*`, `_` and `~` cannot turn
// into formatting; a mention or a link can only be its own element, never hidden in text).

import type { types } from '@slack/bolt';
import { escapeMrkdwn, mrkdwnLink } from './escapeMrkdwn.js';

export type RichTextBlock = types.RichTextBlock;
type RichTextPart = types.RichTextBlockElement;
type Inline = types.RichTextElement;

export interface Style {
  bold?: boolean;
  italic?: boolean;
}

/** Slack refuses empty text elements and empty parts: they are left out. */
export function richText(...parts: RichTextPart[]): RichTextBlock {
  return { type: 'rich_text', elements: parts.filter((part) => !('elements' in part) || part.elements.length > 0) };
}

/** A paragraph. */
export function paragraph(...inline: Inline[]): RichTextPart {
  return { type: 'rich_text_section', elements: inline.filter(notEmpty) };
}

/** A block quote, shown with Slack's quote bar. */
export function quote(...inline: Inline[]): RichTextPart {
  return { type: 'rich_text_quote', elements: inline.filter(notEmpty) };
}

function notEmpty(inline: Inline): boolean {
  return inline.type !== 'text' || inline.text !== '';
}

export function text(value: string, style?: Style): Inline {
  return style ? { type: 'text', text: value, style } : { type: 'text', text: value };
}

/**
 * A link to `href`, a URL safeLinkUrl gave (parsing it again gives it back: answers link each
 * source once, parsed once); null: the label as text.
 */
export function link(href: string | null, label: string): Inline {
  return href ? { type: 'link', url: href, text: label } : text(label);
}

/** The block as mrkdwn (escaped, quotes as `> ` lines), for the plain-text fallback. */
export function richTextMrkdwn(block: RichTextBlock): string {
  return block.elements
    .map((part) => {
      const line = ('elements' in part ? (part.elements as Inline[]) : []).map(inlineMrkdwn).join('');
      return part.type === 'rich_text_quote' ? line.split('\n').map((l) => `> ${l}`).join('\n') : line;
    })
    .join('\n');
}

function inlineMrkdwn(inline: Inline): string {
  if (inline.type === 'link') return mrkdwnLink(inline.url, escapeMrkdwn(inline.text ?? inline.url));
  if (inline.type !== 'text') return '';
  const escaped = escapeMrkdwn(inline.text);
  const marker = inline.style?.bold ? '*' : inline.style?.italic ? '_' : '';
  // mrkdwn emphasis must hug its text: "*1.* ", not "*1. *".
  if (!marker || !escaped.trim()) return escaped;
  // Cut by trim lengths (the same whitespace as \s), not /^(\s*)(.*?)(\s*)$/s: that retried a long run.
  const start = escaped.length - escaped.trimStart().length;
  const end = escaped.trimEnd().length;
  return `${escaped.slice(0, start)}${marker}${escaped.slice(start, end)}${marker}${escaped.slice(end)}`;
}
