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
  elements?: Array<{ type: string; text?: TextObject | string; action_id?: string; value?: string; style?: string }>;
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

/** All the texts as one string, for "contains" checks. */
export function allText(message: Record<string, unknown>): string {
  return textsOf(message).join('\n');
}

export function buttonsOf(message: Record<string, unknown>): Button[] {
  return blocksOf(message)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({ action_id: e.action_id ?? '', value: e.value ?? '', text: (e.text as TextObject).text, ...(e.style ? { style: e.style } : {}) }));
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

export function expectWithinSlackLimits(message: Record<string, unknown>): void {
  const blocks = blocksOf(message);
  expect(blocks.length).toBeLessThanOrEqual(50);
  let total = 0;
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
