// Renders one report for `/reports show <report>`: executive summary, research angles and
// conclusions, cut to fit; and the message for a name that matches no report or several.

import type { Report } from '../../reports/model.js';
import { type Block, context, MESSAGE_TEXT_BUDGET, section, type SlackMessage, slackMessage } from './blocks.js';
import { TextBudget } from './cutText.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';
import { plural } from './reportListBlocks.js';

export function reportShowMessage(report: Report): SlackMessage {
  const budget = new TextBudget(MESSAGE_TEXT_BUDGET);
  const topic = budget.fit(report.topic, 300);
  const id = budget.fit(report.id, 100);
  const facts = [`\`${id}\``, report.date ? budget.fit(report.date, 40) : '', plural(report.claims.length, 'claim')];
  if (report.sourcesAnalyzed !== undefined) facts.push(`${plural(report.sourcesAnalyzed, 'source')} analyzed`);
  const blocks: Block[] = [section(`*${topic}*`), context(facts.filter(Boolean).join(' · '))];
  if (report.summary) blocks.push(section(`*Executive summary*\n${budget.fit(report.summary, 2500)}`));
  if (report.angles.length > 0) {
    const angles = report.angles.slice(0, 20).map((a) => `• ${budget.fit(a, 150)}`);
    if (report.angles.length > 20) angles.push(`…and ${report.angles.length - 20} more`);
    blocks.push(section(`*Research angles*\n${angles.join('\n')}`));
  }
  if (report.conclusions) blocks.push(section(`*Conclusions*\n${budget.fit(report.conclusions, Math.min(2500, budget.left - 300))}`));
  if (budget.cut) blocks.push(context('Some long text was cut to fit in Slack (marked …); the report has it in full.'));
  blocks.push(context(escapeMrkdwn(`Ask about it: \`/reports report:${report.id} <question>\``)));
  return slackMessage(`Report: ${topic}`, blocks);
}

/** `show` with a name that is no report (candidates empty) or several (candidates listed). */
export function reportNotFoundMessage(name: string, candidates: string[], allIds: string[]): SlackMessage {
  const wanted = escapeMrkdwn(name);
  const ids = allIds.map((id) => `\`${escapeMrkdwn(id)}\``).join(', ') || 'none loaded';
  const text =
    name === ''
      ? `Say which report: \`show <report>\`, e.g. \`show ${escapeMrkdwn(allIds[0] ?? 'heat-pumps')}\`. Reports: ${ids}.`
      : candidates.length > 1
      ? `\`${wanted}\` matches several reports: ${candidates.map((id) => `\`${escapeMrkdwn(id)}\``).join(', ')}. Name one.`
      : `No report is called \`${wanted}\`. Reports: ${ids}.`;
  return slackMessage(text, [section(text)]);
}
