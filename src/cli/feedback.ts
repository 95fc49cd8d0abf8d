// `npm run feedback -- [--file PATH] [--json]`: the votes on the bot's answers (feedbackCommand.ts).

import dotenv from 'dotenv';
import { runFeedback } from './feedbackCommand.js';
import { runAsProcess } from './runAsProcess.js';

dotenv.config({ quiet: true });
await runAsProcess('feedback', (io) => runFeedback(process.argv.slice(2), io));
