// Child process of the benchmark: the bot as it runs in production (runBot: load with the cache,
// live reload, HTTP mode), its Web API pointed at the fake Slack the parent runs. Prints one JSON
// line, {"port": n}, once it listens; stops on SIGTERM.
// `tsx bench/botServer.ts <reports dir> <fake Slack API URL>`
// With BENCH_SIGNALS=1 (measureBusy.ts) it also prints, one JSON line each: {"warm": t} once the
// start's warm-up and WordNet's relation table are done (then it logs at info, production's
// default), {"reloaded": t} for each live reload, and {"blockMs": n, "cpuMs": c, "at": t} whenever
// its event loop could run nothing else for 20 ms or more (t: Date.now() when seen).
// BENCH_MAX_WAIT_MS=n: a new answer is declined once the oldest waiting one has waited n ms
// (answerTurns.ts MAX_WAIT_MS otherwise), to measure other waits under overload.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLevel } from '@slack/bolt';
import { type Config, libraryConfigFromEnv } from '../src/config.js';
import { createLogger } from '../src/logging/createLogger.js';
import { runBot } from '../src/runBot.js';
import { AnswerTurns } from '../src/slack/answerTurns.js';
import { SIGNING_SECRET } from '../test/slack/support/signedRequests.js';

const [reportsDir, slackApiUrl] = process.argv.slice(2);
if (!reportsDir || !slackApiUrl) throw new Error('usage: botServer.ts <reports dir> <fake Slack API URL>');
const signals = process.env.BENCH_SIGNALS === '1';

const signal = (fields: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(fields)}\n`);
};

const config: Config = {
  botToken: 'xoxb-bench-token',
  signingSecret: SIGNING_SECRET,
  port: 0,
  reportsDir,
  reportCacheDir: libraryConfigFromEnv(process.env).reportCacheDir,
  slackApiUrl,
  feedbackLog: join(await mkdtemp(join(tmpdir(), 'report-bot-bench-')), 'feedback.jsonl'),
  // On, as in production: every request comes from its own user, so none is limited.
  rateLimitPerMinute: 10,
  // With signals, debug until the warm-up's last line is seen (the only way it tells), then info.
  logLevel: signals ? 'debug' : 'warn',
};
/** Warnings and errors go to stderr (stdout carries the JSON lines above); with signals, the lines signalled are read first. */
const destination = {
  write(line: string): void {
    if (signals) {
      if (line.includes('"msg":"WordNet relation table')) {
        signal({ warm: Date.now() });
        logger.setLevel('info' as LogLevel);
      } else if (line.includes('"msg":"reports reloaded"')) signal({ reloaded: Date.now() });
    }
    if (/"level":(?:[4-9]\d)/.test(line)) process.stderr.write(line);
  },
};
const logger = createLogger({ secrets: [config.botToken, SIGNING_SECRET], level: config.logLevel, pretty: false, destination });
if (signals) watchEventLoop();
const maxWaitMs = process.env.BENCH_MAX_WAIT_MS === undefined ? undefined : Number(process.env.BENCH_MAX_WAIT_MS);
if (maxWaitMs !== undefined && !(maxWaitMs > 0)) throw new Error(`BENCH_MAX_WAIT_MS takes a wait in ms, not ${process.env.BENCH_MAX_WAIT_MS}`);
const bot = await runBot(config, { logger, clientOptions: { retryConfig: { retries: 0 } }, ...(maxWaitMs !== undefined ? { turns: new AnswerTurns({ maxWaitMs }) } : {}) });
if (bot.started.mode !== 'http') throw new Error('expected HTTP mode');
signal({ port: bot.started.port });
process.once('SIGTERM', () => void bot.stop(1000).then(() => process.exit(0)));

/**
 * Reports each time a 10 ms timer came 20 ms or more late: the main thread was held that long, or
 * waited for a core. `cpuMs`: the process's CPU time meanwhile (all threads, a parse worker's too):
 * well under the block, it mostly waited.
 */
function watchEventLoop(): void {
  const everyMs = 10;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage();
    const late = now - last - everyMs;
    if (late >= 20) signal({ blockMs: Math.round(late), cpuMs: Math.round((cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000), at: Date.now() });
    last = now;
    lastCpu = cpu;
  }, everyMs).unref();
}
