// A request answered privately to the person who made it, by its response_url (a slash command, a
// message shortcut, a button under an answer): the work done in its turn, and on failure the
// apology the same private way, or, if that way is closed too, in a direct message.

import type { AllMiddlewareArgs, RespondArguments, RespondFn } from '@slack/bolt';
import type { AnswerTurns } from './answerTurns.js';
import { doOrApologize, inDirectMessage } from './apologize.js';
import { respondRoute, type Route } from './deliver.js';

export interface PrivateRequest {
  respond: RespondFn;
  client: AllMiddlewareArgs['client'];
  logger: AllMiddlewareArgs['logger'];
}

/** A private reply to a command or a shortcut. */
export const PRIVATE_REPLY = { response_type: 'ephemeral' } as const;

/** A private reply to a click, as a new message: the message clicked on stays as it is. */
export const PRIVATE_REPLY_BESIDE = { response_type: 'ephemeral', replace_original: false } as const;

/**
 * Runs `work` (by doOrApologize), giving it the private way back to `user`. `what` names the work
 * in the log ("Failed to <what>").
 */
export async function answerPrivately(
  turns: AnswerTurns,
  { respond, client, logger }: PrivateRequest,
  user: string,
  what: string,
  work: (privately: Route) => Promise<void>,
  reply: Pick<RespondArguments, 'response_type' | 'replace_original'> = PRIVATE_REPLY,
): Promise<void> {
  const privately = respondRoute(respond, reply);
  await doOrApologize(turns, logger, what, () => work(privately), (text) => privately({ text }), inDirectMessage(client, user));
}
