// Which reports a conversation may see, from the channels file's rules: a listed channel its
// collections (and the top-level reports, which are in none), anything else the default.

import type { ReportScope } from '../library/reportScope.js';
import type { ChannelRules } from './channelsFile.js';

/** `channel`: a Slack conversation id; undefined where there is none (App Home, a global shortcut, the terminal). */
export function channelScope(rules: ChannelRules, channel: string | undefined): ReportScope {
  const listed = channel === undefined ? undefined : rules.channels.get(channel);
  return collectionsScope(listed ?? rules.fallback);
}

/** `all`, or the reports of these collections (each with those inside it) and the top-level ones. */
export function collectionsScope(collections: 'all' | readonly string[]): ReportScope {
  return collections === 'all' ? 'all' : { collections, topLevel: true };
}
