// `npm run check -- [DIR]`: a linter for report authors (checkCommand.ts). Prints each problem as
// `file:line: reason`, then how each report's claims are supported (the evidence flags), and
// exits 1 when a report cannot be served.

import dotenv from 'dotenv';
import { runCheck } from './checkCommand.js';
import { runAsProcess } from './runAsProcess.js';

dotenv.config({ quiet: true });
await runAsProcess('check', (io) => runCheck(process.argv.slice(2), io));
