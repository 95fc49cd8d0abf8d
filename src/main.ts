// `npm start`: read the config, load the reports, start the Slack bot.

import dotenv from 'dotenv';
import { ConfigError, configFromEnv } from './config.js';
import { loadReports, ReportsFolderError } from './reports/loadReports.js';
import { Library } from './search/library.js';
import { createApp, startApp } from './slack/createApp.js';

dotenv.config({ quiet: true });
try {
  const config = configFromEnv(process.env);
  const library = Library.from(await loadReports(config.reportsDir));
  const app = createApp({ config, library });
  const started = await startApp(app, config);
  const where = started.mode === 'socket' ? 'connected by Socket Mode' : `listening on port ${started.port} (POST /slack/events, GET /healthz)`;
  console.log(`report-bot: ${library.reports.length} reports, ${library.claimCount} claims, ${library.errors.length} files not served; ${where}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.stop().finally(() => process.exit(0)));
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof ReportsFolderError)) throw error;
  console.error(error instanceof ReportsFolderError ? `Cannot start the Slack bot: ${error.message} (set REPORTS_DIR).` : error.message);
  process.exit(1);
}
