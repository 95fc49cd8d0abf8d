// What someone asked for, from the text they sent (after /reports, in a mention, a DM or a terminal): help, the list of
// reports, the bot's status, one report, or a question (anything else).

import type { Report } from '../reports/model.js';

export type ReportsRequest =
  | { kind: 'help' }
  | { kind: 'list' }
  | { kind: 'status' }
  /** `show <report>`; a name of several words may be a question instead ("show heat pump risks"): see handleRequest. */
  | { kind: 'show'; name: string }
  | { kind: 'ask'; question: string };

/** `list all`, `list reports`: still the list. */
const LIST_ALL = new Set(['all', 'reports', 'everything']);
/** Words after `show` that start a question ("show me…", "show the evidence…"), never a report name. */
const SHOW_QUESTION = new Set(['me', 'us', 'the', 'a', 'an', 'all', 'any', 'some', 'what', 'which', 'how', 'why', 'whether', 'where', 'when', 'who', 'if']);
/** Longer than this after `show`, it is a question. */
const MAX_NAME_WORDS = 6;
// Trailing punctuation, and "please" after spaces or commas at the end. Each starts where its run
// does (the lookbehind): tried from every place inside a long run, each try would read the rest
// of it, and a message of many spaces then a letter blocked the bot for seconds.
const TRAILING_PUNCTUATION = /(?<![\s?!.,])[\s?!.,]+$/;
const TRAILING_PLEASE = /(?<![\s,])[\s,]+please$/i;

export function parseRequest(text: string): ReportsRequest {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/);
  // "status?", "list please", "help!": the commands said politely; "status of heat pumps?" stays a question.
  const command = commandWords(trimmed);
  const first = command[0];
  if (trimmed === '' || (command.length === 1 && first === 'help')) return { kind: 'help' };
  if (first === 'list' && (command.length === 1 || (command.length === 2 && LIST_ALL.has(command[1] as string)))) return { kind: 'list' };
  if (command.length === 1 && first === 'status') return { kind: 'status' };
  // `show` alone asks which report: handleRequest names them.
  if (command.length === 1 && first === 'show') return { kind: 'show', name: '' };
  const second = words[1]?.toLowerCase();
  if (words[0]?.toLowerCase() === 'show' && words.length >= 2 && words.length <= MAX_NAME_WORDS + 1 && !SHOW_QUESTION.has(second as string)) {
    // "show heat-pumps?" names the report as much as "show heat-pumps" does.
    const name = words.slice(1).join(' ').replace(TRAILING_PUNCTUATION, '').replace(TRAILING_PLEASE, '');
    return { kind: 'show', name };
  }
  return { kind: 'ask', question: trimmed };
}

/** The words of `text` lowercased, without trailing punctuation or a "please" before or after. */
function commandWords(text: string): string[] {
  const words = text.toLowerCase().replace(TRAILING_PUNCTUATION, '').split(/[\s,]+/).filter(Boolean);
  if (words.length > 1 && words[0] === 'please') words.shift();
  if (words.length > 1 && words[words.length - 1] === 'please') words.pop();
  return words;
}

/**
 * The report a name means: its exact id, or the only id containing it (any case). A name of
 * several words ("heat pumps") means the reports whose id contains every word.
 */
export function findReport(reports: Report[], name: string): { report?: Report; candidates: string[] } {
  const words = nameWords(name);
  const wanted = words.join('-');
  const exact = reports.find((r) => r.id.toLowerCase() === wanted);
  if (exact) return { report: exact, candidates: [exact.id] };
  const candidates = reports.filter((r) => {
    const id = r.id.toLowerCase();
    return id.includes(wanted) || (words.length > 1 && words.every((word) => id.includes(word)));
  });
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return only ? { report: only, candidates: [only.id] } : { candidates: candidates.map((r) => r.id) };
}

/** The report id a name means exactly (findReport's first test), lowercased. */
export function reportIdName(name: string): string {
  return nameWords(name).join('-');
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s]+/).filter(Boolean);
}
