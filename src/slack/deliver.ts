// Sends a rendered message to Slack by one route (a channel or thread, or a response_url). If
// Slack rejects the blocks, the same message goes again as plain text: never silence.

import type { AllMiddlewareArgs, Logger, RespondArguments, RespondFn } from '@slack/bolt';
import type { Block, SlackMessage } from '../render/slack/blocks.js';
import type { MessageMetadata } from './answerMetadata.js';

export interface Payload {
  text: string;
  blocks?: Block[];
}

/** One way of sending a message; throws when Slack does not take it. */
export type Route = (payload: Payload) => Promise<void>;

/** Errors that mean "these blocks", not "this request": worth a plain-text retry. */
const BLOCKS_REJECTED = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'too_many_blocks']);

// Unfurling a report's source links would bury the answer under previews.
const NO_UNFURLS = { unfurl_links: false, unfurl_media: false } as const;

export async function deliver(route: Route, message: SlackMessage, logger: Logger): Promise<void> {
  try {
    await route({ text: message.text, blocks: message.blocks });
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === undefined || !BLOCKS_REJECTED.has(code)) throw error;
    logger.warn(`Slack rejected the message blocks (${code}); sending it as plain text instead`);
    await route({ text: message.fallbackText });
  }
}

/**
 * A message in a channel, or in a thread when thread_ts is given; with message metadata when given
 * (an answer's question, read back later by follow-ups in the thread).
 */
export function postRoute(client: AllMiddlewareArgs['client'], channel: string, threadTs?: string, metadata?: MessageMetadata): Route {
  return async (payload) => {
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...payload,
      ...NO_UNFURLS,
      ...(metadata ? { metadata } : {}),
    });
  };
}

/** A message by response_url: ephemeral or in channel, as a new message unless told to replace. */
export function respondRoute(respond: RespondFn, options: Pick<RespondArguments, 'response_type' | 'replace_original'>): Route {
  return async (payload) => {
    await respondOrThrow(respond, { ...options, ...payload, ...NO_UNFURLS });
  };
}

export class SlackResponseError extends Error {
  constructor(readonly code: string) {
    super(`Slack did not take the response: ${code}`);
  }
}

/** response_url answers `{ ok: false, error }` for some failures instead of an HTTP error. */
export async function respondOrThrow(respond: RespondFn, message: RespondArguments): Promise<void> {
  // RespondFn is typed `Promise<any>` by Bolt; it is the HTTP response of the post.
  const response: unknown = await respond(message);
  const data = (response as { data?: unknown } | undefined)?.data;
  if (data !== null && typeof data === 'object' && (data as { ok?: unknown }).ok === false) {
    throw new SlackResponseError(String((data as { error?: unknown }).error ?? 'unknown_error'));
  }
}

/** The Slack error code in a Web API error, an HTTP error from a response_url, or ours. */
export function slackErrorCode(error: unknown): string | undefined {
  if (error instanceof SlackResponseError) return error.code;
  if (error === null || typeof error !== 'object') return undefined;
  const { data, response } = error as { data?: { error?: unknown }; response?: { data?: unknown } };
  if (typeof data?.error === 'string') return data.error;
  const body = response?.data;
  if (typeof body === 'string') return body.trim() || undefined;
  if (body !== null && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') {
    return (body as { error: string }).error;
  }
  return undefined;
}
