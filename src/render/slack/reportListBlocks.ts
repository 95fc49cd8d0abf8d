// Renders the reports being served (`/reports list`) and the files that are not, with reasons.

import type { Report, ReportIssue } from '../../reports/model.js';
import { type Block, context, listSections, section, type SlackMessage, slackMessage } from './blocks.js';
import { escapeAndCut } from './cutText.js';

const fit = (text: string, max: number): string => escapeAndCut(text, max).text;

/** One line per report: topic, id, date and counts. */
export function reportLines(reports: Report[]): string[] {
  return reports.map((r) => {
    const facts = [`\`${fit(r.id, 100)}\``, r.date ? fit(r.date, 40) : '', plural(r.claims.length, 'claim')];
    if (r.sourcesAnalyzed !== undefined) facts.push(plural(r.sourcesAnalyzed, 'source'));
    return `• *${fit(r.topic, 200)}*\n    ${facts.filter(Boolean).join(' · ')}`;
  });
}

/** One line per file that is not served, with its reason (and line when known). */
export function reportErrorLines(errors: ReportIssue[]): string[] {
  return errors.map((e) => `• \`${fit(e.file, 120)}${e.line !== undefined ? `:${e.line}` : ''}\` ${fit(e.reason, 300)}`);
}

export function reportListMessage(reports: Report[], errors: ReportIssue[]): SlackMessage {
  const heading = reports.length === 0 ? 'No reports are loaded.' : `*${plural(reports.length, 'report')}* to ask about:`;
  const blocks: Block[] = [section(heading), ...listSections(reportLines(reports), 20)];
  if (errors.length > 0) {
    blocks.push(section(`:warning: *${plural(errors.length, 'file')} not served:*`), ...listSections(reportErrorLines(errors), 10));
  }
  blocks.push(context('Details of one: `/reports show &lt;report&gt;`. Ask: `/reports &lt;question&gt;`.'));
  return slackMessage(reports.length === 0 ? 'No reports are loaded.' : `${plural(reports.length, 'report')} loaded`, blocks);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
