// Which message events are a person writing (to the bot or in a thread it is part of): not a bot
// (this one included), not an edit, deletion, join or other change. A reply also sent to the
// channel, or posted with a file, is still what the person wrote.

const WRITTEN_BY_A_PERSON = new Set([undefined, 'thread_broadcast', 'file_share']);

export interface PersonMessage {
  channel: string;
  channelType?: string;
  user: string;
  text: string;
  ts: string;
  /** The parent's ts when the message is in a thread (equal to ts for the parent itself). */
  threadTs?: string;
}

/** The message as a person wrote it, or undefined for everything that is not a person writing. */
export function personMessage(message: unknown, botUserId: string | undefined): PersonMessage | undefined {
  // Bolt types message events as a union of every subtype; the fields read here are common to those kept.
  const m = message as {
    subtype?: string; bot_id?: string; user?: unknown; text?: unknown; ts?: unknown; thread_ts?: unknown; channel?: unknown; channel_type?: string;
  };
  if (!WRITTEN_BY_A_PERSON.has(m.subtype) || m.bot_id !== undefined) return undefined;
  if (typeof m.user !== 'string' || m.user === botUserId || typeof m.channel !== 'string' || typeof m.ts !== 'string') return undefined;
  // A file posted without a word is nothing to answer.
  if (m.subtype === 'file_share' && (typeof m.text !== 'string' || m.text.trim() === '')) return undefined;
  return {
    channel: m.channel,
    ...(m.channel_type !== undefined ? { channelType: m.channel_type } : {}),
    user: m.user,
    text: typeof m.text === 'string' ? m.text : '',
    ts: m.ts,
    ...(typeof m.thread_ts === 'string' ? { threadTs: m.thread_ts } : {}),
  };
}

/** The thread a message replies in, or undefined for a message that is no reply (a parent included). */
export function repliesIn(message: PersonMessage): string | undefined {
  return message.threadTs !== undefined && message.threadTs !== message.ts ? message.threadTs : undefined;
}
