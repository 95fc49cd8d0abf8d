// GET /healthz on a port of its own (HEALTH_PORT), for Socket Mode, which has no HTTP server of
// its own for a load balancer or an orchestrator to check. Anything else is a 404. It listens
// before Slack is connected, like HTTP mode's port, and says 503 "waiting for Slack" until then.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';
import { answerWaitingForSlack } from './healthRoute.js';

export interface HealthServer {
  port: number;
  /** Slack is connected: /healthz answers with the route from now on. */
  ready(): void;
  close(): Promise<void>;
}

export async function startHealthServer(route: CustomRoute, port: number): Promise<HealthServer> {
  let ready = false;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === route.path && (req.method === 'GET' || req.method === 'HEAD')) {
      if (ready) void route.handler(Object.assign(req, { params: {} }), res);
      else answerWaitingForSlack(res, true);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: this port serves GET /healthz only\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    ready: () => {
      ready = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
