// "Check against the reports": what the reports say that bears on a statement someone made (a
// Slack message, say). The statement is searched as plain words, never as question syntax: its
// quotation marks are not phrase filters and a "word:" in it is not a filter. The answer is the
// reports' own claims; nothing here judges the statement.

import { answerWhenLoaded, type Reply, type RequestContext, rateLimited } from './handleRequest.js';

// A word with a letter, then a colon ("note:", "3d:"): its colon goes. Matched from the word's
// start, through no letter up to its first (one way only to read it), so a long run of word
// characters with no colon is read once, not once from each of its letters (time growing with
// the square of its length: a long pasted statement blocked the bot).
const FILTER_COLON = /(?<![\w-])([\d_-]*[A-Za-z][\w-]*):/g;

/** The statement as words to search: quotes and filter colons taken out. Idempotent. */
export function statementQuestion(statement: string): string {
  return statement.replace(/["“”]/g, ' ').replace(FILTER_COLON, '$1 ').replace(/\s+/g, ' ').trim();
}

/** The claims that bear on `statement`, or the rate-limit reply; `user` is who asked for the check. */
export async function checkStatement(context: RequestContext, user: string, statement: string): Promise<Reply> {
  return (await rateLimited(context, user)) ?? (await answerWhenLoaded(context, statementQuestion(statement)));
}
