// What an answer with no claims says in Slack: why (which filter left none), words close to the
// question's, and the perspectives and reports there are: the 5 closest to the question, then how
// many more. Titles are shortened on purpose here, so nothing reads as "cut to fit".

import type { Suggestions } from '../../answer/answer.js';
import { perspectiveName, SUGGESTIONS_SHOWN } from '../answerText.js';
import { reportTitle } from '../reportTitle.js';
import { type Block, context, section } from './blocks.js';
import type { TextBudget } from './cutText.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';

/** Why nothing matched and what there is (suggestionBlocks), then what to try: other words, a filter. */
export function noMatchBlocks(s: Suggestions | undefined, budget: TextBudget): Block[] {
  const blocks = suggestionBlocks(s, budget);
  if (s) blocks.push(context(escapeMrkdwn('Try other words, fewer words, or a filter: `report:<id>`, `perspective:<word>`, `since:YYYY-MM-DD`.')));
  return blocks;
}

/** Why nothing matched, words close to the question's, and the perspectives and reports there are. */
export function suggestionBlocks(s: Suggestions | undefined, budget: TextBudget): Block[] {
  const blocks: Block[] = [];
  if (!s) return blocks;
  const why = s.why.map((line) => budget.fit(line, 400));
  if (s.words.length > 0) why.push(`Did you mean ${s.words.slice(0, SUGGESTIONS_SHOWN).map((w) => `*${budget.fit(w, 60)}*`).join(', ')}?`);
  if (why.length > 0) blocks.push(section(why.join('\n')));

  const lists: string[] = [];
  if (s.perspectives.length > 0) {
    const names = s.perspectives.slice(0, SUGGESTIONS_SHOWN).map((p) => budget.fit(perspectiveName(p), 80));
    lists.push(`*Perspectives:* ${names.join(', ')}${andMore(s.perspectives.length)}`);
  }
  if (s.reports.length > 0) {
    const lines = s.reports.slice(0, SUGGESTIONS_SHOWN).map((r) => `• \`${budget.fit(r.id, 80)}\` ${budget.fit(reportTitle(r.topic), 100)}`);
    const more = s.reports.length - SUGGESTIONS_SHOWN;
    if (more > 0) lines.push(`…and ${more} more: \`/reports list\``);
    lists.push(`*Reports:*\n${lines.join('\n')}`);
  }
  if (lists.length > 0) blocks.push(section(lists.join('\n')));
  return blocks;
}

function andMore(count: number): string {
  const more = count - SUGGESTIONS_SHOWN;
  return more > 0 ? ` and ${more} more` : '';
}
