// Renders the App Home tab: the reports being served with their counts, how to ask, and the
// files that could not be loaded.

import type { types } from '@slack/bolt';
import type { Report, ReportIssue } from '../../reports/model.js';
import { type Block, context, divider, listSections, MAX_VIEW_BLOCKS, section } from './blocks.js';
import { HOW_TO_ASK } from './helpBlocks.js';
import { plural, reportErrorLines, reportLines } from './reportListBlocks.js';

export function appHomeView(reports: Report[], errors: ReportIssue[], claimCount: number): types.HomeView {
  const blocks: Block[] = [
    section(`*Research reports*\n${plural(reports.length, 'report')} and ${plural(claimCount, 'claim')} to ask about.`),
    section(`*How to ask*\n${HOW_TO_ASK}`),
    context('e.g. `/reports do heat pumps work in the cold?` · `/reports help` for the question syntax'),
    divider(),
  ];
  blocks.push(...(reports.length > 0 ? listSections(reportLines(reports), 40) : [section('No reports are loaded.')]));
  if (errors.length > 0) {
    blocks.push(divider(), section(`:warning: *${plural(errors.length, 'file')} could not be loaded:*`));
    blocks.push(...listSections(reportErrorLines(errors), MAX_VIEW_BLOCKS - blocks.length - 1));
  }
  return { type: 'home', blocks };
}
