import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, linkableUrl, mrkdwnLink, safeLinkUrl, userMention } from '../../src/render/slack/escapeMrkdwn.js';

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

describe('safeLinkUrl', () => {
  it('gives back what it gave, so a link is made from its URL without parsing it twice (claimBlocks.ts)', () => {
    const urls = [
      'https://example.com/a|b?x=<1>&y=2 3',
      ' HTTPS://Example.COM:443/./a/../b/%7e?q=a b#frag|x ',
      'http://例え.jp/パス?キー=値',
      'https://user:pa ss@example.com/[x]{y}`z`"q"\'r\'^',
      'https://example.com/%zz/%7C/%3c',
      'http://[::1]:8080/a\\b',
      'https://example.com/a\tb\nc',
    ];
    for (const url of urls) {
      const href = safeLinkUrl(url);
      expect(href).not.toBeNull();
      expect(safeLinkUrl(href as string)).toBe(href);
    }
  });
});

describe('userMention', () => {
  it('mentions only well-formed user ids', () => {
    expect(userMention('U0123ABC')).toBe('<@U0123ABC>');
    expect(userMention('U1> <!channel')).toBe('U1&gt; &lt;!channel');
  });
});
