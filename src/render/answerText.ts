// Renders an Answer as plain text for a terminal.

import type { Evidence, ReportIssue } from '../reports/model.js';
import type { Answer, AnswerItem } from '../answer/answer.js';

export function answerText(answer: Answer, limit: number): string {
  const lines: string[] = [];
  for (const problem of answer.problems) lines.push(`Note: ${problem.replace(/`/g, '')}`);
  if (answer.problems.length > 0) lines.push('');

  const shown = answer.items.slice(0, limit);
  if (shown.length === 0) {
    lines.push(`Nothing in the reports matches "${answer.question}".`);
    lines.push(...suggestionLines(answer));
  } else {
    const more = answer.items.length > shown.length ? ` (of ${answer.items.length}; --limit shows more)` : '';
    lines.push(`${shown.length} claim${shown.length === 1 ? '' : 's'} for "${answer.question}"${more}:`, '');
    shown.forEach((item, i) => lines.push(...itemLines(item, i + 1), ''));
  }
  if (answer.errors.length > 0) lines.push(...errorLines(answer.errors));
  return `${lines.join('\n').trimEnd()}\n`;
}

function itemLines({ claim, report }: AnswerItem, rank: number): string[] {
  const lines = [`${rank}. ${claim.text}`];
  const where = [claim.perspective, `${report.topic} (${report.id}${report.date ? `, ${report.date}` : ''})`];
  lines.push(`   ${where.filter(Boolean).join(' · ')}`);
  if (claim.evidence.length === 0) lines.push('   (no evidence given in the report)');
  for (const evidence of claim.evidence) lines.push(...evidenceLines(evidence));
  return lines;
}

function evidenceLines(evidence: Evidence): string[] {
  const lines: string[] = [];
  if (evidence.quote !== undefined) lines.push(`   > "${evidence.quote}"`);
  if (evidence.finding !== undefined) lines.push(`   > Key finding: ${evidence.finding}`);
  lines.push(`     — ${citation(evidence)}`);
  return lines;
}

export function citation(evidence: Evidence): string {
  const ref = evidence.reference;
  if (!ref) return evidence.source || '(source not named)';
  return `[${ref.n}] ${ref.title}${ref.url ? ` <${ref.url}>` : ''}`;
}

function suggestionLines(answer: Answer): string[] {
  const s = answer.suggestions;
  if (!s) return [];
  const lines: string[] = [];
  if (s.words.length > 0) lines.push(`Did you mean: ${s.words.join(', ')}?`);
  if (s.perspectives.length > 0) lines.push(`Perspectives: ${s.perspectives.join(', ')}`);
  if (s.reports.length > 0) {
    lines.push('Reports:');
    for (const r of s.reports) lines.push(`  ${r.id}: ${r.topic}`);
  }
  lines.push('Try other words, fewer words, or a filter such as report:<id> or perspective:<word>.');
  return lines;
}

export function errorLines(errors: ReportIssue[]): string[] {
  return [
    `${errors.length} report file${errors.length === 1 ? ' is' : 's are'} not served:`,
    ...errors.map((e) => `  ${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.reason}`),
  ];
}
