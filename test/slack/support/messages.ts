// Reading what the bot sent: the mrkdwn texts of a message, its buttons, and checks that it is
// within Slack's limits and carries no markup the bot did not mean.

import { expect } from 'vitest';

interface TextObject {
  type: string;
  text: string;
}

interface AnyBlock {
  type: string;
  text?: TextObject;
  elements?: Array<{ type: string; text?: TextObject | string; action_id?: string; value?: string; elements?: RichInline[]; style?: string }>;
  accessory?: { type: string; action_id?: string; value?: string; text?: TextObject };
}

/** An element of a rich text paragraph or quote. */
interface RichInline {
  type: string;
  text?: string;
  url?: string;
  style?: Record<string, boolean>;
}

export interface Button {
  action_id: string;
  value: string;
  text: string;
  style?: string;
}

export function blocksOf(message: Record<string, unknown>): AnyBlock[] {
  return (message.blocks as AnyBlock[] | undefined) ?? [];
}

/** Every text Slack will render as mrkdwn: the blocks' texts, then the message's own text. */
export function textsOf(message: Record<string, unknown>): string[] {
  const texts: string[] = [];
  for (const block of blocksOf(message)) {
    if (block.text) texts.push(block.text.text);
    if (block.type === 'context') {
      for (const element of block.elements ?? []) if (typeof element.text === 'string') texts.push(element.text);
    }
  }
  if (typeof message.text === 'string') texts.push(message.text);
  return texts;
}

/**
 * What each rich text block shows, as plain text exactly as sent (rich text is not mrkdwn: nothing
 * in it is escaped): one line per paragraph, quotes as `> ` lines, links as their text.
 */
export function richTextsOf(message: Record<string, unknown>): string[] {
  return blocksOf(message)
    .filter((block) => block.type === 'rich_text')
    .map((block) =>
      (block.elements ?? [])
        .map((part) => {
          const line = (part.elements ?? []).map((inline) => inline.text ?? inline.url ?? '').join('');
          return part.type === 'rich_text_quote' ? line.split('\n').map((l) => `> ${l}`).join('\n') : line;
        })
        .join('\n'),
    );
}

/** Every link in the rich text of a message. */
export function richLinksOf(message: Record<string, unknown>): Array<{ url: string; text: string }> {
  return blocksOf(message)
    .filter((block) => block.type === 'rich_text')
    .flatMap((block) => (block.elements ?? []).flatMap((part) => part.elements ?? []))
    .filter((inline) => inline.type === 'link')
    .map((inline) => ({ url: inline.url ?? '', text: inline.text ?? '' }));
}

/** All the texts as one string, for "contains" checks: mrkdwn as sent, then rich text as shown. */
export function allText(message: Record<string, unknown>): string {
  return [...textsOf(message), ...richTextsOf(message)].join('\n');
}

/** The buttons in the actions blocks, in order (not those beside a section: see accessoriesOf). */
export function buttonsOf(message: Record<string, unknown>): Button[] {
  return blocksOf(message)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({ action_id: e.action_id ?? '', value: e.value ?? '', text: (e.text as TextObject).text, ...(e.style ? { style: e.style } : {}) }));
}

/** The buttons beside sections, in order. */
export function accessoriesOf(message: Record<string, unknown>): Button[] {
  return blocksOf(message).flatMap((b) =>
    b.accessory?.type === 'button' ? [{ action_id: b.accessory.action_id ?? '', value: b.accessory.value ?? '', text: b.accessory.text?.text ?? '' }] : [],
  );
}

export function button(message: Record<string, unknown>, actionId: string): Button {
  const found = buttonsOf(message).find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(buttonsOf(message))}`);
  return found;
}

/** How the bot writes a text from a report or a user into mrkdwn. */
export function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// The only markup the bot may send: block quotes, links to http(s) URLs (no |, <, > or spaces
// in the URL) and a mention of a user id from a payload.
const OUR_QUOTE = /^> /gm;
const OUR_LINK = /<https?:\/\/[^|<>\s]+\|[^<>]*>/g;
const OUR_MENTION = /<@[UW][A-Z0-9]+>/g;
const ENTITY = /&(?:amp|lt|gt);/g;

/** Fails if a text has markup the bot did not write: a raw <, >, or a bare &. */
export function expectOnlyOurMarkup(text: string): void {
  const rest = text.replace(OUR_QUOTE, '').replace(OUR_LINK, '').replace(OUR_MENTION, '').replace(ENTITY, '');
  expect(rest, `unexpected markup in: ${text}`).not.toMatch(/[<>&]/);
}

/** Rich text holds only paragraphs and quotes of plain text and web links: no mention, no broadcast. */
export function expectOnlyOurRichText(message: Record<string, unknown>): void {
  for (const block of blocksOf(message).filter((b) => b.type === 'rich_text')) {
    for (const part of block.elements ?? []) {
      expect(['rich_text_section', 'rich_text_quote']).toContain(part.type);
      for (const inline of part.elements ?? []) {
        expect(['text', 'link']).toContain(inline.type);
        if (inline.type === 'link') expect(inline.url).toMatch(/^https?:\/\/[^\s<>|]+$/);
        else expect(inline.text).not.toBe('');
      }
    }
  }
}

export function expectWithinSlackLimits(message: Record<string, unknown>): void {
  const blocks = blocksOf(message);
  expect(blocks.length).toBeLessThanOrEqual(50);
  let total = richTextsOf(message).reduce((n, text) => n + text.length, 0);
  for (const block of blocks) {
    if (block.text) {
      expect(block.text.text.length).toBeLessThanOrEqual(3000);
      total += block.text.text.length;
    }
    for (const element of block.elements ?? []) {
      if (typeof element.value === 'string') expect(element.value.length).toBeLessThanOrEqual(2000);
      if (block.type === 'context' && typeof element.text === 'string') total += element.text.length;
    }
  }
  expect(total).toBeLessThan(10_000);
}

/** The values of Slack's feedback_buttons under a public answer. */
export function feedbackButtonsOf(message: Record<string, unknown>): { positive: string; negative: string } {
  const block = (message.blocks as Array<{ type: string; elements?: Array<Record<string, unknown>> }> | undefined)?.find((b) => b.type === 'context_actions');
  const element = block?.elements?.find((e) => e.type === 'feedback_buttons') as { positive_button: { value: string }; negative_button: { value: string } } | undefined;
  if (!element) throw new Error(`no feedback_buttons in ${JSON.stringify(message.blocks)}`);
  return { positive: element.positive_button.value, negative: element.negative_button.value };
}
