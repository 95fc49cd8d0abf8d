// What one benchmark run measured: the JSON other tools read (`npm run bench -- --json`, keep the
// shape) and the table people read.

import type { AliasMiningFigures } from './measureAliasMining.js';
import type { BotStartFigures } from './measureBotStart.js';
import type { StartsResult } from './measureStarts.js';

export interface LatencyFigures {
  p50Ms: number;
  p99Ms: number;
}

export interface HttpFigures extends LatencyFigures {
  /** Requests per second offered. */
  rate: number;
  requests: number;
  errors: number;
}

/** The bot over HTTP at one rate: the ack (Slack's 3 s) apart from the answer (what a person waits for). */
export interface HttpRateFigures {
  /** Requests per second offered. */
  rate: number;
  requests: number;
  errors: number;
  /** Told the bot is too busy to answer (its answers waiting too long already: src/slack/answerTurns.ts); not errors. */
  busy: number;
  ack: LatencyFigures;
  answer: LatencyFigures;
  /**
   * The bot's main thread's CPU time from the first request to the last answer, per request
   * (null where /proc cannot be read): what answering costs, which a loaded machine moves far less
   * than the latencies, which queue once the bot falls behind the rate. The bot has just started:
   * at a rate it keeps up with, its warm-up takes the idle turns and counts here too, and "too
   * busy" replies cost less than answers, so compare a rate with the same rate.
   */
  botMainCpuMsPerRequest: number | null;
  /** The machine's 1-minute load average before and after. */
  load: [number, number];
}

export interface PeerFigures extends LatencyFigures {
  name: string;
}

/** Figures a `--only latency` run skips are null. */
export interface BenchResult {
  corpus: { reports: number; claims: number; bytes: number };
  parse: { MBps: number } | null;
  /** The compiled bot (`node dist/main.js`), no cache: from the spawn to its first answer (the target). */
  coldStartMs: number | null;
  /** The library loaded in-process with the cache and index snapshot (no process start, no Slack). */
  warmStartMs: number | null;
  /** The library loaded in-process with no cache: coldStartMs's meaning before it was the bot's start. */
  libraryLoadMs: { cold: number; warm: number } | null;
  /** Every start measured: the compiled and tsx bot, corpus and bundled reports (measureStarts.ts). */
  starts: StartsResult | null;
  rssMB: number | null;
  heapMB: number | null;
  rawSearch: LatencyFigures;
  /** The answer path back to back: questions repeated, warm (see bench/README.md). */
  answer: LatencyFigures;
  /** The answer path as people meet it: each question once, first seen, spaced. */
  answerFirstSeen: LatencyFigures;
  /** The peer, asked the same questions the same way as answerFirstSeen. */
  peer: PeerFigures;
  /** null when the Slack app cannot be started here (see the table's note), or skipped. */
  http: HttpFigures | null;
  /**
   * CPU time of the same calls (the answering process's): on a shared machine, wall time also
   * counts waiting for a core. `answer` back to back, `answerFirstSeen` and `peer` first seen.
   */
  cpu: { answer: LatencyFigures; answerFirstSeen: LatencyFigures; peer: LatencyFigures };
  /** The machine's 1-minute load average before and after the first-seen run. */
  load: [number, number];
  /** Each rate measured (`--http-rate`, default 50, 200 and 500 a second); null when skipped. */
  httpRates: HttpRateFigures[] | null;
}

