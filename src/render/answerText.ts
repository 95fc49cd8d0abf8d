// Renders an Answer as plain text for a terminal: the count in words, then the claims grouped
// under their report (named once, by a short title), each with its perspective, quotes and
// sources; or, when nothing matches, why and what to try; or, to chat, what the bot does
// (chatReply.ts). Wrapped to `width` (0: not wrapped).

import type { Evidence, ReportIssue } from '../reports/model.js';
import type { Answer, AnswerItem, Suggestions } from '../answer/answer.js';
import { CHAT_REPLY, chatCommands } from './chatReply.js';
import { reportTitle } from './reportTitle.js';
import { wrapText } from './wrapText.js';
import { evidenceFlags } from '../reports/evidenceFlags.js';
import { evidenceFlagsText } from './evidenceFlagsText.js';

/** Perspectives and reports listed when nothing matches; the rest are counted. */
export const SUGGESTIONS_SHOWN = 5;

export function answerText(answer: Answer, limit: number, width = 0): string {
  const lines: string[] = [];
  // A greeting, small talk or a request no report meets is answered as chat, as in Slack: what the
  // bot does, not "nothing matches" (nor notes on it: questionNotes).
  const problems = questionNotes(answer);
  for (const hint of problems) lines.push(`Note: ${plainHint(hint)}`);
  if (problems.length > 0) lines.push('');

  const shown = answer.items.slice(0, limit);
  if (answer.reportCount === 0) {
    lines.push('No reports are being served: the reports folder is empty, or none of its files could be read.');
  } else if (answer.chat) {
    lines.push(CHAT_REPLY, ...(answer.suggestions ? suggestionLines(answer.suggestions) : []), '', chatCommands((words) => `npm run ask -- ${words}`));
  } else if (shown.length === 0 && answer.related.length > 0) {
    lines.push(`The reports don't answer "${answer.question}".`, '', 'Related claims (they do not answer the question):');
    lines.push(...claimLines(answer.related), '');
  } else if (shown.length === 0) {
    lines.push(`Nothing in the reports matches "${answer.question}".`);
    if (answer.suggestions) lines.push(...suggestionLines(answer.suggestions), '', 'Try other words, fewer words, or a filter such as report:<id> or perspective:<word>.');
  } else {
    lines.push(`${countInWords(shown.length, answer.total)} for "${answer.question}"${moreHint(shown.length, answer)}:`);
    lines.push(...claimLines(shown), '');
  }
  if (answer.errors.length > 0) lines.push('', ...errorLines(answer.errors));
  return `${wrapText(lines.join('\n').trim(), width)}\n`;
}

/** Claims numbered from 1, each report named once for a run of its claims. */
function claimLines(items: AnswerItem[]): string[] {
  const lines: string[] = [];
  items.forEach((item, i) => {
    if (item.report.id !== items[i - 1]?.report.id) lines.push('', ...reportLines(item));
    lines.push('', ...itemLines(item, i + 1));
  });
  return lines;
}

/** "3 claims", "5 of 24 claims": how many are shown of how many match, as a person says it. */
export function countInWords(shown: number, total: number): string {
  return shown >= total ? plural(shown, 'claim') : `${shown} of ${plural(total, 'claim')}`;
}

function moreHint(shown: number, answer: Answer): string {
  if (shown >= answer.total) return '';
  const kept = answer.items.length;
  return kept >= answer.total ? ` (--limit ${kept} shows all)` : ` (--limit ${kept} shows more)`;
}

/** The report a group of claims comes from, once: its short title, then its id and date. */
function reportLines({ report }: AnswerItem): string[] {
  const facts = [report.id, report.date.slice(0, 10)].filter(Boolean).join(', ');
  return [`Report: ${reportTitle(report.topic) || report.id}`, `        ${facts}`];
}

function itemLines({ claim }: AnswerItem, rank: number): string[] {
  const lines = [`${rank}. ${claim.text}`];
  if (claim.perspective) lines.push(`   ${claim.perspective}`);
  for (const evidence of claim.evidence) lines.push(...evidenceLines(evidence));
  const flags = evidenceFlagsText(evidenceFlags(claim));
  if (flags) lines.push(`   (${flags})`);
  return lines;
}

function evidenceLines(evidence: Evidence): string[] {
  const lines: string[] = [];
  if (evidence.quote !== undefined) lines.push(...quoteLines(`"${evidence.quote}"`));
  if (evidence.finding !== undefined) lines.push(...quoteLines(`Key finding: ${evidence.finding}`));
  lines.push(`     — ${citation(evidence)}`);
  return lines;
}

function quoteLines(text: string): string[] {
  return text.split('\n').map((line) => `   > ${line}`);
}

export function citation(evidence: Evidence): string {
  const ref = evidence.reference;
  if (!ref) return evidence.source || '(source not named)';
  return `[${ref.n}] ${ref.title}${ref.url ? ` <${ref.url}>` : ''}`;
}

/** Why nothing matched, words close to the question's, and the perspectives and reports there are. */
function suggestionLines(s: Suggestions): string[] {
  const lines = s.why.map(plainHint);
  if (s.words.length > 0) lines.push(`Did you mean: ${s.words.join(', ')}?`);
  if (s.perspectives.length > 0) lines.push('', `Perspectives: ${firstFew(s.perspectives.map(perspectiveName)).join(', ')}`);
  if (s.reports.length > 0) {
    const more = s.reports.length - SUGGESTIONS_SHOWN;
    lines.push('Reports:', ...s.reports.slice(0, SUGGESTIONS_SHOWN).map((r) => `  - ${r.id}: ${reportTitle(r.topic)}`));
    if (more > 0) lines.push(`  and ${more} more (npm run ask -- list)`);
  }
  return lines;
}

/** The first few values, then "and N more". */
function firstFew(values: string[]): string[] {
  const more = values.length - SUGGESTIONS_SHOWN;
  return more > 0 ? [...values.slice(0, SUGGESTIONS_SHOWN), `and ${more} more`] : values;
}

/** A perspective in a list: "Cost and Access", not "Cost and Access Perspective" every time. */
export function perspectiveName(perspective: string): string {
  // The lookbehind tries a whitespace run only from its start: linear on a long run.
  return perspective.replace(/(?<!\s)\s+perspective$/i, '') || perspective;
}

/**
 * The notes on the question an answer gives with it (its problems): none on chat, a question the
 * person did not ask ("Ask a question, e.g.…"), in text, in --json's hints and its stderr notes
 * alike (answerJson.ts answerHints), as Slack's chat reply has none.
 */
export function questionNotes(answer: Answer): string[] {
  return answer.chat ? [] : answer.problems;
}

/** Hints mark filters and values as `code` for Slack; a terminal shows them bare. */
export function plainHint(hint: string): string {
  return hint.replace(/`/g, '');
}

export function errorLines(errors: ReportIssue[]): string[] {
  return [
    `${errors.length} report file${errors.length === 1 ? ' is' : 's are'} not served:`,
    ...errors.map((e) => `  ${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.reason}`),
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
