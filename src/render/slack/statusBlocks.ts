// Renders `/reports status`: what the bot serves, what it cannot, and when the reports last changed.

import type { LibraryStatus } from '../../library/libraryStatus.js';
import { type Block, context, listSections, section, type SlackMessage, slackMessage } from './blocks.js';
import { plural, reportErrorLines } from './reportListBlocks.js';

export function statusMessage(status: LibraryStatus): SlackMessage {
  const summary = `${plural(status.reports, 'report')} and ${plural(status.claims, 'claim')} served`;
  const loading = status.loading ? ` Still loading: ${status.loading.done} of ${status.loading.total} files read.` : '';
  const blocks: Block[] = [
    section(`${status.loading ? ':hourglass_flowing_sand:' : ':white_check_mark:'} *${summary}.*${loading}`),
    context(`Reports last changed <!date^${Math.floor(Date.parse(status.lastReload) / 1000)}^{date_short_pretty} at {time_secs}|${status.lastReload}>. Changes to report files are picked up within seconds.`),
  ];
  if (status.errors.length > 0) {
    blocks.push(section(`:warning: *${plural(status.errors.length, 'file')} with problems:*`), ...listSections(reportErrorLines(status.errors), 20));
  } else {
    blocks.push(context('Every report file loads cleanly.'));
  }
  return slackMessage(summary, blocks);
}
