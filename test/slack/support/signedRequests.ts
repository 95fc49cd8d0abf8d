// Requests as Slack sends them to a bot in HTTP mode: signed with the signing secret (v0,
// HMAC-SHA256 of `v0:{timestamp}:{raw body}`), slash commands and interactions as forms.

import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

export interface SlackReply {
  status: number;
  body: string;
}

export interface SendOptions {
  /** Extra headers, e.g. x-slack-retry-num. */
  headers?: Record<string, string>;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** Unix seconds to sign and send; now by default. */
  timestamp?: number;
}

export function sign(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export class SlackSender {
  constructor(private readonly eventsUrl: string) {}

  async send(rawBody: string, contentType: string, options: SendOptions = {}): Promise<SlackReply> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(this.eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(options.secret ?? SIGNING_SECRET, timestamp, rawBody),
        ...options.headers,
      },
      body: rawBody,
    });
    return { status: response.status, body: await response.text() };
  }

  /** `/reports <text>`, as a form; its response_url is `responseUrl`. */
  command(text: string, responseUrl: string, options: SendOptions & { user?: string; channel?: string } = {}): Promise<SlackReply> {
    return this.send(new URLSearchParams(commandPayload(text, responseUrl, options)).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** An Events API callback around `event`. */
  event(event: Record<string, unknown>, eventId: string, options: SendOptions = {}): Promise<SlackReply> {
    return this.send(JSON.stringify(eventCallback(event, eventId)), 'application/json', options);
  }

  /** An interaction (a button click), as `payload=<json>` in a form. */
  action(payload: Record<string, unknown>, options: SendOptions = {}): Promise<SlackReply> {
    return this.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
  }
}

/** `/reports <text>` as Slack posts it to /slack/events, signed now: the body and headers to send as they are (the benches' open loops). */
export function signedCommand(text: string, responseUrl: string, options: { user?: string; channel?: string } = {}): { path: string; body: string; headers: Record<string, string> } {
  const body = new URLSearchParams(commandPayload(text, responseUrl, options)).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    path: '/slack/events',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(SIGNING_SECRET, timestamp, body) },
  };
}

/** `/reports <text>` signed now (signedCommand), as raw HTTP/1.1 for a kept-alive connection: written whole at once, it is read in one pass. */
export function rawCommandRequest(text: string, responseUrl: string, options: { user?: string; channel?: string } = {}): string {
  const { path, body, headers } = signedCommand(text, responseUrl, options);
  const lines = [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: keep-alive', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), `Content-Length: ${Buffer.byteLength(body)}`];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

export function commandPayload(text: string, responseUrl: string, options: { user?: string; channel?: string } = {}): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    team_domain: 'test',
    channel_id: options.channel ?? 'C0000CHAN',
    channel_name: 'research',
    user_id: options.user ?? 'U0000ASKER',
    user_name: 'asker',
    command: '/reports',
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

export function eventCallback(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ team_id: 'T0001', user_id: 'UBOT00001', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** A click on one of the bot's buttons, in an ephemeral message unless told otherwise. */
let clicks = 0;
/** Each click has its own action_ts, as in Slack; a test redelivering a click passes the same one. */
function nextActionTs(): string {
  clicks += 1;
  return `1700000001.${String(clicks).padStart(6, '0')}`;
}

export interface ClickOptions {
  user?: string;
  channel?: string;
  ephemeral?: boolean;
  actionTs?: string;
  triggerId?: string;
}

export function buttonClick(button: { action_id: string; value: string }, responseUrl: string, options: ClickOptions = {}): Record<string, unknown> {
  const channel = options.channel ?? 'C0000CHAN';
  return {
    type: 'block_actions',
    user: { id: options.user ?? 'U0000ASKER', username: 'asker', name: 'asker', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: options.ephemeral ?? true },
    trigger_id: options.triggerId ?? '1.2.3',
    team: { id: 'T0001', domain: 'test' },
    channel: { id: channel, name: 'research' },
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'answer_actions', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: options.actionTs ?? nextActionTs() }],
  };
}

/** A click on one of Slack's feedback_buttons (under a public answer): its value says which. */
export function feedbackButtonsClick(value: string, responseUrl: string, options: ClickOptions = {}): Record<string, unknown> {
  const click = buttonClick({ action_id: 'answer_feedback', value }, responseUrl, { ephemeral: false, ...options });
  const [action] = click.actions as Array<Record<string, unknown>>;
  return { ...click, actions: [{ ...action, type: 'feedback_buttons', block_id: 'answer_feedback' }] };
}

/** "Check against the reports" (or another message shortcut) used on `message` in `channel`. */
export function messageShortcut(
  message: Record<string, unknown> & { ts: string },
  responseUrl: string,
  options: { user?: string; channel?: string; callbackId?: string } = {},
): Record<string, unknown> {
  return {
    type: 'message_action',
    callback_id: options.callbackId ?? 'check_against_reports',
    trigger_id: '1.2.4',
    action_ts: '1700000002.000300',
    message_ts: message.ts,
    response_url: responseUrl,
    message: { type: 'message', ...message },
    user: { id: options.user ?? 'U0000CHKR', name: 'checker', username: 'checker', team_id: 'T0001' },
    channel: { id: options.channel ?? 'C0000CHAN', name: 'research' },
    team: { id: 'T0001', domain: 'test' },
    token: 'deprecated-verification-token',
    api_app_id: 'A0001',
    is_enterprise_install: false,
  };
}

/** A global shortcut, such as "Ask the reports". */
export function globalShortcut(callbackId: string, options: { user?: string; triggerId?: string } = {}): Record<string, unknown> {
  return {
    type: 'shortcut',
    callback_id: callbackId,
    trigger_id: options.triggerId ?? '1.2.5',
    action_ts: '1700000003.000400',
    user: { id: options.user ?? 'U0000ASKER', username: 'asker', team_id: 'T0001' },
    team: { id: 'T0001', domain: 'test' },
    token: 'deprecated-verification-token',
    api_app_id: 'A0001',
    is_enterprise_install: false,
  };
}

/** A modal the bot opened, as Slack hands it back in payloads (with an id and a hash). */
export function openedView(view: Record<string, unknown>, id = 'V0000MODAL', hash = 'hash-1'): Record<string, unknown> {
  return { ...view, id, hash, team_id: 'T0001', app_id: 'A0001', root_view_id: id, previous_view_id: null, external_id: '', state: { values: {} } };
}

/** A modal submitted with these input values (block id -> action id -> element state). */
export function viewSubmission(
  view: Record<string, unknown>,
  values: Record<string, Record<string, Record<string, unknown>>>,
  options: { user?: string } = {},
): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'test' },
    user: { id: options.user ?? 'U0000ASKER', username: 'asker', name: 'asker', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    trigger_id: '1.2.6',
    view: { ...view, state: { values } },
    response_urls: [],
    is_enterprise_install: false,
  };
}

/** A click on a button inside a modal: no response_url, the view instead. */
export function buttonClickInView(
  button: { action_id: string; value: string },
  view: Record<string, unknown>,
  options: { user?: string; actionTs?: string; triggerId?: string } = {},
): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: options.user ?? 'U0000ASKER', username: 'asker', name: 'asker', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: view.id },
    trigger_id: options.triggerId ?? '1.2.7',
    team: { id: 'T0001', domain: 'test' },
    view,
    actions: [{ type: 'button', block_id: 'answer_actions', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: options.actionTs ?? nextActionTs() }],
  };
}
