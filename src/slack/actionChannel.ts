// The conversation a button was clicked in, for the channels file: the message's channel (an
// ephemeral one's too), or none in a modal (opened from a global shortcut: the default applies).

import type { BlockAction } from '@slack/bolt';

export function actionChannel(body: BlockAction): string | undefined {
  if (body.view) return undefined;
  return body.channel?.id ?? body.container?.channel_id;
}
