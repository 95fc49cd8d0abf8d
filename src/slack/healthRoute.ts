// GET /healthz for load balancers and uptime checks (HTTP mode): 200 with what is being served,
// the files that are not (or are served from their last good version) and the last reload time.

import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { issueJson } from '../render/answerJson.js';
import type { Library } from '../library/library.js';
import { libraryStatus } from '../library/libraryStatus.js';

/** `services` adds the state of optional services (Redis) to the body. */
export function healthRoute(library: Library, services: () => Record<string, unknown> = () => ({})): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const status = libraryStatus(library);
      const body = { ...status, errors: status.errors.map(issueJson), ...services() };
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    },
  };
}

/** The answer while Slack's Web API has not answered yet: 503, so no traffic is sent to this replica. */
export function answerWaitingForSlack(res: ServerResponse, health: boolean): void {
  res.writeHead(503, { 'content-type': health ? 'application/json' : 'text/plain', 'cache-control': 'no-store' });
  res.end(health ? JSON.stringify({ status: 'waiting for Slack' }) : "Starting: waiting for Slack's Web API to answer\n");
}
