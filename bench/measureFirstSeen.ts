// Latency as people meet it: each question asked once, never seen before by the process that
// answers it, with idle time before it as between a bot's questions. Each system runs in a child
// process of its own (firstSeenChild.ts), warmed up on other questions; the parent then asks them
// in turn, one question at a time, after an idle gap in which no process of the bench works. The
// child times the answer alone (not the gap, not the message passing).

import { type ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { LatencyFigures } from './benchResult.js';
import type { FirstSeenSystem, FromChild, ToChild } from './firstSeenChild.js';
import type { BenchQuestion } from './generateQuestions.js';
import { percentile } from './percentile.js';

const CHILD = fileURLToPath(new URL('./firstSeenChild.ts', import.meta.url));
/** Idle time before each question, in which no process of the bench runs. */
export const IDLE_GAP_MS = 25;

/**
 * Whether the full GC the bench forces runs right before the timed questions, after the 200
 * others (`BENCH_FIRST_SEEN_GC=after-others`: the method until the fourteenth session), instead of
 * before the 200 others (the default). A full GC throws away compiled code that held objects it
 * frees, and the answers after it compile again: a running bot meets one every few thousand
 * answers, not before each person's question. Under either method no timed answer had a GC
 * inside it in this bench, with the semi-spaces at 16 MiB after the warm-up: V8 ran the scavenges
 * as tasks in the idle gaps, the young generation having room left for a whole answer when they
 * were due. That is this bench's heap, not every bot's: with the semi-spaces held at 1 MiB
 * (`--max-semi-space-size=1`) some answers had a scavenge inside them, and V8's sizing may change
 * (bench/README.md, fourteenth and fifteenth sessions; bench/firstSeenGc.ts).
 */
export function gcAfterOthers(): boolean {
  return process.env.BENCH_FIRST_SEEN_GC === 'after-others';
}

/** How many other questions (generateQuestions.ts warmupQuestions) a first-seen process answers before the timed ones. */
export const OTHER_QUESTIONS = 200;

// What a first-seen process does before its timed questions, in one place for the bench's child
// (firstSeenChild.ts) and the scripts that ask as it does in one process (profileFirstSeen.ts,
// firstSeenGc.ts, firstSeenByKind.ts): a full GC, the other questions back to back, and a full GC
// after them only under BENCH_FIRST_SEEN_GC=after-others. Each needs --expose-gc.

/** The full GC before the other questions: what loading and the start-up warm-up left is not collected in the timings (a bot has long since done so). */
export function collectBeforeOthers(): void {
  exposedGc()();
}

/** After the other questions: the full GC there, under BENCH_FIRST_SEEN_GC=after-others only. */
export function collectAfterOthers(): void {
  if (gcAfterOthers()) exposedGc()();
}

/** collectBeforeOthers, `ask` each of `others` back to back, collectAfterOthers: everything before the first timed question. */
export function answerOthersFirst(ask: (question: string) => unknown, others: readonly string[]): void {
  collectBeforeOthers();
  for (const question of others) ask(question);
  collectAfterOthers();
}

function exposedGc(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (npx tsx --expose-gc bench/…)');
  return gc;
}
const SYSTEMS: readonly FirstSeenSystem[] = ['answer', 'search', 'peer'];

export interface FirstSeenResults {
  /** The answer path (question -> Block Kit), each question once, spaced. */
  answer: LatencyFigures;
  answerNatural: LatencyFigures;
  /** The bot's search alone, timed the same way. */
  search: LatencyFigures;
  /** The peer (peerIndex.ts), timed the same way. */
  peer: LatencyFigures;
  /** CPU time of the same answers (this process's, all its threads): the load of other work left out. */
  cpu: Record<FirstSeenSystem, LatencyFigures>;
  questions: number;
  warmupQuestions: number;
  /** Questions each system found nothing for. */
  foundNothing: Record<FirstSeenSystem, number>;
  /** The machine's 1-minute load average before and after (other processes share its cores). */
  load: [number, number];
  /** Per question, in order: each system's wall and CPU time (ms). */
  samples: { question: BenchQuestion; ms: Record<FirstSeenSystem, number>; cpuMs: Record<FirstSeenSystem, number> }[];
}

export async function measureFirstSeen(
  reportsDir: string,
  env: Record<string, string>,
  questions: readonly BenchQuestion[],
  warmup: readonly BenchQuestion[],
  log: (message: string) => void = () => undefined,
): Promise<FirstSeenResults> {
  const loadBefore = loadavg()[0] as number;
  const children: Partial<Record<FirstSeenSystem, Child>> = {};
  try {
    // One at a time, so each loads on a quiet machine (and the first writes the cache the others read).
    for (const system of SYSTEMS) {
      log(`first seen: starting ${system}`);
      children[system] = await Child.start(system, reportsDir, env);
    }
    const all = SYSTEMS.map((system) => children[system] as Child);
    for (const child of all) await child.warm(warmup.map((q) => q.text));

    const samples: FirstSeenResults['samples'] = [];
    const foundNothing: Record<FirstSeenSystem, number> = { answer: 0, search: 0, peer: 0 };
    for (const [i, question] of questions.entries()) {
      const ms = {} as Record<FirstSeenSystem, number>;
      const cpuMs = {} as Record<FirstSeenSystem, number>;
      // Systems take turns going first, so none always runs right after the same other one.
      for (let k = 0; k < all.length; k++) {
        const child = all[(i + k) % all.length] as Child;
        await sleep(IDLE_GAP_MS);
        const answered = await child.ask(question.text);
        ms[child.system] = answered.ms;
        cpuMs[child.system] = answered.cpuMs;
        if (answered.found === 0) foundNothing[child.system]++;
      }
      samples.push({ question, ms, cpuMs });
      if ((i + 1) % 250 === 0) log(`first seen: ${i + 1} of ${questions.length} questions`);
    }
    const of = (system: FirstSeenSystem, only?: (q: BenchQuestion) => boolean): LatencyFigures =>
      figures(samples.filter((s) => !only || only(s.question)).map((s) => s.ms[system]));
    const cpuOf = (system: FirstSeenSystem): LatencyFigures => figures(samples.map((s) => s.cpuMs[system]));
    return {
      answer: of('answer'),
      answerNatural: of('answer', (q) => q.kind === 'natural'),
      search: of('search'),
      peer: of('peer'),
      cpu: { answer: cpuOf('answer'), search: cpuOf('search'), peer: cpuOf('peer') },
      questions: questions.length,
      warmupQuestions: warmup.length,
      foundNothing,
      load: [loadBefore, loadavg()[0] as number],
      samples,
    };
  } finally {
    for (const child of Object.values(children)) child.stop();
  }
}

function figures(samples: number[]): LatencyFigures {
  return { p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}

/** One system's child process, asked one thing at a time. */
class Child {
  private waiting: { resolve: (reply: FromChild) => void; reject: (error: Error) => void } | undefined;
  private exitCode: number | null | undefined;

  private constructor(
    readonly system: FirstSeenSystem,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (reply: FromChild) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.resolve(reply);
    });
    child.on('exit', (code) => {
      this.exitCode = code;
      this.waiting?.reject(new Error(`first-seen ${system} process exited (${String(code)})`));
      this.waiting = undefined;
    });
  }

  static async start(system: FirstSeenSystem, reportsDir: string, env: Record<string, string>): Promise<Child> {
    // process.execArgv carries tsx's loader flags, so the child runs TypeScript as this process does.
    const child = fork(CHILD, [system, reportsDir], {
      execArgv: [...process.execArgv, '--expose-gc'],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const started = new Child(system, child);
    await started.reply('ready');
    return started;
  }

  async warm(questions: string[]): Promise<void> {
    await this.request({ type: 'warm', questions }, 'warmed');
  }

  async ask(question: string): Promise<Extract<FromChild, { type: 'answered' }>> {
    return this.request({ type: 'ask', question }, 'answered');
  }

  stop(): void {
    if (this.exitCode === undefined) this.child.kill();
  }

  private async request<T extends FromChild['type']>(message: ToChild, type: T): Promise<Extract<FromChild, { type: T }>> {
    const reply = this.reply(type);
    this.child.send(message);
    return reply;
  }

  private async reply<T extends FromChild['type']>(type: T): Promise<Extract<FromChild, { type: T }>> {
    if (this.exitCode !== undefined) throw new Error(`first-seen ${this.system} process exited (${String(this.exitCode)})`);
    const reply = await new Promise<FromChild>((resolve, reject) => (this.waiting = { resolve, reject }));
    if (reply.type !== type) throw new Error(`first-seen ${this.system} process sent "${reply.type}", expected "${type}"`);
    return reply as Extract<FromChild, { type: T }>;
  }
}
