// The Block Kit pieces our messages are made of, and the message shape the Slack transport sends.
// Every text passed in here is mrkdwn that is already escaped (see escapeMrkdwn).

import type { types } from '@slack/bolt';
import { cutMrkdwn } from './cutText.js';
import { richTextMrkdwn } from './richText.js';

export type Block = types.KnownBlock;

/** Slack's limits (api.slack.com/reference/block-kit): per section text, blocks per message/view. */
export const MAX_SECTION_TEXT = 3000;
export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_VIEW_BLOCKS = 100;
/** Slack rejects messages whose block text nears 12,000 characters (msg_too_long); stay well under. */
export const MESSAGE_TEXT_BUDGET = 9000;
/** Plain-text fallback length, far below the 40,000 Slack truncates at, so it stays readable. */
const MAX_FALLBACK_TEXT = 3500;

export interface SlackMessage {
  /** Notification and accessibility text sent next to the blocks. */
  text: string;
  blocks: Block[];
  /** The whole message as mrkdwn text, sent instead of the blocks if Slack rejects them. */
  fallbackText: string;
}

export function slackMessage(text: string, blocks: Block[]): SlackMessage {
  // The renderers stay well within 50 blocks; this is the backstop, keeping the buttons last.
  const fitted =
    blocks.length <= MAX_MESSAGE_BLOCKS
      ? blocks
      : [...blocks.slice(0, MAX_MESSAGE_BLOCKS - 2), context('Some of this answer was left out to fit in Slack.'), blocks.at(-1) as Block];
  const message = { text: cutMrkdwn(text, MAX_SECTION_TEXT).text, blocks: fitted };
  // Read only when Slack rejects the blocks (deliver.ts), so made then, once. An own enumerable
  // getter, as a getter written in the literal was, but the same function for every message: a
  // literal's getter is a new closure each time, and V8 gave each such message a hidden class of
  // its own in the old generation, which kept the whole message (its blocks, through the
  // closure) alive through young-generation collections (bench/README.md, tenth session).
  return Object.defineProperty(message, 'fallbackText', { get: fallbackTextOfMessage, enumerable: true, configurable: true }) as SlackMessage;
}

/** Each message's fallback text, once made. */
const fallbackTexts = new WeakMap<object, string>();

function fallbackTextOfMessage(this: { blocks: Block[] }): string {
  let fallback = fallbackTexts.get(this);
  if (fallback === undefined) {
    fallback = fallbackTextOf(this.blocks);
    fallbackTexts.set(this, fallback);
  }
  return fallback;
}

export function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(mrkdwn, MAX_SECTION_TEXT).text } };
}

/** A section with a button at its right (Slack's accessory). */
export function sectionWithButton(mrkdwn: string, button: ButtonSpec): Block {
  return { ...section(mrkdwn), accessory: buttonElement(button) } as Block;
}

export function context(...mrkdwn: string[]): Block {
  return { type: 'context', elements: mrkdwn.map((text) => ({ type: 'mrkdwn', text: cutMrkdwn(text, MAX_SECTION_TEXT).text })) };
}

export function divider(): Block {
  return { type: 'divider' };
}

export interface ButtonSpec {
  /** Our own wording only; button text is plain_text and at most 75 characters. */
  text: string;
  actionId: string;
  value: string;
  style?: 'primary' | 'danger';
}

export function actions(blockId: string, buttons: ButtonSpec[]): Block {
  return {
    type: 'actions',
    block_id: blockId,
    elements: buttons.map(buttonElement),
  };
}

function buttonElement(b: ButtonSpec): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: b.text, emoji: true },
    action_id: b.actionId,
    value: b.value,
    ...(b.style ? { style: b.style } : {}),
  };
}

/** The texts of the blocks, one per line, without buttons; what a reader would see. */
export function fallbackTextOf(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'section' && block.text) lines.push(block.text.text);
    if (block.type === 'header') lines.push(`*${block.text.text}*`);
    if (block.type === 'rich_text') lines.push(richTextMrkdwn(block));
    if (block.type === 'context') {
      lines.push(block.elements.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : [])).join(' '));
    }
  }
  return cutMrkdwn(lines.join('\n'), MAX_FALLBACK_TEXT).text;
}

/**
 * Lines packed into as few sections as fit (each under the section limit), at most `maxSections`;
 * what does not fit is counted in a last line rather than dropped silently.
 */
export function listSections(lines: string[], maxSections: number): Block[] {
  const texts: string[] = [];
  let current = '';
  let placed = 0;
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= MAX_SECTION_TEXT - 100) {
      current = next;
    } else {
      if (texts.length + 1 >= maxSections) break;
      if (current) texts.push(current);
      current = line;
    }
    placed += 1;
  }
  if (placed < lines.length) current = `${current}\n…and ${lines.length - placed} more`;
  if (current) texts.push(current);
  return texts.map(section);
}
