import { describe, expect, it } from 'vitest';
import { hasWords, plainText } from '../../src/slack/slackText.js';

describe('plainText', () => {
  it('shows Slack markup as Slack shows it, and unescapes &, < and >', () => {
    expect(plainText('<@U123|ann> and <@U456> in <#C1|general>: <https://x.org/a|the study> &lt;3 &amp; <https://x.org/b>')).toBe(
      '@ann and  in #general: the study <3 & https://x.org/b',
    );
    expect(plainText('<!here> <!channel> <!date^1700000000^{date}|Nov 14>')).toBe('@here @channel Nov 14');
  });
});

describe('hasWords', () => {
  it('is false for text with no letter or digit', () => {
    expect(hasWords('')).toBe(false);
    expect(hasWords(' 👍 !!! ')).toBe(false);
    expect(hasWords('ok')).toBe(true);
    expect(hasWords('42')).toBe(true);
  });
});
