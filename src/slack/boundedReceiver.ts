// HTTP mode's receiver: Bolt's HTTPReceiver behind a server of our own that reads each request
// body with a size limit first. The endpoint is public and Bolt buffers a whole body before it
// checks the signature, so anyone could make the bot hold any amount of memory; Slack's own
// payloads are a few kilobytes (a 40,000-character message with its blocks stays well under the
// limit). Bolt takes a body already read (`rawBody`, as its own buffering does), so everything
// else is Bolt's: signature check, routing, acks, custom routes.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { type App, type BufferedIncomingMessage, HTTPModuleFunctions, HTTPReceiver, type HTTPReceiverOptions, type Logger, type Receiver } from '@slack/bolt';
import { answerWaitingForSlack } from './healthRoute.js';

/** Largest request body read, by default; a larger one is answered 413 without being read. */
export const MAX_BODY_BYTES = 1_000_000;
/**
 * After a body is refused as too large, how long and how many more bytes of it are read and
 * dropped before the connection is closed (a lingering close). A client still writing its body
 * reads the 413 only once it reads at all; closing with its bytes unread resets the connection,
 * and the reset can reach it before the 413 does. Bounded, so a client cannot keep a socket open
 * or the main thread parsing by sending on and on.
 */
export const LINGER_MS = 2_000;
export const LINGER_MAX_BYTES = 10 * MAX_BODY_BYTES;

/** What a request body may cost the bot; each defaults to the constant above. */
export interface BodyLimits {
  /** Largest request body read (MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** After a 413, longest the rest of the body is read and dropped before closing (LINGER_MS). */
  lingerMs: number;
  /** After a 413, most bytes of the rest read and dropped before closing (LINGER_MAX_BYTES). */
  lingerMaxBytes: number;
}

/** A request must have arrived whole within this (a client trickling a body holds a socket). */
const REQUEST_TIMEOUT_MS = 15_000;
/**
 * How long an idle connection is kept open: longer than a load balancer's or proxy's own idle
 * timeout (commonly 60 s), so the proxy closes it first. With Node's default the bot closes first
 * and can race a request the proxy has just sent on that connection, which the proxy answers 502.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface BoundedReceiverOptions extends HTTPReceiverOptions, Partial<BodyLimits> {}

export class BoundedReceiver implements Receiver {
  private readonly bolt: HTTPReceiver;
  private logger: Logger | undefined;
  private readonly limits: BodyLimits;
  private server: Server | undefined;
  /** Set by start(), once Slack answers: until then every request gets 503, /healthz saying why. */
  private ready = false;

  constructor({ maxBodyBytes = MAX_BODY_BYTES, lingerMs = LINGER_MS, lingerMaxBytes = LINGER_MAX_BYTES, ...options }: BoundedReceiverOptions) {
    this.bolt = new HTTPReceiver(options);
    this.logger = options.logger;
    this.limits = { maxBodyBytes, lingerMs, lingerMaxBytes };
  }

  init(app: App): void {
    this.logger ??= app.logger;
    this.bolt.init(app);
  }

  async start(port: number): Promise<Server> {
    const server = await this.listen(port);
    this.ready = true;
    return server;
  }

  /**
   * Listens before Slack answers (see startApp), so a load balancer or the container's HEALTHCHECK
   * finds /healthz saying the bot is waiting for Slack (503) rather than nothing listening.
   */
  async listen(port: number): Promise<Server> {
    if (this.server) return this.server;
    const server = createServer((req, res) => void this.handle(req, res));
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.ready = false;
    if (!server) return;
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.ready) {
      answerWaitingForSlack(res, new URL(req.url ?? '/', 'http://localhost').pathname === '/healthz');
      return;
    }
    if (req.method === 'POST') {
      const body = await readBody(req, this.limits.maxBodyBytes);
      if (body === 'too large') {
        this.logger?.warn(`Refused a request body over ${this.limits.maxBodyBytes} bytes (413) on ${req.url ?? ''}`);
        refuseLingering(req, res, 413, this.limits, this.logger);
        return;
      }
      if (body === 'broken') return;
      // Bolt reads `body.ssl_check` before anything else, outside any try: a body that is valid
      // JSON but no object (`null`) would throw where nothing catches it.
      if (parsesToNonObject(body, req.headers['content-type'])) {
        this.logger?.warn(`Refused a request body that is not a JSON object (400) on ${req.url ?? ''}`);
        refuse(res, 400);
        return;
      }
      (req as BufferedIncomingMessage).rawBody = body;
    }
    try {
      this.bolt.requestListener(req, res);
    } catch (error) {
      // As Bolt's own server does: an unknown path becomes a 404.
      HTTPModuleFunctions.defaultDispatchErrorHandler({ error: error as Error, logger: this.logger as Logger, request: req, response: res });
    }
  }
}

/** The whole body, or 'too large' as soon as it passes `max` bytes (declared or sent), or 'broken' if the client went away. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too large' | 'broken'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve('too large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.pause();
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('broken'));
    req.on('aborted', () => resolve('broken'));
  });
}

/**
 * Whether Bolt would parse the body (as it does: a form's `payload` field as JSON, another form as
 * fields, anything else as JSON) into something other than an object. Unparsable JSON is left to
 * Bolt, which answers 400 itself.
 */
function parsesToNonObject(body: Buffer, contentType: string | undefined): boolean {
  const text = body.toString();
  let parsed: unknown;
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parseForm(text);
      if (typeof payload !== 'string') return false;
      parsed = JSON.parse(payload);
    } else {
      parsed = JSON.parse(text);
    }
  } catch {
    return false;
  }
  return parsed === null || typeof parsed !== 'object' || Array.isArray(parsed);
}

/** Answers with no body and closes the connection (the request's body was read whole). */
function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status, { connection: 'close', 'content-length': '0' });
  res.end();
}

/**
 * Answers with no body, then closes lingering: half-closes once the answer is out, reads and drops
 * what still comes of the request's body, and closes once the body has ended, or `lingerMaxBytes`
 * more have come, or `lingerMs` have passed.
 */
function refuseLingering(req: IncomingMessage, res: ServerResponse, status: number, { lingerMs, lingerMaxBytes }: BodyLimits, logger: Logger | undefined): void {
  const socket = req.socket;
  let dropped = 0;
  let cut = false;
  const cutOff = (why: string): void => {
    if (cut) return;
    cut = true;
    clearTimeout(timer);
    logger?.debug(`Cut off a refused request body on ${req.url ?? ''}: ${why}`);
    socket.destroy();
  };
  const timer = setTimeout(() => cutOff(`still coming ${lingerMs} ms after its ${status}`), lingerMs);
  socket.once('close', () => clearTimeout(timer));
  // Node closes a `connection: close` answer's socket by destroySoon(): the FIN, then the socket
  // destroyed as soon as the FIN is out, unread bytes and all (a reset). Here only the FIN; Node's
  // close once the body has ended, when nothing is left unread.
  const closeWhenSent = socket.destroySoon.bind(socket);
  socket.destroySoon = () => socket.end();
  req.once('end', () => {
    clearTimeout(timer);
    closeWhenSent();
  });
  // The body comes through the request (Node's parser reads the socket): flowing, it is read and
  // dropped here, and not by Node's own discard, which would not count it.
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > lingerMaxBytes) cutOff(`over ${lingerMaxBytes} more bytes came after its ${status}`);
  });
  req.resume();
  res.writeHead(status, { connection: 'close', 'content-length': '0' });
  res.end();
}
