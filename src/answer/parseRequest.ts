// What someone asked for, from the text they sent (after /reports, in a mention, a DM or a terminal): help, the list of
// reports, the bot's status, one report, or a question (anything else).

import type { Report } from '../reports/model.js';

export type ReportsRequest =
  | { kind: 'help' }
  | { kind: 'list' }
  | { kind: 'status' }
  | { kind: 'show'; name: string }
  | { kind: 'ask'; question: string };

export function parseRequest(text: string): ReportsRequest {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/);
  const first = words[0]?.toLowerCase();
  if (trimmed === '' || (words.length === 1 && first === 'help')) return { kind: 'help' };
  if (words.length === 1 && first === 'list') return { kind: 'list' };
  if (words.length === 1 && first === 'status') return { kind: 'status' };
  // `show <report>` takes one name; "show me the risks of …" is a question.
  if (words.length === 2 && first === 'show') return { kind: 'show', name: words[1] as string };
  return { kind: 'ask', question: trimmed };
}

/** The report a name means: its exact id, or the only id containing it (any case). */
export function findReport(reports: Report[], name: string): { report?: Report; candidates: string[] } {
  const wanted = name.toLowerCase();
  const exact = reports.find((r) => r.id.toLowerCase() === wanted);
  if (exact) return { report: exact, candidates: [exact.id] };
  const candidates = reports.filter((r) => r.id.toLowerCase().includes(wanted));
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return only ? { report: only, candidates: [only.id] } : { candidates: candidates.map((r) => r.id) };
}
