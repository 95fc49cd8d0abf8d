// A local stand-in for Slack's Web API (set as the App's slackApiUrl) and for response_urls:
// records everything the bot sends and answers ok, or with an error a test asked for.

import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { nextEvent } from '../../support/eventOrder.js';

export const BOT_USER_ID = 'UBOT00001';
export const BOT_ID = 'BBOT00001';

/** A Web API call as the bot made it; JSON-valued fields (blocks, view) are parsed. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  body: Record<string, unknown>;
}

/** A post to a response_url; `id` is the last path segment the test chose. */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

interface Failure {
  error: string;
  status: number;
}

/** A message in a conversation, as conversations.replies and conversations.history return it. */
export interface StoredMessage {
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  metadata?: unknown;
  [key: string]: unknown;
}

/** Messages per page of conversations.replies when the caller does not say. */
const DEFAULT_REPLIES_LIMIT = 1000;

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** What apps.connections.open hands out (Socket Mode tests). */
  socketModeUrl = '';
  /** Posts to a response_url are recorded at once but answered this much later (in-flight tests). */
  responseDelayMs = 0;
  /** When each delayed response_url post was answered (Date.now()), in order. */
  readonly responsesAnsweredAt: number[] = [];
  /** The same answers' places in this test process's order of events (eventOrder.ts), to tell what came first. */
  readonly responsesAnsweredInOrder: number[] = [];
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));
  private readonly recorded = new EventEmitter();
  private readonly apiFailures = new Map<string, Failure[]>();
  private readonly responseFailures: Failure[] = [];
  private messageCount = 0;
  private viewCount = 0;
  /** Every message in every conversation: what tests posted as people, and what the bot posted. */
  private readonly conversations = new Map<string, StoredMessage[]>();

  /** Listens on `port` (default: a free one). */
  async start(port = 0): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  private get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The Web API base URL for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.origin}/respond/${id}`;
  }

  /** The next `times` calls of `method` answer `{ ok: false, error }`. */
  failApi(method: string, error: string, times = 1): void {
    const queue = this.apiFailures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push({ error, status: 200 });
    this.apiFailures.set(method, queue);
  }

  /** The next post to a response_url answers `{ ok: false, error }` with this HTTP status. */
  failResponse(error: string, status: number): void {
    this.responseFailures.push({ error, status });
  }

  /** A message written by a person (or another bot), as if posted in Slack before an event about it. */
  addMessage(channel: string, message: StoredMessage): void {
    const messages = this.conversations.get(channel) ?? [];
    messages.push(message);
    this.conversations.set(channel, messages);
  }

  /** Every message of a conversation, in the order they were posted. */
  messagesIn(channel: string): StoredMessage[] {
    return [...(this.conversations.get(channel) ?? [])];
  }

  /** The messages of a thread (parent first), as stored. */
  thread(channel: string, threadTs: string): StoredMessage[] {
    return (this.conversations.get(channel) ?? []).filter((m) => m.ts === threadTs || m.thread_ts === threadTs).sort(byTs);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string): ResponsePost[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once `find` returns something; checked now and after everything recorded. */
  waitFor<T>(find: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        const found = find();
        if (found === undefined) return false;
        this.recorded.off('record', check);
        resolve(found);
        return true;
      };
      if (!check()) this.recorded.on('record', check);
    });
  }

  /** The `n`th (1-based) call of a method. */
  waitForCall(method: string, n = 1): Promise<ApiCall> {
    return this.waitFor(() => this.callsOf(method)[n - 1]);
  }

  /** The `n`th (1-based) post to a response_url. */
  waitForResponse(id: string, n = 1): Promise<ResponsePost> {
    return this.waitFor(() => this.responsesTo(id)[n - 1]);
  }

  /** Posts to these response_url ids are recorded and never answered (a Slack that hangs). */
  readonly hangingResponseIds = new Set<string>();
  /** chat.postMessage calls to these channels are recorded and never answered. */
  readonly hangingChannels = new Set<string>();
  private openHangs = 0;

  /** Requests held unanswered whose connection the bot has not closed yet. */
  get hanging(): number {
    return this.openHangs;
  }

  private readonly held = new Map<string, Promise<void>>();

  /**
   * Posts to this response_url id are recorded at once and answered only after the returned
   * release is called: a test can tell what happened before Slack answered, without a clock.
   */
  holdResponses(id: string): () => void {
    let release: () => void = () => {};
    this.held.set(id, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.held.delete(id);
      release();
    };
  }

  private hang(req: IncomingMessage): void {
    this.openHangs += 1;
    req.socket.once('close', () => (this.openHangs -= 1));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.origin);
    if (url.pathname.startsWith('/respond/')) {
      const id = url.pathname.slice('/respond/'.length);
      if (this.hangingResponseIds.has(id)) {
        this.hang(req);
        this.record(() => this.responses.push({ id, body: JSON.parse(raw) }));
        return;
      }
      const failure = this.responseFailures.shift();
      this.record(() => this.responses.push({ id, body: JSON.parse(raw) }));
      await this.held.get(id);
      if (this.responseDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
      reply(res, failure?.status ?? 200, failure ? { ok: false, error: failure.error } : { ok: true });
      this.responsesAnsweredAt.push(Date.now());
      this.responsesAnsweredInOrder.push(nextEvent());
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const body = parseBody(raw, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (typeof body.token === 'string' ? body.token : undefined);
    if (method === 'chat.postMessage' && this.hangingChannels.has(String(body.channel))) {
      this.hang(req);
      this.record(() => this.calls.push({ method, token, body }));
      return;
    }
    const failure = this.apiFailures.get(method)?.shift();
    this.record(() => this.calls.push({ method, token, body }));
    reply(res, failure?.status ?? 200, failure ? { ok: false, error: failure.error } : this.success(method, body));
  }

  private record(add: () => void): void {
    add();
    this.recorded.emit('record');
  }

  private success(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'reports', team_id: 'T0001', user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'apps.connections.open':
        return { ok: true, url: this.socketModeUrl };
      case 'chat.postMessage': {
        this.messageCount += 1;
        const ts = `1800000000.${String(this.messageCount).padStart(6, '0')}`;
        const { channel, thread_ts, text, metadata } = body;
        this.addMessage(String(channel), {
          ts,
          user: BOT_USER_ID,
          bot_id: BOT_ID,
          ...(typeof thread_ts === 'string' ? { thread_ts } : {}),
          ...(typeof text === 'string' ? { text } : {}),
          ...(metadata !== undefined ? { metadata } : {}),
        });
        return { ok: true, channel, ts };
      }
      case 'conversations.replies':
        return this.replies(body);
      case 'conversations.history': {
        const topLevel = (this.conversations.get(String(body.channel)) ?? []).filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts);
        const limit = Number(body.limit ?? 100);
        return { ok: true, messages: topLevel.sort(byTs).reverse().slice(0, limit), has_more: topLevel.length > limit };
      }
      case 'views.open':
      case 'views.push':
      case 'views.update': {
        this.viewCount += 1;
        const view = (body.view ?? {}) as Record<string, unknown>;
        const id = typeof body.view_id === 'string' ? body.view_id : `V${String(this.viewCount).padStart(8, '0')}`;
        return { ok: true, view: { ...view, id, hash: `hash-${this.viewCount}` } };
      }
      default:
        return { ok: true };
    }
  }

  /** conversations.replies: the thread's messages, parent first, in pages; metadata only when asked for. */
  private replies(body: Record<string, unknown>): Record<string, unknown> {
    const messages = this.thread(String(body.channel), String(body.ts));
    if (messages.length === 0) return { ok: false, error: 'thread_not_found' };
    const start = Number(body.cursor ?? 0);
    const limit = Number(body.limit ?? DEFAULT_REPLIES_LIMIT);
    const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
    const page = messages.slice(start, start + limit).map((m) => {
      if (withMetadata) return m;
      const { metadata: _omitted, ...rest } = m;
      return rest;
    });
    const next = start + limit < messages.length ? String(start + limit) : '';
    return { ok: true, messages: page, has_more: next !== '', response_metadata: { next_cursor: next } };
  }
}

/** Orders Slack timestamps ("seconds.micros") by time. */
function byTs(a: StoredMessage, b: StoredMessage): number {
  const [as, am] = a.ts.split('.').map(Number) as [number, number];
  const [bs, bm] = b.ts.split('.').map(Number) as [number, number];
  return as - bs || am - bm;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The Web API client sends forms whose object fields are JSON text; parse those back. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const form = parseQuery(raw);
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    body[key] = /^[[{]/.test(text) ? JSON.parse(text) : text;
  }
  return body;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
