// What other people meet while the bot is busy with one heavy thing: a very large report reloaded
// live (the parse runs on a worker; the rest is the main thread's), or someone sending Slack's
// longest message as a question, by /reports or as a mention (text and blocks, about 80 KB). The bot
// runs as in production (botServer.ts, HTTP mode, over the corpus plus the huge report) against the
// fake Slack; others' signed /reports questions are sent open loop throughout (openLoop.ts), and a
// few times in each scenario the heavy thing happens. Figures are taken over the others' commands
// due within WINDOW_MS of each heavy thing's start: their ack (Slack's 3 s) and their answer (at the
// response_url), each from when it was due, and the longest time the bot's event loop could run
// nothing else (its own timer, botServer.ts). "idle" is the same stream with nothing heavy, at
// the same times, for comparison.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUSY } from '../src/slack/apologize.js';
import { FakeSlack } from '../test/slack/support/fakeSlack.js';
import { signedCommand, SlackSender } from '../test/slack/support/signedRequests.js';
import type { LatencyFigures } from './benchResult.js';
import { type Block, botSignals, untilLoaded, within } from './botSignals.js';
import { CORPUS_ROOT } from './generateCorpus.js';
import { sendOpenLoop } from './openLoop.js';
import { percentile } from './percentile.js';
import { longQuestion, mentionBody } from './longMessage.js';

const BOT = fileURLToPath(new URL('./botServer.ts', import.meta.url));

export const BUSY_SCENARIOS = ['idle', 'reload', 'long command', 'long mention'] as const;
export type BusyScenario = (typeof BUSY_SCENARIOS)[number];

/** Others' commands due this long after a heavy thing starts are the ones it can hold up. */
export const WINDOW_MS = 3000;
/** The first heavy thing comes this long into the stream, the next ones EVERY_MS apart. */
const LEAD_MS = 1000;
const EVERY_MS = 4000;
/** How long answers still on their way after the last command may take. */
const DRAIN_MS = 10_000;
/** Between scenarios: what a heavy thing left for idle moments (a reload's search tables) is done. */
const SETTLE_MS = 2000;
/** From the bot's spawn to the end of its warm-up (a first start builds the reports' cache): past this the bench fails. */
const READY_WITHIN_MS = 10 * 60_000;

export interface BusyFigures {
  scenario: BusyScenario;
  /** Heavy things done (none for idle: its windows are at the same times). */
  events: number;
  /** Each heavy thing, from its start to its end: the report served (its reload logged), the long question answered. */
  eventMs: (LatencyFigures & { maxMs: number }) | null;
  /** Others' commands due within the windows. */
  requests: number;
  /** Failed or non-2xx acks, answers that never came, among them. */
  errors: number;
  /** Told the bot is too busy (src/slack/answerTurns.ts): not errors, no answer latency. */
  busy: number;
  ack: LatencyFigures & { maxMs: number };
  answer: LatencyFigures & { maxMs: number };
  /** The bot's event loop within the windows: its longest block (and the process's CPU time meanwhile), and how many lasted 50 ms or more. */
  longestBlockMs: number;
  longestBlockCpuMs: number;
  blocksOver50: number;
  /** The machine's 1-minute load average before and after. */
  load: [number, number];
}

export interface BusyResult {
  /** Others' commands a second. */
  rate: number;
  windowMs: number;
  /** The huge report reloaded: its claims and size. */
  hugeReport: { claims: number; bytes: number };
  scenarios: BusyFigures[];
}

export interface BusyOptions {
  rate: number;
  /** Heavy things per scenario. */
  events: number;
  hugeReportClaims: number;
  log: (message: string) => void;
}

