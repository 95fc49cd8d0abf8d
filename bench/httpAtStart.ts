// What HTTP requests at a fixed rate meet in a started bot's first seconds, second by second: the
// bot as measureHttp.ts runs it (botServer.ts, the cache from earlier starts), sent to either as
// soon as every report is served (as measureHttp does: the warm-up and WordNet's relation table
// have not run) or once both are done ("warm"). The two take turns, so a loaded machine moves both.
// Per second of the run (by when each command was due): commands, told busy, the answer's p50 and
// slowest, the ack's slowest (`--signals`: when the warm-up and the table were done). With `--closed N`, instead, N commands one after another (each sent once
// the last is answered, so none waits behind another) and the bot's main thread's CPU time per
// answer, a hundred answers at a time: what a cold answer path costs, steady on a loaded machine.
// `npx tsx bench/httpAtStart.ts [--rate 200] [--seconds 10] [--closed N] [--signals] [--turns 2] [--from served,warm]`
// (run the bench once first: it uses the corpus's cache folder).

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUSY } from '../src/slack/apologize.js';
import { FakeSlack } from '../test/slack/support/fakeSlack.js';
import { signedCommand, SlackSender } from '../test/slack/support/signedRequests.js';
import { botSignals, untilLoaded, within } from './botSignals.js';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus, reportIdsOf } from './generateCorpus.js';
import { generateQuestions } from './generateQuestions.js';
import { sendOpenLoop } from './openLoop.js';
import { percentile } from './percentile.js';
import { mainThreadCpuMs } from './procfs.js';

const BOT = fileURLToPath(new URL('./botServer.ts', import.meta.url));
const DRAIN_MS = 10_000;
const READY_WITHIN_MS = 10 * 60_000;

type From = 'served' | 'warm';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '100' },
    turns: { type: 'string', default: '2' },
    from: { type: 'string', default: 'served,warm' },
    closed: { type: 'string' },
    // Served too with the bot's signals (it then logs at debug until its warm-up ends): says when the warm-up and the table were done.
    signals: { type: 'boolean', default: false },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const froms = values.from.split(',') as From[];
if (froms.some((from) => from !== 'served' && from !== 'warm')) throw new Error(`--from takes served and/or warm, not ${values.from}`);

const reports = Number(values.reports);
const corpus = await ensureCorpus(reports, DEFAULT_SEED);
const env = { REPORT_CACHE_DIR: join(CORPUS_ROOT, 'cache', `reports-${reports}-seed${DEFAULT_SEED}`) };
const reportIds = reportIdsOf(corpus);
const questions = generateQuestions(DEFAULT_SEED, 1000, reportIds).map((q) => q.text);

for (let turn = 1; turn <= Number(values.turns); turn++) {
  for (const from of froms) {
    if (values.closed !== undefined) {
      const cpu = await closedLoop(from, Number(values.closed));
      console.log(`turn ${turn}, from ${from}, one after another: main thread CPU ms per answer, by hundreds: ${cpu.map((ms) => ms.toFixed(2)).join(' ')}`);
      continue;
    }
    const run = await runOnce(from);
    console.log(`turn ${turn}, from ${from}: load ${run.load.map((l) => l.toFixed(1)).join('-')}, ${run.requests} commands, ${run.busy} told busy, ${run.errors} errors, answer p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(0)} ms${run.warmAt === null ? '' : `; warm-up and table done ${(run.warmAt / 1000).toFixed(1)} s into the run`}`);
    console.log('  second  commands  busy  answer p50  answer max  ack max');
    for (const row of run.seconds) {
      console.log(`  ${String(row.second).padStart(6)}  ${String(row.commands).padStart(8)}  ${String(row.busy).padStart(4)}  ${row.p50.toFixed(1).padStart(10)}  ${row.max.toFixed(0).padStart(10)}  ${row.ackMax.toFixed(0).padStart(7)}`);
    }
  }
}

interface Second {
  second: number;
  commands: number;
  busy: number;
  p50: number;
  max: number;
  ackMax: number;
}

