// GET /healthz on a port of its own (HEALTH_PORT), for Socket Mode, which has no HTTP server of
// its own for a load balancer or an orchestrator to check. Anything else is a 404.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(route: CustomRoute, port: number): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === route.path && (req.method === 'GET' || req.method === 'HEAD')) {
      void route.handler(Object.assign(req, { params: {} }), res);
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
