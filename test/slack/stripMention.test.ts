import { describe, expect, it } from 'vitest';
import { stripMention } from '../../src/slack/stripMention.js';

describe('stripMention', () => {
  it("removes the bot's own mention wherever it is, and no one else's", () => {
    expect(stripMention('<@UBOT> heat <@UBOT|reports> pumps <@UOTHER>', 'UBOT')).toBe('heat pumps <@UOTHER>');
  });
});
