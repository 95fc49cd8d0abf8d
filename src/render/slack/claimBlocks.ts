// One claim of an answer in Slack: the claim and its evidence verbatim in rich text (quotes and
// findings with Slack's quote bar, each followed by the source it cites, linked when the report
// gives a URL), its perspective as a small note; and, once per report, the report it comes from.

import type { AnswerItem } from '../../answer/answer.js';
import { evidenceFlags } from '../../reports/evidenceFlags.js';
import type { Evidence, Report } from '../../reports/model.js';
import { evidenceFlagsText } from '../evidenceFlagsText.js';
import { reportTitle } from '../reportTitle.js';
import { ACTION_IDS, MAX_BUTTON_VALUE } from './actionValues.js';
import { type Block, context, section, sectionWithButton } from './blocks.js';
import type { TextBudget } from './cutText.js';
import { safeLinkUrl } from './escapeMrkdwn.js';
import { link, paragraph, quote, richText, text } from './richText.js';

/** Evidence items shown per claim; the rest are counted. */
const MAX_EVIDENCE_SHOWN = 3;

/**
 * The report a run of claims comes from: its short title, date and id, with a button that shows
 * the report (summary, angles, conclusions) to whoever clicks, as `/reports show` does. Not in a
 * modal (`withButton` false): a click there has no message to answer in.
 */
export function reportHeaderBlock(report: Report, budget: TextBudget, withButton = true): Block {
  const title = budget.fit(reportTitle(report.topic) || report.id, 120);
  const facts = [report.date ? budget.fit(report.date.slice(0, 10), 20) : '', `\`${budget.fit(report.id, 100)}\``].filter(Boolean);
  const mrkdwn = `:page_facing_up: *${title}*\n${facts.join(' · ')}`;
  if (!withButton || report.id.length > MAX_BUTTON_VALUE) return section(mrkdwn);
  return sectionWithButton(mrkdwn, { text: 'About this report', actionId: ACTION_IDS.showReport, value: report.id });
}

/** `share`: the characters this claim may take of what the message has left. */
export function claimBlocks({ claim }: AnswerItem, rank: number, budget: TextBudget, share: number): Block[] {
  const start = budget.left;
  const blocks: Block[] = [richText(paragraph(text(`${rank}. `, { bold: true }), text(budget.verbatim(claim.text, Math.min(1000, Math.floor(share / 3))))))];
  // What kind of claim, and how well supported (fixed words, nothing to escape), before the evidence.
  const flags = evidenceFlagsText(evidenceFlags(claim));
  const about = [claim.perspective ? `_${budget.fit(claim.perspective, 150)}_` : '', flags].filter(Boolean);
  if (about.length > 0) blocks.push(context(...about));

  const shown = claim.evidence.slice(0, MAX_EVIDENCE_SHOWN);
  const parts = shown.flatMap((evidence, i) => {
    const room = Math.floor((share - (start - budget.left)) / (shown.length - i));
    return evidenceParts(evidence, budget, room);
  });
  if (parts.length > 0) blocks.push(richText(...parts));
  const hidden = claim.evidence.length - MAX_EVIDENCE_SHOWN;
  if (hidden > 0) blocks.push(context(`+${hidden} more source${hidden === 1 ? '' : 's'} in the report.`));
  return blocks;
}

/** A quote or finding in a quote block, then its source: `— [n] title`. */
function evidenceParts(evidence: Evidence, budget: TextBudget, room: number) {
  const cite = citation(evidence, budget);
  const textRoom = Math.max(80, Math.min(1200, room - 40));
  const parts = [];
  if (evidence.quote !== undefined) parts.push(quote(text(budget.verbatim(evidence.quote, textRoom))));
  if (evidence.finding !== undefined) parts.push(quote(text('Key finding: ', { italic: true }), text(budget.verbatim(evidence.finding, textRoom))));
  parts.push(paragraph(...cite));
  return parts;
}

function citation(evidence: Evidence, budget: TextBudget) {
  const ref = evidence.reference;
  if (!ref) return evidence.source ? [text(`— ${budget.verbatim(evidence.source, 200)}`)] : [text('— '), text('source not named', { italic: true })];
  const title = budget.verbatim(ref.title, 200);
  const url = ref.url ? safeLinkUrl(ref.url) : null;
  if (!url) return [text(`— [${ref.n}] ${title}`)];
  budget.spend(url);
  return [text(`— [${ref.n}] `), link(url, title)];
}
