// Child process of the first-seen measurement (measureFirstSeen.ts): one system in a process of
// its own, as a bot runs it, so no other system's garbage is collected in its timings. Loads the
// reports, warms up on the questions it is sent, then answers one question per message, timing
// only the answer: wall time (what the person waits) and this process's CPU time (what it
// worked: on a machine shared with other work, waiting for a core is in the first, not the
// second). `tsx --expose-gc bench/firstSeenChild.ts <answer|search|peer> <reports dir>`,
// started with an IPC channel (fork); the cache folder comes from the environment.

import { libraryConfigFromEnv } from '../src/config.js';
import { loadReports } from '../src/reports/loadReports.js';
import { answerAsSlack } from './answerPath.js';
import { collectAfterOthers, collectBeforeOthers } from './measureFirstSeen.js';
import { openLibrary } from './openLibrary.js';
import { peerIndex } from './peerIndex.js';

export type FirstSeenSystem = 'answer' | 'search' | 'peer';

export type ToChild = { type: 'warm'; questions: string[] } | { type: 'ask'; question: string };
export type FromChild = { type: 'ready' } | { type: 'warmed' } | { type: 'answered'; ms: number; cpuMs: number; found: number };

const [system, dir] = process.argv.slice(2);
if (!dir || (system !== 'answer' && system !== 'search' && system !== 'peer')) {
  throw new Error('usage: firstSeenChild.ts <answer|search|peer> <reports dir>');
}

/** Answers a question; returns how many claims it found. */
const ask = await setUp(system, dir);
const send = (message: FromChild): void => {
  process.send?.(message);
};
// Before the other questions, as every first-seen process does (measureFirstSeen.ts answerOthersFirst).
collectBeforeOthers();
send({ type: 'ready' });

// Results are kept so the work that made them cannot be optimised away.
export let lastFound = 0;

process.on('message', (message: ToChild) => {
  if (message.type === 'warm') {
    for (const question of message.questions) lastFound = ask(question);
    collectAfterOthers();
    send({ type: 'warmed' });
  } else {
    const cpu = process.cpuUsage();
    const start = performance.now();
    lastFound = ask(message.question);
    const ms = performance.now() - start;
    const { user, system: kernel } = process.cpuUsage(cpu);
    send({ type: 'answered', ms, cpuMs: (user + kernel) / 1000, found: lastFound });
  }
});
process.on('disconnect', () => process.exit(0));

async function setUp(kind: FirstSeenSystem, reportsDir: string): Promise<(question: string) => number> {
  if (kind === 'peer') {
    const peer = peerIndex((await loadReports(reportsDir, { cacheDir: libraryConfigFromEnv(process.env).reportCacheDir })).reports);
    return (question) => peer.search(question).length;
  }
  const library = await openLibrary(reportsDir);
  if (kind === 'search') return (question) => library.index.search(question).length;
  return (question) => answerAsSlack(library, question).found;
}
