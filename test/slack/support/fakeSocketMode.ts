// Slack's side of a Socket Mode connection on loopback: hands the bot envelopes over a real
// WebSocket and collects its acks.

import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlack } from './fakeSlack.js';

/** Slack's side of a Socket Mode connection: sends envelopes, collects the acks. */
export class FakeSocketModeServer {
  readonly server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  private socket: WebSocket | undefined;
  private readonly waiting: Array<() => void> = [];

  constructor() {
    this.server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        this.acks.push(JSON.parse(data.toString()));
        for (const wake of this.waiting.splice(0)) wake();
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' }, debug_info: { host: 'fake' } }));
    });
  }

  /** A server listening, with `slack`'s apps.connections.open handing out its URL. */
  static async behind(slack: FakeSlack): Promise<FakeSocketModeServer> {
    const socketMode = new FakeSocketModeServer();
    await socketMode.listening();
    slack.socketModeUrl = socketMode.url;
    return socketMode;
  }

  listening(): Promise<void> {
    return new Promise((resolve) => (this.server.address() ? resolve() : this.server.once('listening', () => resolve())));
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link/?ticket=test`;
  }

  send(envelope: Record<string, unknown>): void {
    this.socket?.send(JSON.stringify(envelope));
  }

  ackFor(envelopeId: string): Promise<{ envelope_id: string; payload?: unknown }> {
    return new Promise((resolve) => {
      const check = (): void => {
        const ack = this.acks.find((a) => a.envelope_id === envelopeId);
        if (ack) resolve(ack);
        else this.waiting.push(check);
      };
      check();
    });
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
