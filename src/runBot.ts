// The bot's composition root: the config, one logger, the library (loaded and kept live), the
// Slack app, and a stop that drops no work. main.ts and the end-to-end tests start the bot this way.

import type { App, AppOptions, Logger } from '@slack/bolt';
import { unknownCollections } from './access/channelsFile.js';
import { LiveChannelRules } from './access/liveChannelRules.js';
import type { Config } from './config.js';
import { attachSemanticSearch } from './library/attachSemanticSearch.js';
import { Library } from './library/library.js';
import { libraryCollections } from './library/libraryCollections.js';
import { rebuiltCacheLine } from './library/loadLibrary.js';
import { serveReports } from './library/serveReports.js';
import { createLogger } from './logging/createLogger.js';
import { listReportFiles } from './reports/loadReports.js';
import { preloadWordNet, useRelationTable } from './search/expandQuestion.js';
import { whenSharedWordNetDropped } from './search/wordnet/sharedWordNet.js';
import type { WatchOptions } from './reports/watchReports.js';
import { AnswerTurns } from './slack/answerTurns.js';
import { createApp, type Started, startApp } from './slack/createApp.js';
import { openBotState } from './redis/botState.js';
import { healthRoute } from './slack/healthRoute.js';
import { type HealthServer, startHealthServer } from './slack/healthServer.js';
import { InFlight } from './slack/inFlight.js';
import { warmUpAfterReload, warmUpSlackAnswers } from './slack/warmUpSlackAnswers.js';

/** How long a stop lets in-flight work finish; the process is gone within 5 s. */
export const SHUTDOWN_GRACE_MS = 4000;

export interface RunBotOptions {
  /** A pino logger built from the config when not given. */
  logger?: Logger;
  /** Parse worker threads (default: one per core when there are enough files to pay for them). */
  workers?: number;
  clientOptions?: AppOptions['clientOptions'];
  /** Longest wait for one Slack request (default 5 s). */
  slackTimeoutMs?: number;
  watch?: WatchOptions;
  /** Wait before trying a failing embeddings API again (default 30 s). */
  embeddingsRetryMs?: number;
  /** How often the channels file is checked for changes (default 1 s). */
  channelsPollMs?: number;
  /** The queue people's answers and the warm-up's questions wait their turn in (answerTurns.ts); one with its default limits when not given. */
  turns?: AnswerTurns;
}

export interface RunningBot {
  app: App;
  library: Library;
  started: Started;
  /** The /healthz server on HEALTH_PORT, when set. */
  health?: HealthServer;
  /** Resolves when every report file has been read (the bot answers from what is loaded before). */
  loaded: Promise<void>;
  logger: Logger;
  /**
   * Stops taking requests, lets those in flight finish and a reload in progress end (up to
   * `graceMs`), writes out pending feedback. Resolves true when nothing in flight was abandoned.
   */
  stop(graceMs?: number): Promise<boolean>;
}

