// "Check against the reports": what the reports say that bears on a statement someone made (a
// Slack message, say). The statement is searched as plain words, never as question syntax: its
// quotation marks are not phrase filters and a "word:" in it is not a filter. The answer is the
// reports' own claims; nothing here judges the statement.

import { answerWhenLoaded, type Reply, type RequestContext, rateLimited } from './handleRequest.js';

/** The statement as words to search: quotes and filter colons taken out. Idempotent. */
export function statementQuestion(statement: string): string {
  return statement.replace(/["“”]/g, ' ').replace(/([A-Za-z][\w-]*):/g, '$1 ').replace(/\s+/g, ' ').trim();
}

/** The claims that bear on `statement`, or the rate-limit reply; `user` is who asked for the check. */
export async function checkStatement(context: RequestContext, user: string, statement: string): Promise<Reply> {
  return (await rateLimited(context, user)) ?? (await answerWhenLoaded(context, statementQuestion(statement)));
}
