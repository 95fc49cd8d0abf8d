// `npm start`: read the config, run the Slack bot, stop cleanly on SIGTERM/SIGINT.

import dotenv from 'dotenv';
import { ConfigError, configFromEnv } from './config.js';
import { ReportsFolderError } from './reports/loadReports.js';
import { runBot, SHUTDOWN_GRACE_MS } from './runBot.js';

dotenv.config({ quiet: true });
try {
  const bot = await runBot(configFromEnv(process.env));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      bot.logger.info(`${signal}: stopping`);
      void bot.stop(SHUTDOWN_GRACE_MS).then((drained) => process.exit(drained ? 0 : 1));
    });
  }
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof ReportsFolderError)) throw error;
  console.error(error instanceof ReportsFolderError ? `Cannot start the Slack bot: ${error.message} (set REPORTS_DIR).` : error.message);
  process.exit(1);
}
