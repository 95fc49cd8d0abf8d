// GET /healthz for load balancers and uptime checks (HTTP mode): 200 with what is being served.

import type { CustomRoute } from '@slack/bolt';
import type { Library } from '../search/library.js';

export function healthRoute(library: Library): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const body = { status: 'ok', reports: library.reports.length, claims: library.claimCount, errors: library.errors.length };
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    },
  };
}
