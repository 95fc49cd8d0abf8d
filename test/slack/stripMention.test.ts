import { describe, expect, it } from 'vitest';
import { stripMention } from '../../src/slack/stripMention.js';

describe('stripMention', () => {
  it("removes the bot's own mention wherever it is, and no one else's", () => {
    expect(stripMention('<@UBOT> heat <@UBOT|reports> pumps <@UOTHER>', 'UBOT')).toBe('heat pumps <@UOTHER>');
  });

  // As chatQuestion.ts reads Slack's markup: to its ">" before any other "<" (review62).
  it('reads a mention to its ">" before any other "<": an unclosed one is text', () => {
    expect(stripMention('<@UBOT|x heat <@UBOT> pumps?', 'UBOT')).toBe('<@UBOT|x heat pumps?');
  });
});
