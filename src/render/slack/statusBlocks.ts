// Renders `/reports status`: what the bot serves, what it cannot, and when it last read report files.

import type { LibraryStatus } from '../../library/libraryStatus.js';
import { type Block, context, listSections, section, type SlackMessage, slackMessage } from './blocks.js';
import { collectionsText } from '../collectionsText.js';
import { semanticStatusLine } from '../semanticStatusLine.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';
import { plural, reportErrorLines } from './reportListBlocks.js';

export function statusMessage(status: LibraryStatus): SlackMessage {
  const where = status.collections ? ` here, ${escapeMrkdwn(collectionsText(status.collections))}` : '';
  const summary = `${plural(status.reports, 'report')} and ${plural(status.claims, 'claim')} served${where}`;
  const loading = status.loading ? ` Still loading: ${status.loading.done} of ${status.loading.total} files read.` : '';
  const icon = status.folderMissingSince ? ':warning:' : status.loading ? ':hourglass_flowing_sand:' : ':white_check_mark:';
  const blocks: Block[] = [section(`${icon} *${summary}.*${loading}`)];
  if (status.folderMissingSince) {
    blocks.push(
      section(
        `:warning: *The reports folder is missing* (since ${slackDate(status.folderMissingSince)}): these are the reports last read from it. They are served until it is back, and it is read again as soon as it is.`,
      ),
    );
  }
  blocks.push(
    // lastReload is when the bot last read a report file (at start, or when one changed), not when a file was written.
    context(`Reports last read ${slackDate(status.lastReload)}, at start or when a report file changed. Changes are picked up within seconds.`),
  );
  if (status.semantic) {
    blocks.push(context(`${status.semantic.status === 'off' ? ':warning: ' : ''}${escapeMrkdwn(semanticStatusLine(status.semantic))}`));
  }
  if (status.errors.length > 0) {
    blocks.push(section(`:warning: *${plural(status.errors.length, 'file')} with problems:*`), ...listSections(reportErrorLines(status.errors), 20));
  } else if (!status.folderMissingSince) {
    blocks.push(context('Every report file loads cleanly.'));
  }
  return slackMessage(status.folderMissingSince ? `${summary}; the reports folder is missing` : summary, blocks);
}

/** A time Slack shows in the reader's time zone, with the ISO text as the fallback. */
function slackDate(iso: string): string {
  return `<!date^${Math.floor(Date.parse(iso) / 1000)}^{date_short_pretty} at {time_secs}|${iso}>`;
}
