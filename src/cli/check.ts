// `npm run check -- [DIR]`: a linter for report authors (checkCommand.ts). Prints each problem as
// `file:line: reason`, then how each report's claims are supported (the evidence flags), and
// exits 1 when a report cannot be served.

import dotenv from 'dotenv';
import { runCheck } from './checkCommand.js';

dotenv.config({ quiet: true });
process.exitCode = await runCheck(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
