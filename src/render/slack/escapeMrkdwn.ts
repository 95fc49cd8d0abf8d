// Makes report and user text safe inside Slack mrkdwn: nothing in it can ping @channel, mention a
// user or forge a link. Slack only needs &, < and > escaped (api.slack.com "Escaping text").

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text Slack sent (a message, a command), whose &, < and > come as entities, as the person wrote it. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Longer URLs are shown without a link rather than cut (a cut URL points somewhere else). */
const MAX_LINK_URL = 1000;

/**
 * The URL as it can sit inside `<url|label>`, or null when it should not be linked (not http(s),
 * unparseable, too long). `|`, `<`, `>` and whitespace are percent-encoded so they cannot end the
 * link early or start a label; `&` is escaped as Slack asks.
 */
export function linkableUrl(url: string): string | null {
  return safeLinkUrl(url)?.replace(/&/g, '&amp;') ?? null;
}

/**
 * The URL as a link may point to (rich text `link` elements take it as it is), or null when it
 * should not be linked (not http(s), unparseable, too long). `|`, `<`, `>` and whitespace are
 * percent-encoded.
 */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = parsed.href.replace(/[|<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return href.length > MAX_LINK_URL ? null : href;
}

/** `<url|label>` when the URL can be linked, else the label alone. `label` must already be escaped. */
export function mrkdwnLink(url: string | null | undefined, escapedLabel: string): string {
  const href = url ? linkableUrl(url) : null;
  return href ? `<${href}|${escapedLabel}>` : escapedLabel;
}

/** A user mention, only for well-formed Slack user ids (they come from payloads, but still). */
export function userMention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}