/** The bot started, its port: served (or warm) as `from` says. */
async function startedBot(from: From, apiUrl: string): Promise<{ bot: ReturnType<typeof spawn>; origin: string; warm: Promise<void> }> {
  // Signals only when waiting for the warm-up: with them the bot logs at debug until it ends.
  const bot = spawn(process.execPath, [...process.execArgv, BOT, corpus.dir, apiUrl], {
    env: { ...process.env, ...env, NODE_ENV: 'production', ...(from === 'warm' || values.signals ? { BENCH_SIGNALS: '1' } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const signals = botSignals(bot.stdout);
  const origin = `http://127.0.0.1:${await signals.port}`;
  await untilLoaded(`${origin}/healthz`, READY_WITHIN_MS);
  if (from === 'warm') await within(signals.warm, READY_WITHIN_MS, "the bot's warm-up ending");
  return { bot, origin, warm: signals.warm };
}

async function closedLoop(from: From, count: number): Promise<number[]> {
  const slack = new FakeSlack();
  await slack.start();
  const { bot, origin } = await startedBot(from, slack.apiUrl);
  try {
    const sender = new SlackSender(`${origin}/slack/events`);
    const pid = bot.pid as number;
    const perHundred: number[] = [];
    let before = await mainThreadCpuMs(pid);
    for (let i = 0; i < count; i++) {
      const id = String(i + 1);
      await sender.command(questions[i % questions.length] as string, slack.responseUrl(id), { user: `UBENCH${id}` });
      await slack.waitForResponse(id);
      if ((i + 1) % 100 === 0) {
        const now = await mainThreadCpuMs(pid);
        perHundred.push((now - before) / 100);
        before = now;
      }
    }
    return perHundred;
  } finally {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
    await slack.stop();
  }
}

async function runOnce(from: From): Promise<{ requests: number; busy: number; errors: number; p50: number; p99: number; load: number[]; warmAt: number | null; seconds: Second[] }> {
  const slack = new FakeSlack();
  await slack.start();
  const { bot, origin, warm } = await startedBot(from, slack.apiUrl);
  try {
    let warmAt: number | null = null;
    const loadBefore = loadavg()[0] as number;
    const runStart = Date.now();
    if (from === 'served') warm.then(() => (warmAt = Date.now() - runStart), () => undefined);
    const dueAt = new Map<string, number>();
    const origin0 = performance.timeOrigin;
    let first = Number.NaN;
    const result = await sendOpenLoop(origin, { rate, seconds, sockets: Number(values.connections) }, (index, due) => {
      if (index === 0) first = due;
      const id = String(index + 1);
      dueAt.set(id, origin0 + due);
      return signedCommand(questions[index % questions.length] as string, slack.responseUrl(id), { user: `UBENCH${id}` });
    });
    const deadline = Date.now() + DRAIN_MS;
    while (slack.responsesAnsweredAt.length < dueAt.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const secondOf = (id: string): number => Math.floor(((dueAt.get(id) as number) - (origin0 + first)) / 1000);
    const rows = Array.from({ length: Math.ceil(seconds) }, (_, second) => ({ second, commands: 0, busy: 0, latencies: [] as number[], acks: [] as number[] }));
    result.byIndex.forEach((ms, i) => {
      const row = rows[secondOf(String(i + 1))];
      if (row && ms !== undefined) row.acks.push(ms);
    });
    for (const id of dueAt.keys()) (rows[secondOf(id)] as (typeof rows)[number]).commands++;
    const all: number[] = [];
    let busy = 0;
    slack.responses.forEach((response, i) => {
      const row = rows[secondOf(response.id)];
      if (!row) return;
      if ((response.body as { text?: unknown }).text === BUSY) {
        row.busy++;
        busy++;
        return;
      }
      const ms = (slack.responsesAnsweredAt[i] as number) - (dueAt.get(response.id) as number);
      row.latencies.push(ms);
      all.push(ms);
    });
    const answered = new Set(slack.responses.map((r) => r.id));
    return {
      requests: dueAt.size,
      busy,
      errors: result.errors + [...dueAt.keys()].filter((id) => !answered.has(id)).length,
      p50: percentile(all, 50),
      p99: percentile(all, 99),
      load: [loadBefore, loadavg()[0] as number],
      warmAt,
      seconds: rows.map((row) => ({ second: row.second, commands: row.commands, busy: row.busy, p50: percentile(row.latencies, 50), max: Math.max(0, ...row.latencies), ackMax: Math.max(0, ...row.acks) })),
    };
  } finally {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
    await slack.stop();
  }
}
