// `npm start` (node dist/main.js): read the config, run the Slack bot, stop cleanly on SIGTERM or
// SIGINT, whenever it comes: while connecting to Slack, while loading, or while answering.

import dotenv from 'dotenv';
import { type Config, ConfigError, configFromEnv } from './config.js';
import { ReportsFolderError } from './reports/loadReports.js';
import { createBotLogger, runBot, type RunningBot, SHUTDOWN_GRACE_MS } from './runBot.js';

dotenv.config({ quiet: true });
let config: Config;
try {
  config = configFromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createBotLogger(config);

let bot: RunningBot | undefined;
let stopping = false;
// Handled from the start and on every signal: Ctrl-C under `npm start` delivers SIGINT twice (the
// terminal signals npm and the bot; npm passes its own on), and the second must not cut the stop short.
const onSignal = (signal: NodeJS.Signals): void => {
  if (stopping) {
    logger.info(`${signal}: already stopping`);
    return;
  }
  stopping = true;
  logger.info(`${signal}: stopping`);
  if (!bot) process.exit(0); // nothing started yet, so nothing to finish
  void bot.stop(SHUTDOWN_GRACE_MS).then((drained) => process.exit(drained ? 0 : 1));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

// Last resort for a bug that escapes every handler. A rejected promise nobody awaited has done its
// damage already (the request it came from is answered or apologised for): it is logged and the bot
// keeps serving. After an uncaught exception the process may be in any state (Node's docs: not safe
// to resume), so it is logged and the bot stops as on SIGTERM, exiting 1 for a supervisor to restart.
process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection (a bug); still serving', reason));
process.on('uncaughtException', (error) => {
  logger.error('uncaught exception (a bug); stopping', error);
  if (stopping) return;
  stopping = true;
  if (!bot) process.exit(1);
  void bot.stop(SHUTDOWN_GRACE_MS).then(() => process.exit(1));
});

try {
  bot = await runBot(config, { logger });
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof ReportsFolderError)) throw error;
  console.error(error instanceof ReportsFolderError ? `Cannot start the Slack bot: ${error.message} (set REPORTS_DIR).` : error.message);
  process.exit(1);
}
