// Renders any Reply (answer/handleRequest.ts) as terminal text: what `npm run ask` prints.

import type { Reply } from '../answer/handleRequest.js';
import type { LibraryStatus } from '../library/libraryStatus.js';
import type { Report } from '../reports/model.js';
import { answerText, errorLines, SUGGESTIONS_SHOWN } from './answerText.js';
import { collectionsText } from './collectionsText.js';
import { reportListText } from './reportListText.js';
import { semanticStatusLine } from './semanticStatusLine.js';
import { wrapText } from './wrapText.js';

export interface TextOptions {
  /** Claims shown. */
  limit: number;
  /** Columns to wrap to; 0 for none. */
  width: number;
  /** What `help` prints. */
  usage: string;
}

export function replyText(reply: Reply, options: TextOptions): string {
  switch (reply.kind) {
    case 'help':
      return options.usage;
    case 'list':
      return reportListText(reply.reports) + (reply.errors.length > 0 ? `\n${errorLines(reply.errors).join('\n')}\n` : '');
    case 'status':
      return wrapped(statusLines(reply.status), options.width);
    case 'show':
      return wrapped(reportLines(reply.report), options.width);
    case 'no-such-report':
      return wrapped([noSuchReport(reply.name, reply.candidates, reply.reportIds)], options.width);
    case 'rate-limited':
      return `Too many questions; try again in ${Math.ceil(reply.retryAfterMs / 1000)} s.\n`;
    case 'answer':
      return answerText(reply.answer, options.limit, options.width);
  }
}

function wrapped(lines: string[], width: number): string {
  return `${wrapText(lines.join('\n').trim(), width)}\n`;
}

/** One report, as `show` gives it: the topic as written, then summary, angles and conclusions. */
function reportLines(report: Report): string[] {
  const facts = [report.id, report.date, `${report.claims.length} claims`];
  if (report.sourcesAnalyzed !== undefined) facts.push(`${report.sourcesAnalyzed} sources analyzed`);
  const lines = [report.topic || report.id, facts.filter(Boolean).join(' · ')];
  if (report.summary) lines.push('', 'Executive summary', ...paragraphs(report.summary));
  if (report.angles.length > 0) lines.push('', 'Research angles', ...report.angles.map((angle) => `  • ${angle}`));
  if (report.conclusions) lines.push('', 'Conclusions', ...paragraphs(report.conclusions));
  lines.push('', `Ask about it: npm run ask -- "report:${report.id} <question>"`);
  return lines;
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).flatMap((paragraph, i) => [...(i > 0 ? [''] : []), `  ${paragraph.replace(/\s*\n\s*/g, ' ')}`]);
}

function statusLines(status: LibraryStatus): string[] {
  const lines = [`${status.reports} reports and ${status.claims} claims served${status.collections ? ` ${collectionsText(status.collections)}` : ''}.`];
  if (status.loading) lines.push(`Still loading: ${status.loading.done} of ${status.loading.total} files read.`);
  lines.push(`Reports last read ${status.lastReload}, at start or when a report file changed.`);
  if (status.semantic) lines.push(semanticStatusLine(status.semantic));
  lines.push(...(status.errors.length > 0 ? ['', ...errorLines(status.errors)] : ['Every report file loads cleanly.']));
  return lines;
}

function noSuchReport(name: string, candidates: string[], reportIds: string[]): string {
  if (name === '') return `Say which report: show <report>, e.g. show ${reportIds[0] ?? 'heat-pumps'}. ${reportIds.length === 0 ? 'No reports are loaded.' : `Reports: ${listed(reportIds)}.`}`;
  if (candidates.length > 1) return `"${name}" matches several reports: ${candidates.join(', ')}. Name one.`;
  if (reportIds.length === 0) return `No report is called "${name}"; no reports are loaded.`;
  return `No report is called "${name}". Reports: ${listed(reportIds)}.`;
}

function listed(reportIds: string[]): string {
  const more = reportIds.length - SUGGESTIONS_SHOWN;
  return `${reportIds.slice(0, SUGGESTIONS_SHOWN).join(', ')}${more > 0 ? `, and ${more} more (npm run ask -- list)` : ''}`;
}
