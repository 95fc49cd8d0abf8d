// `npm run ask -- [options] "question"`, and `list`, `show <report>`, `status`, `help` as in
// Slack: the bot's answers in a terminal or a script (askCommand.ts). Exit 0 when it answered
// (even with no results), 2 on unusable arguments (and a report `show` cannot find), 1 when an
// unexpected error stopped it (unexpectedError.ts).

import dotenv from 'dotenv';
import { runAsk } from './askCommand.js';
import { runAsProcess } from './runAsProcess.js';

dotenv.config({ quiet: true });
await runAsProcess('ask', (io) => runAsk(process.argv.slice(2), io));
