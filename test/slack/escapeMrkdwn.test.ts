import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, linkableUrl, mrkdwnLink, userMention } from '../../src/render/slack/escapeMrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > so nothing becomes a mention, a ping or a link', () => {
    expect(escapeMrkdwn('<!channel> <@U1> <https://x|y> & &amp;')).toBe('&lt;!channel&gt; &lt;@U1&gt; &lt;https://x|y&gt; &amp; &amp;amp;');
  });
});

describe('mrkdwnLink', () => {
  it('links http(s) URLs, percent-encoding what would end the link or start a label', () => {
    expect(mrkdwnLink('https://example.com/a|b?x=<1>&y=2 3', 'title')).toBe('<https://example.com/a%7Cb?x=%3C1%3E&amp;y=2%203|title>');
  });

  it('shows only the label for other schemes, unparseable or over-long URLs', () => {
    for (const url of ['javascript:alert(1)', 'mailto:a@b.c', 'not a url', `https://example.com/${'a'.repeat(2000)}`, null]) {
      expect(mrkdwnLink(url, 'title')).toBe('title');
    }
    expect(linkableUrl('ftp://example.com/file')).toBeNull();
  });
});

describe('userMention', () => {
  it('mentions only well-formed user ids', () => {
    expect(userMention('U0123ABC')).toBe('<@U0123ABC>');
    expect(userMention('U1> <!channel')).toBe('U1&gt; &lt;!channel');
  });
});