export async function runBot(config: Config, options: RunBotOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createBotLogger(config);
  // Checked before anything starts, so a missing folder stops the bot with a clear message.
  await listReportFiles(config.reportsDir);
  const library = new Library();
  // Checked before anything starts too: a channels file that cannot be used stops the bot (ConfigError).
  const channels = config.channelsFile ? await openChannelRules(config, library, logger, options.channelsPollMs) : undefined;
  const { engine } = library.index;
  if (engine.mode === 'public') logger.warn('search index on MiniSearch public API only: slower in a large library, not saved between starts', { reason: engine.reason });

  const semantic = config.embeddings
    ? attachSemanticSearch(library, config.embeddings, {
        reportsDir: config.reportsDir,
        cacheDir: config.reportCacheDir ?? null,
        ...(options.embeddingsRetryMs !== undefined ? { retryMs: options.embeddingsRetryMs } : {}),
        // Logged once when it turns off and once when it is back, never per question.
        onChange: ({ status, model, reason }) =>
          status === 'off'
            ? logger.warn('semantic search is off; answering lexically and retrying in the background', { model, reason })
            : logger.info('semantic search is on again', { model }),
        onProgress: ({ embedded, total }) => logger.info('embedding claims', { embedded, total }),
      })
    : null;

  const inFlight = new InFlight();
  // Event dedupe, question limits and votes: shared through Redis when REDIS_URL is set.
  const state = await openBotState(config, logger);
  const slackTimeout = options.slackTimeoutMs !== undefined ? { slackTimeoutMs: options.slackTimeoutMs } : {};
  // The one queue people's answers and the warm-up's questions wait their turn in.
  const turns = options.turns ?? new AnswerTurns();
  const app = createApp({ config, library, ...(channels ? { channelRules: () => channels.rules } : {}), logger, clientOptions: options.clientOptions, ...slackTimeout, inFlight, turns, state, services: state.health });
  // Listening before Slack answers, as HTTP mode's port does (startApp): an orchestrator finds 503.
  const health = config.healthPort === undefined ? undefined : await startHealthServer(healthRoute(library, state.health), config.healthPort);
  let started: Started;
  try {
    started = await startApp(app, config);
  } catch (error) {
    await health?.close();
    throw error;
  }
  health?.ready();
  // Said once, whenever serving a report or a question's search first met WordNet's files failing
  // (Library.wordNetProblem): a question's, when it happens, not at the next reload (if any).
  let wordNetProblemSaid = false;
  const warnOfWordNetProblem = (): void => {
    if (wordNetProblemSaid || library.wordNetProblem === null) return;
    wordNetProblemSaid = true;
    logger.warn(library.wordNetProblem);
  };
  const stopWarningOfWordNet = whenSharedWordNetDropped(warnOfWordNetProblem);
  logger.info('report-bot started', {
    mode: started.mode,
    ...(started.mode === 'http' ? { port: started.port } : {}),
    ...(health ? { healthPort: health.port } : {}),
  });

  // Slack is already answered (acks, and answers from what is loaded) while the reports load.
  void preloadWordNet(config.reportCacheDir ?? null);
  const startedLoading = Date.now();
  const served = serveReports(library, {
    reportsDir: config.reportsDir,
    cacheDir: config.reportCacheDir ?? null,
    ...(config.maxReportBytes !== undefined ? { maxReportBytes: config.maxReportBytes } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    // Claims are embedded while the rest of the folder is read, batch by batch.
    ...(semantic ? { onBatch: () => void semantic.sync() } : {}),
    live: {
      ...options.watch,
      onReload: (summary) => {
        logger.info('reports reloaded', { ...summary, reports: library.reports.length, claims: library.claimCount });
        warnOfWordNetProblem();
        if (channels) warnOfUnknownCollections(channels, library, logger, false);
        void semantic?.sync();
        void warmUpAfterReload(library, turns, () => stopping).catch((error: unknown) => logger.warn('warming up after a reload failed', error));
      },
      onError: (error) => logger.error('watching the reports folder failed', error),
      onFolder: (present) =>
        present
          ? logger.info('reports folder is back; reading it again', { reportsDir: config.reportsDir })
          : logger.warn('reports folder is missing; serving the reports last read from it', { reportsDir: config.reportsDir }),
    },
  });
  // And once more when every file is read (a report the index snapshot held but whose file is gone
  // is dropped then), then kept in step by reloads. Answers use the claims embedded so far.
  void served.ready.then(() => semantic?.sync()).catch(() => undefined);
  let stopping = false;
  const loaded = served.done.then(
    (report) => {
      for (const error of report.errors) logger.warn('report not served', { ...error });
      for (const problem of report.cacheProblems) logger.warn('report cache repaired', { problem });
      warnOfWordNetProblem();
      // One line, not one per shard: a new version (or the first run after one) rebuilds them all.
      if (report.cacheOutdated.length > 0) {
        logger.info(rebuiltCacheLine(report.cacheOutdated), { files: report.cacheOutdated.length });
      }
      logger.info('reports loaded', {
        reports: library.reports.length,
        claims: library.claimCount,
        notServed: report.errors.length,
        ms: Date.now() - startedLoading,
        ...report.sources,
      });
      if (channels) warnOfUnknownCollections(channels, library, logger, true);
      // Every answer path run now (twice: warmUp.ts WARM_UP_ROUNDS), in the background, rather than compiled in someone's question.
      void warmUpSlackAnswers(library, turns, () => stopping)
        .catch((error: unknown) => logger.warn('warming up the answer path failed', error))
        .then(() => useWordNetTable(config.reportCacheDir ?? null, () => stopping, logger));
    },
    (error: unknown) => logger.error('loading the reports failed', error),
  );

  const stop = async (graceMs = SHUTDOWN_GRACE_MS): Promise<boolean> => {
    stopping = true;
    stopWarningOfWordNet();
    const deadline = Date.now() + graceMs;
    const reportsClosed = served.close();
    semantic?.close();
    channels?.close();
    // The HTTP server stops accepting and closes once open requests end; don't wait past the deadline.
    await Promise.race([app.stop().catch((error: unknown) => logger.warn('stopping the app failed', error)), sleep(graceMs)]);
    const drained = await inFlight.drained(Math.max(0, deadline - Date.now()));
    // A reload batch in progress is aborted; stopped means it has ended too, nothing left to serve or log.
    await Promise.race([reportsClosed, sleep(Math.max(0, deadline - Date.now()))]);
    await Promise.race([state.close(), sleep(Math.max(0, deadline - Date.now()))]);
    await health?.close();
    if (drained) logger.info('report-bot stopped');
    else logger.warn('report-bot stopped with requests still in flight', { inFlight: inFlight.size });
    return drained;
  };
  return { app, library, started, ...(health ? { health } : {}), loaded, logger, stop };
}

/**
 * WordNet's relation table, when the start found none in the cache folder (preloadWordNet):
 * built there once in a child process (expandQuestion.ts), after the warm-up, so a first
 * start's loading has the cores. Without a cache folder the files are read as before: a table
 * built at every start is seconds of CPU.
 */
async function useWordNetTable(cacheDir: string | null, stopping: () => boolean, logger: Logger): Promise<void> {
  if (cacheDir === null || stopping()) return;
  // bench/botServer.ts reads this message ("WordNet relation table …", either line) as the end of the start's warm-up: keep its start.
  if (await useRelationTable({ cacheDir, build: true })) logger.debug('WordNet relation table in use', { cacheDir });
  else logger.warn('WordNet relation table not built; reading the WordNet files as before');
}

/** The channels file's rules, kept live; each change and each problem with it logged. */
async function openChannelRules(config: Config, library: Library, logger: Logger, pollMs: number | undefined): Promise<LiveChannelRules> {
  const file = config.channelsFile;
  if (!file) throw new Error('no channels file configured');
  const channels: LiveChannelRules = await LiveChannelRules.open(file, {
    ...(pollMs !== undefined ? { pollMs } : {}),
    onChange: (change) => {
      if (change.kind === 'invalid') logger.error('channels file not reloaded; the last good rules stay', { problem: change.message });
      else if (change.kind === 'gone') logger.warn('channels file is gone; its last rules stay until it is back or the bot restarts', { file: file.path });
      else {
        logger.info('channels file reloaded', { file: file.path, channels: change.rules.channels.size, default: change.rules.fallback });
        for (const warning of change.warnings) logger.warn(warning);
        if (library.loading === null) warnOfUnknownCollections(channels, library, logger, true);
      }
    },
  });
  if (channels.present) logger.info('channels file read', { file: file.path, channels: channels.rules.channels.size, default: channels.rules.fallback });
  for (const warning of channels.warnings) logger.warn(warning);
  return channels;
}

/** Each collection the channels file names that the reports folder lacks: warned once per change of the list. */
function warnOfUnknownCollections(channels: LiveChannelRules, library: Library, logger: Logger, always: boolean): void {
  const warnings = unknownCollections(channels.rules, libraryCollections(library));
  const key = warnings.join('\n');
  if (!always && key === warned.get(channels)) return;
  warned.set(channels, key);
  for (const warning of warnings) logger.warn(`channels file ${channels.path}: ${warning}`);
}
const warned = new WeakMap<LiveChannelRules, string>();

/** The bot's logger: pino at the configured level, with the config's secrets scrubbed. */
export function createBotLogger(config: Config): Logger {
  const secrets = [config.botToken, config.signingSecret ?? '', config.appToken ?? '', redisPassword(config.redisUrl), config.embeddings?.apiKey ?? ''];
  return createLogger({ secrets, level: config.logLevel });
}

function redisPassword(redisUrl: string | undefined): string {
  try {
    return redisUrl ? decodeURIComponent(new URL(redisUrl).password) : '';
  } catch {
    return '';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
