// GET /healthz for load balancers and uptime checks (HTTP mode): 200 with what is being served,
// the files that are not (or are served from their last good version) and the last reload time.

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
