// `npm run ask -- [options] "question"`, and `list`, `show <report>`, `status`, `help` as in
// Slack: the bot's answers in a terminal or a script (askCommand.ts). Exit 0 when it answered
// (even with no results), 2 on unusable arguments (and a report `show` cannot find), 1 when an
// unexpected error stopped it (unexpectedError.ts).

import dotenv from 'dotenv';
import { runAsk } from './askCommand.js';

dotenv.config({ quiet: true });
// exitCode, not exit(): stderr written just before is flushed first (a pipe need not be synchronous).
process.exitCode = await runAsk(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