export async function measureBusy(corpusDir: string, hugeReportFile: string, env: Record<string, string>, questions: readonly string[], options: BusyOptions): Promise<BusyResult> {
  const { dir, aside, versions } = await busyFolder(corpusDir, hugeReportFile);
  const slack = new FakeSlack();
  await slack.start();
  const bot = spawn(process.execPath, [...process.execArgv, BOT, dir, slack.apiUrl], {
    env: { ...process.env, ...env, NODE_ENV: 'production', BENCH_SIGNALS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let exited: string | null = null;
  bot.once('exit', (code, signal) => {
    exited = code !== null ? `exit code ${code}` : `signal ${signal}`;
  });
  const signals = botSignals(bot.stdout);
  try {
    const origin = await ready(signals, READY_WITHIN_MS, options.log).catch((error: unknown) => {
      throw new Error(`busy: the bot was not ready${exited === null ? '' : ` (it exited with ${exited})`}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const scenarios: BusyFigures[] = [];
    let version = 0;
    for (const scenario of BUSY_SCENARIOS) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      options.log(`busy: ${scenario}, ${options.events} times, others asking ${options.rate} a second`);
      const sender = new SlackSender(`${origin}/slack/events`);
      const heavy = async (k: number): Promise<number | null> => {
        switch (scenario) {
          case 'idle':
            return null;
          case 'reload': {
            // Written aside and moved in: the bot reads it whole, as an editor's save by rename.
            version = 1 - version;
            await writeFile(join(aside, 'huge-report.md'), versions[version] as string);
            const reloaded = signals.nextReload();
            const start = Date.now();
            await rename(join(aside, 'huge-report.md'), join(dir, 'huge-report.md'));
            return (await reloaded) - start;
          }
          case 'long command': {
            const id = `long-${k}`;
            const start = Date.now();
            const reply = await sender.command(longQuestion(k), slack.responseUrl(id), { user: `UBUSYLONG${k}` });
            if (reply.status !== 200) throw new Error(`the long question was answered ${reply.status}`);
            await slack.waitForResponse(id);
            return Date.now() - start;
          }
          case 'long mention': {
            const channel = `CBUSYLONG${k}`;
            const body = mentionBody(longQuestion(k), channel, k);
            const start = Date.now();
            const reply = await sender.send(body, 'application/json');
            if (reply.status !== 200) throw new Error(`the long mention was answered ${reply.status}`);
            await slack.waitFor(() => slack.callsOf('chat.postMessage').find((call) => call.body.channel === channel));
            return Date.now() - start;
          }
        }
      };
      scenarios.push(await runScenario(scenario, origin, slack, signals.blocks, questions, options, heavy));
    }
    if (signals.skipped.length > 0) options.log(`busy: ${signals.skipped.length} lines of the bot's output in all were no signal (not read)`);
    const huge = await stat(hugeReportFile);
    return { rate: options.rate, windowMs: WINDOW_MS, hugeReport: { claims: options.hugeReportClaims, bytes: huge.size }, scenarios };
  } finally {
    if (bot.exitCode === null && bot.signalCode === null) {
      const exit = once(bot, 'exit');
      bot.kill('SIGTERM');
      await exit;
    }
    await slack.stop();
    await rm(aside, { recursive: true, force: true });
  }
}

/** The bot's origin once it listens, serves every report and has warmed up, all within `withinMs`. */
async function ready(signals: ReturnType<typeof botSignals>, withinMs: number, log: (message: string) => void): Promise<string> {
  const start = Date.now();
  const left = (): number => Math.max(0, withinMs - (Date.now() - start));
  const port = await within(signals.port, left(), 'the bot listening');
  const origin = `http://127.0.0.1:${port}`;
  await untilLoaded(`${origin}/healthz`, left());
  log('busy: bot loaded; waiting for its warm-up');
  await within(signals.warm, left(), "the bot's warm-up ending (its WordNet relation table line)");
  if (signals.skipped.length > 0) log(`busy: ${signals.skipped.length} lines of the bot's output were no signal, the last: ${signals.skipped.at(-1)}`);
  return origin;
}

async function runScenario(
  scenario: BusyScenario,
  origin: string,
  slack: FakeSlack,
  blocks: readonly Block[],
  questions: readonly string[],
  { rate, events }: BusyOptions,
  heavy: (k: number) => Promise<number | null>,
): Promise<BusyFigures> {
  const loadBefore = loadavg()[0] as number;
  const seconds = (LEAD_MS + events * EVERY_MS) / 1000;
  const firstResponse = slack.responses.length;
  const dueAt = new Map<string, number>();
  const dueByIndex: number[] = [];
  const t0 = Date.now();
  const starts: number[] = [];
  const took: number[] = [];
  const heavyThings = (async () => {
    for (let k = 0; k < events; k++) {
      const at = t0 + LEAD_MS + k * EVERY_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
      starts.push(Date.now());
      const ms = await heavy(k);
      if (ms !== null) took.push(ms);
    }
  })();
  const stream = await sendOpenLoop(origin, { rate, seconds, sockets: 100 }, (index, due) => {
    const id = `${scenario.replace(' ', '-')}-${index}`;
    const dueEpoch = performance.timeOrigin + due;
    dueAt.set(id, dueEpoch);
    dueByIndex[index] = dueEpoch;
    return signedCommand(questions[index % questions.length] as string, slack.responseUrl(id), { user: `UBUSY${index}` });
  });
  await heavyThings;
  const deadline = Date.now() + DRAIN_MS;
  const answeredIds = (): Set<string> => new Set(slack.responses.slice(firstResponse).map((r) => r.id));
  while ([...dueAt.keys()].some((id) => !answeredIds().has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

  const inWindow = (t: number): boolean => starts.some((start) => t >= start && t < start + WINDOW_MS);
  const acks: number[] = [];
  let errors = 0;
  let requests = 0;
  dueByIndex.forEach((due, index) => {
    if (!inWindow(due)) return;
    requests++;
    const ack = stream.byIndex[index];
    if (ack === undefined) errors++;
    else acks.push(ack);
  });
  const answers: number[] = [];
  let busy = 0;
  const answered = new Set<string>();
  for (let i = firstResponse; i < slack.responses.length; i++) {
    const response = slack.responses[i];
    const due = response && dueAt.get(response.id);
    if (!response || due === undefined || !inWindow(due)) continue;
    answered.add(response.id);
    if ((response.body as { text?: unknown }).text === BUSY) busy++;
    else answers.push((slack.responsesAnsweredAt[i] as number) - due);
  }
  for (const [id, due] of dueAt) if (inWindow(due) && !answered.has(id)) errors++;
  const windowBlocks = blocks.filter((block) => inWindow(block.at) || inWindow(block.at - block.blockMs));
  const longest = windowBlocks.reduce<Block | undefined>((a, b) => (a === undefined || b.blockMs > a.blockMs ? b : a), undefined);
  return {
    scenario,
    events: took.length,
    eventMs: took.length > 0 ? figures(took) : null,
    requests,
    errors,
    busy,
    ack: figures(acks),
    answer: figures(answers),
    longestBlockMs: longest?.blockMs ?? 0,
    longestBlockCpuMs: longest?.cpuMs ?? 0,
    blocksOver50: windowBlocks.filter((block) => block.blockMs >= 50).length,
    load: [loadBefore, loadavg()[0] as number],
  };
}

function figures(samples: readonly number[]): LatencyFigures & { maxMs: number } {
  return { p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99), maxMs: samples.length > 0 ? Math.max(...samples) : Number.NaN };
}

/**
 * The corpus's reports and the huge report in a folder of their own (kept between runs, so the
 * bot's cache for it serves again), with the huge report as served at the start, and the two
 * versions a reload alternates between (one word of its topic apart).
 */
async function busyFolder(corpusDir: string, hugeReportFile: string): Promise<{ dir: string; aside: string; versions: [string, string] }> {
  const root = join(CORPUS_ROOT, 'busy');
  const dir = join(root, basename(corpusDir));
  const complete = join(root, `${basename(corpusDir)}.complete`);
  if (!(await exists(complete))) {
    await rm(dir, { recursive: true, force: true });
    await cp(corpusDir, dir, { recursive: true });
    await writeFile(complete, '');
  }
  const text = await readFile(hugeReportFile, 'utf8');
  const revised = text.replace(/^Topic: (.*)$/m, 'Topic: $1 (revised)');
  if (revised === text) throw new Error(`no Topic line in ${hugeReportFile} to revise`);
  await writeFile(join(dir, 'huge-report.md'), text);
  await mkdir(root, { recursive: true });
  const aside = await mkdtemp(join(root, 'aside-'));
  return { dir, aside, versions: [text, revised] };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export function busyTable(result: BusyResult, reports: number): string {
  const ms = (value: number): string => (Number.isNaN(value) ? '-' : value >= 100 ? String(Math.round(value)) : value.toFixed(1));
  const lines = [
    `What others meet while the bot is busy: ${reports} reports plus one of ${result.hugeReport.claims} claims (${(result.hugeReport.bytes / 1e6).toFixed(1)} MB);`,
    `others ask by /reports at ${result.rate} a second, open loop; figures over their commands due within ${result.windowMs / 1000} s of each heavy thing's start (ms)`,
    '',
    '| while | heavy thing took p50 / max | others: ack p50 / p99 / max | others: answer p50 / p99 / max | requests, errors, busy | bot main thread: longest block, its CPU (blocks ≥ 50 ms) | load |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const s of result.scenarios) {
    const took = s.eventMs ? `${ms(s.eventMs.p50Ms)} / ${ms(s.eventMs.maxMs)} (${s.events})` : '-';
    lines.push(
      `| ${s.scenario} | ${took} | ${ms(s.ack.p50Ms)} / ${ms(s.ack.p99Ms)} / ${ms(s.ack.maxMs)} | ${ms(s.answer.p50Ms)} / ${ms(s.answer.p99Ms)} / ${ms(s.answer.maxMs)} | ${s.requests}, ${s.errors}, ${s.busy} | ${s.longestBlockMs}, ${s.longestBlockCpuMs} (${s.blocksOver50}) | ${s.load[0].toFixed(1)}-${s.load[1].toFixed(1)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
