// The words of a Slack message as a person reads them: Slack's markup (mentions, channel links,
// links, special mentions) turned into what it shows, and &, < and > unescaped.

import { unescapeMrkdwn } from '../render/slack/escapeMrkdwn.js';

/** `<@U123|ann>` → `@ann`, `<#C1|general>` → `#general`, `<https://x|label>` → `label`, `<!here>` → `@here`. */
export function plainText(mrkdwn: string): string {
  const shown = mrkdwn.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar === -1 ? inner : inner.slice(0, bar);
    const label = bar === -1 ? '' : inner.slice(bar + 1);
    if (target.startsWith('@')) return label ? `@${label}` : '';
    if (target.startsWith('#')) return label ? `#${label}` : '';
    if (target.startsWith('!')) return label || `@${target.slice(1).split('^')[0]}`;
    // A link: its label, or the bare URL (its words can still say what it is about).
    return label || target;
  });
  return unescapeMrkdwn(shown).trim();
}

/** Whether a text has anything to search: a letter or a digit. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
