// The heavy question of `--only busy` (measureBusy.ts): Slack's longest message as someone would
// paste it, in the corpus's words, by /reports and as a mention of the bot.

import { BOT_USER_ID } from '../test/slack/support/fakeSlack.js';
import { eventCallback } from '../test/slack/support/signedRequests.js';
import { Random } from './random.js';
import { DOMAINS } from './vocabulary.js';

/** Slack's longest message. */
export const LONGEST_MESSAGE = 40_000;

/** Slack's longest message, pasted text in the corpus's words (each run's the same), different each time. */
export function longQuestion(k: number): string {
  const random = new Random(7000 + k);
  const words: string[] = ['what do the reports say about this?'];
  let length = words[0]!.length;
  while (length < LONGEST_MESSAGE) {
    const domain = random.pick(DOMAINS);
    const phrase = random.pick([...domain.subjects, ...domain.measures, ...domain.settings, ...domain.jargon]);
    words.push(phrase);
    length += phrase.length + 1;
  }
  return words.join(' ').slice(0, LONGEST_MESSAGE);
}

/** A mention of the bot with the long question, text and blocks, as Slack sends it (every character outside ASCII escaped, though the corpus's words have none). */
export function mentionBody(question: string, channel: string, k: number): string {
  const ts = `1700009000.${String(k).padStart(6, '0')}`;
  const text = `<@${BOT_USER_ID}> ${question}`.slice(0, LONGEST_MESSAGE);
  const event = {
    type: 'app_mention',
    user: `UBUSYMENTION${k}`,
    text,
    blocks: [{ type: 'rich_text', block_id: 'b1', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }],
    ts,
    channel,
    event_ts: ts,
  };
  return JSON.stringify(eventCallback(event, `EvBUSY${k}`)).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