/** Figures for people only; not part of the JSON. */
export interface BenchDetails {
  /** The bot's own search (pruned in a large library), next to raw MiniSearch. */
  search: LatencyFigures;
  /** The answer path on the natural-language questions alone. */
  answerNatural: LatencyFigures;
  /** The first-seen run's other figures. */
  firstSeen: {
    answerNatural: LatencyFigures;
    search: LatencyFigures;
    /** CPU time of the same answers: the figures with the machine's other work left out. */
    cpu: { answer: LatencyFigures; search: LatencyFigures; peer: LatencyFigures };
    questions: number;
    warmupQuestions: number;
    gapMs: number;
    foundNothing: { answer: number; peer: number };
    load: [number, number];
  };
  hugeReport: { claims: number; bytes: number; parseMs: number } | null;
  coldMaxBlockMs: number | null;
  warmMaxBlockMs: number | null;
  parseSampleBytes: number | null;
  answerRenderer: string;
  /** CPU time to mine every report of the library for aliases (what issue 9 adds to a cold start), in a process of its own. */
  aliasMining: AliasMiningFigures;
  /** p99 of the HTTP acknowledgement alone, when HTTP was measured. */
  httpAckP99Ms?: number;
  httpConnections?: number;
  httpNote?: string;
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const whole = (x: number | null): number | null => (x === null ? null : Math.round(x));

const latency = (l: LatencyFigures): LatencyFigures => ({ p50Ms: round(l.p50Ms, 3), p99Ms: round(l.p99Ms, 3) });

export function roundResult(result: BenchResult): BenchResult {
  return {
    corpus: result.corpus,
    parse: result.parse && { MBps: round(result.parse.MBps, 2) },
    coldStartMs: whole(result.coldStartMs),
    warmStartMs: whole(result.warmStartMs),
    libraryLoadMs: result.libraryLoadMs && { cold: Math.round(result.libraryLoadMs.cold), warm: Math.round(result.libraryLoadMs.warm) },
    starts: result.starts && roundStarts(result.starts),
    rssMB: whole(result.rssMB),
    heapMB: whole(result.heapMB),
    rawSearch: latency(result.rawSearch),
    answer: latency(result.answer),
    answerFirstSeen: latency(result.answerFirstSeen),
    peer: { name: result.peer.name, ...latency(result.peer) },
    http: result.http && { ...result.http, ...latency(result.http) },
    cpu: { answer: latency(result.cpu.answer), answerFirstSeen: latency(result.cpu.answerFirstSeen), peer: latency(result.cpu.peer) },
    load: [round(result.load[0], 1), round(result.load[1], 1)],
    httpRates:
      result.httpRates &&
      result.httpRates.map(roundHttpRate),
  };
}

/** One HTTP rate's figures as the JSON gives them. */
export function roundHttpRate(h: HttpRateFigures): HttpRateFigures {
  return {
    ...h,
    ack: latency(h.ack),
    answer: latency(h.answer),
    botMainCpuMsPerRequest: h.botMainCpuMsPerRequest === null ? null : round(h.botMainCpuMsPerRequest, 3),
    load: [round(h.load[0], 2), round(h.load[1], 2)],
  };
}

/** The targets issues 17 and 9 set for the answer path, each with this run's figures (wall; CPU). */
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');

export function targetRows(result: BenchResult): [string, string][] {
  const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  const { answerFirstSeen: seen, peer, answer, cpu } = result;
  const rows: [string, string][] = [
    [
      'issue 17: first seen p99 <= 5 ms',
      `wall ${round(seen.p99Ms, 2)} ms ${met(seen.p99Ms <= 5)}; CPU ${round(cpu.answerFirstSeen.p99Ms, 2)} ms ${met(cpu.answerFirstSeen.p99Ms <= 5)}`,
    ],
    [
      'issue 17: first seen p99 <= 0.2x peer',
      `wall ${x(seen.p99Ms, peer.p99Ms)} ${met(seen.p99Ms <= 0.2 * peer.p99Ms)}; CPU ${x(cpu.answerFirstSeen.p99Ms, cpu.peer.p99Ms)} ${met(cpu.answerFirstSeen.p99Ms <= 0.2 * cpu.peer.p99Ms)}`,
    ],
    [
      'issue 9: back to back p99 <= 3 ms',
      `wall ${round(answer.p99Ms, 2)} ms ${met(answer.p99Ms <= 3)}; CPU ${round(cpu.answer.p99Ms, 2)} ms ${met(cpu.answer.p99Ms <= 3)} (at ${result.corpus.claims} claims; the target is for 20,000)`,
    ],
  ];
  return rows;
}

export function benchTable(result: BenchResult, details: BenchDetails): string {
  const r = roundResult(result);
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
  const ms = (l: LatencyFigures): string => `${round(l.p50Ms, 3)} / ${round(l.p99Ms, 3)} ms`;
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  const skipped = 'skipped (--only latency)';
  const fs = details.firstSeen;
  const rows: [string, string][] = [
    ['corpus', `${r.corpus.reports} reports, ${r.corpus.claims} claims, ${mb(r.corpus.bytes)}`],
    ['parse (1 thread)', r.parse && details.parseSampleBytes !== null ? `${r.parse.MBps} MB/s (on ${mb(details.parseSampleBytes)})` : skipped],
    [
      'one huge report',
      details.hugeReport ? `${details.hugeReport.claims} claims, ${mb(details.hugeReport.bytes)}: ${Math.round(details.hugeReport.parseMs)} ms` : skipped,
    ],
    ...(r.starts ? startRows(r.starts, r.corpus.reports) : [['bot start', skipped] as [string, string]]),
    [
      'library load in-process, no cache',
      r.libraryLoadMs ? `${r.libraryLoadMs.cold} ms (no process start, no Slack; longest event-loop block ${Math.round(details.coldMaxBlockMs ?? 0)} ms)` : skipped,
    ],
    [
      'library load in-process, cache',
      r.warmStartMs !== null ? `${r.warmStartMs} ms (warmStartMs; longest event-loop block ${Math.round(details.warmMaxBlockMs ?? 0)} ms)` : skipped,
    ],
    ['RSS / heap after load', r.rssMB !== null ? `${r.rssMB} MB / ${r.heapMB} MB` : skipped],
    [
      'answer first seen p50 / p99',
      `${ms(r.answerFirstSeen)} (question -> ${details.answerRenderer}; each question once, ${fs.gapMs} ms idle before it, ` +
        `${fs.questions} questions after ${fs.warmupQuestions} others; load ${fs.load[0].toFixed(1)}-${fs.load[1].toFixed(1)})`,
    ],
    ['  natural questions only', ms(fs.answerNatural)],
    ['  CPU time', `${ms(fs.cpu.answer)} (this process's CPU during each answer: waiting for a core left out)`],
    ['  bot search only', `${ms(fs.search)} (ClaimIndex.search, first seen the same way)`],
    [`peer p50 / p99`, `${ms(r.peer)} (${r.peer.name}; same questions, first seen the same way)`],
    ['  CPU time', ms(fs.cpu.peer)],
    [
      'answer first seen / peer',
      `p50 ${ratio(result.answerFirstSeen.p50Ms, result.peer.p50Ms)}, p99 ${ratio(result.answerFirstSeen.p99Ms, result.peer.p99Ms)}` +
        ` (CPU time: ${ratio(fs.cpu.answer.p50Ms, fs.cpu.peer.p50Ms)}, ${ratio(fs.cpu.answer.p99Ms, fs.cpu.peer.p99Ms)};` +
        ` bot search only: ${ratio(fs.search.p50Ms, result.peer.p50Ms)}, ${ratio(fs.search.p99Ms, result.peer.p99Ms)}); ` +
        `found nothing: bot ${fs.foundNothing.answer}, peer ${fs.foundNothing.peer} questions`,
    ],
    ['raw MiniSearch p50 / p99', `${r.rawSearch.p50Ms} / ${r.rawSearch.p99Ms} ms (the bot's query, every match scored; back to back)`],
    ['bot search p50 / p99', `${ms(details.search)} (pruned in a library of 2,000 claims or more; back to back)`],
    [`answer back to back p50 / p99`, `${r.answer.p50Ms} / ${r.answer.p99Ms} ms (question -> ${details.answerRenderer}; questions repeated, warm)`],
    ['  natural questions only', ms(details.answerNatural)],
    ['  CPU time', `${ms(r.cpu.answer)} (this process's CPU during each answer)`],
    [
      'HTTP /reports p50 / p99',
      r.http
        ? `${whole(r.http.p50Ms)} / ${whole(r.http.p99Ms)} ms to the answer at ${r.http.rate} req/s` +
          (details.httpConnections !== undefined ? ` over ${details.httpConnections} connections` : '') +
          `, ${r.http.requests} requests, ${r.http.errors} errors` +
          (details.httpAckP99Ms !== undefined ? ` (ack p99 ${whole(details.httpAckP99Ms)} ms)` : '')
        : `not measured: ${details.httpNote ?? 'no Slack app'}`,
    ],
  ];
  rows.push(...httpRateRows(r.httpRates ?? []));
  rows.push(...targetRows(result));
  const a = details.aliasMining;
  rows.push([
    'issue 9: load adds <= 0.5 s',
    `aliases mined from every report, as a cold start does (none on a warm one: kept in the index snapshot): ${round(a.mainCpuMs, 0)} ms of the main thread's CPU ` +
      `(median of ${a.rounds} rounds in a process of its own, its code compiled; the process's ${round(a.processCpuMs, 0)} ms; that process's first mining ${round(a.firstMainCpuMs, 0)} ms); ` +
      `WordNet's relation table (its index files without a table) is read in the background at start, and built once on a worker thread after the warm-up, off the load path: ${met(a.mainCpuMs <= 500)}`,
  ]);
  return nameValueTable(rows);
}

/** Rows of a name and a value, the names padded to the longest. */
function nameValueTable(rows: readonly [string, string][]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return `${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`;
}

/** A row for each HTTP rate (rounded figures): the latencies, and the bot's CPU a request beside the load. */
export function httpRateRows(httpRates: readonly HttpRateFigures[]): [string, string][] {
  return httpRates.map((h) => [
    `  at ${h.rate} req/s`,
    `ack ${whole(h.ack.p50Ms)} / ${whole(h.ack.p99Ms)} ms, answer ${whole(h.answer.p50Ms)} / ${whole(h.answer.p99Ms)} ms; ${h.requests} requests, ${h.errors} errors, ${h.busy} told busy; ` +
      (h.botMainCpuMsPerRequest === null ? '' : `bot's main thread ${h.botMainCpuMsPerRequest.toFixed(2)} ms CPU a request; `) +
      `load ${h.load[0].toFixed(1)}-${h.load[1].toFixed(1)}`,
  ]);
}

/** `--only http`: the HTTP rates' rows alone. */
export function httpTable(httpRates: readonly HttpRateFigures[], connections: number): string {
  const rows: [string, string][] = [[`HTTP /reports over ${connections} connections`, 'signed commands sent open loop; the bot in a child process'], ...httpRateRows(httpRates)];
  return nameValueTable(rows);
}

export function roundStarts(starts: StartsResult): StartsResult {
  const bot = (s: BotStartFigures): BotStartFigures => ({
    ...s,
    startedMs: Math.round(s.startedMs),
    readyMs: Math.round(s.readyMs),
    loadedMs: Math.round(s.loadedMs),
    answeredMs: Math.round(s.answeredMs),
    cpuMs: s.cpuMs === null ? null : Math.round(s.cpuMs),
    mainCpuMs: s.mainCpuMs === null ? null : Math.round(s.mainCpuMs),
    load: round(s.load, 2),
  });
  const pair = (p: { compiled: number; tsx: number }): { compiled: number; tsx: number } => ({ compiled: Math.round(p.compiled), tsx: Math.round(p.tsx) });
  const b = starts.bundled;
  return {
    built: starts.built,
    corpus: { compiledCold: bot(starts.corpus.compiledCold), compiledWarm: bot(starts.corpus.compiledWarm), tsxCold: bot(starts.corpus.tsxCold) },
    bundled: { ...b, ask: pair(b.ask), started: pair(b.started), ready: pair(b.ready), answered: pair(b.answered), load: [round(b.load[0], 2), round(b.load[1], 2)] },
  };
}

/** The start rows: each labelled with what ran, over what, and the machine's load. */
function startRows(starts: StartsResult, reports: number): [string, string][] {
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const bot = (f: BotStartFigures): string =>
    `first answer ${s(f.answeredMs)} after the spawn (listening ${s(f.startedMs)}, every report served ${s(f.readyMs)}` +
    `${f.cpuMs === null ? '' : `; ${s(f.cpuMs)} of CPU${f.mainCpuMs === null ? '' : `, ${s(f.mainCpuMs)} the main thread's`}`}); load ${f.load.toFixed(1)}`;
  const { compiledCold, compiledWarm, tsxCold } = starts.corpus;
  const b = starts.bundled;
  const pair = (p: { compiled: number; tsx: number }): string => `${s(p.compiled)} / ${s(p.tsx)}`;
  return [
    [`cold start, compiled (target)`, `${bot(compiledCold)}; node dist/main.js, ${reports} reports, no cache${starts.built ? ' (dist/ built first)' : ''}`],
    [`cold start, tsx`, `${bot(tsxCold)}; tsx src/main.ts, same reports, no cache`],
    [`warm start, compiled`, `${bot(compiledWarm)}; the cache and index snapshot of the cold start`],
    [
      `${b.reports} bundled reports, compiled / tsx`,
      `ask ${pair(b.ask)}; bot listening ${pair(b.started)}, reports served ${pair(b.ready)}, first answer ${pair(b.answered)}` +
        ` (medians of ${b.runs}, no cache; load ${b.load[0].toFixed(1)}-${b.load[1].toFixed(1)})`,
    ],
  ];
}

/** `--only starts`: the start rows alone. */
export function startsTable(starts: StartsResult, reports: number): string {
  const rows = startRows(roundStarts(starts), reports);
  return nameValueTable(rows);
}
