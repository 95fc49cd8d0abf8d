// Pruned search alone (src/search/prunedSearch.ts), first seen, two versions of it side by side in
// one process: what a change to it costs or saves, measured apart from the rest of the answer.
// The bench's first-seen questions (and their warm-up) are answered once the bench's way to record
// every pruned search they make (the query terms and the filter, as ClaimIndex.matches builds
// them); then each recorded search is run by each version in turn (who goes first alternates),
// each version with a lookup of its own over the same index (so neither finds the other's word
// expansions remembered), and before every run the CPU caches are flushed by writing over a buffer
// larger than them (what 25 ms of other work leaves). Wall and CPU time of the call alone; every
// result must be the same claims with the same scores in the same order, or it says which differ.
// `npx tsx bench/prunedSearchCost.ts --old DIR [--questions 3000] [--reports 2000] [--seed 1] [--flush-mb 64]`
// DIR holds the other version's prunedSearch.ts and the files it imports from src/search (made by
// `bench/oldSearchCopy.sh COMMIT DIR`). Run the bench once first: it writes the cache this reads.

import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';
import { ClaimIndex } from '../src/search/claimIndex.js';
import { shortIdTest, type ClaimFilter } from '../src/search/claimFilter.js';
import type { CompactMiniSearch } from '../src/search/compactMiniSearch.js';
import { expandQuestion, type Expansion } from '../src/search/expandQuestion.js';
import { queryTerms } from '../src/search/questionQuery.js';
import { termsOf } from '../src/search/termsOf.js';
import * as current from '../src/search/prunedSearch.js';
import * as currentLookup from '../src/search/postingsLookup.js';

const { values } = parseArgs({
  options: {
    old: { type: 'string' },
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    questions: { type: 'string', default: '3000' },
    'flush-mb': { type: 'string', default: '64' },
  },
});
if (!values.old) throw new Error('--old DIR: the other version (bench/oldSearchCopy.sh COMMIT DIR)');
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);

type Prune = typeof current.prunedSearch;
interface Version {
  name: string;
  prunedSearch: Prune;
  lookup: InstanceType<typeof currentLookup.PostingsLookup>;
  wall: number[];
  cpu: number[];
}

const { library, reportIds } = await openCorpusLibrary(reports, seed);
const questions = distinctQuestions(seed, Number(values.questions), reportIds);
const warmup = warmupQuestions(seed, 200, reportIds, questions);

// Every pruned search the answers make, as ClaimIndex.matches makes it (no report scope, no phrases).
interface Recorded {
  text: string;
  query: current.QueryTerm[];
  filter: ClaimFilter | undefined;
  limit: number | undefined;
}
const index = library.index;
const matches = ClaimIndex.prototype.matches;
let recording: Recorded[] = [];
ClaimIndex.prototype.matches = function (this: ClaimIndex, text, filter, options) {
  const { exhaustive, within, phrases = [], aliases, limit } = options;
  if (this === index && !exhaustive && !within && phrases.length === 0) {
    const expansions = expandQuestion(text, aliases ? { aliases } : {});
    const synonyms = expansions.some((e: Expansion) => e.unlessSourceIndexed) ? expansions.filter((e) => !e.unlessSourceIndexed || this.claimsWith(e.source) === 0) : expansions;
    recording.push({ text, query: queryTerms(termsOf(text), synonyms), filter, limit });
  }
  return matches.call(this, text, filter, options);
};
const record = (texts: readonly { text: string }[]): Recorded[] => {
  recording = [];
  for (const q of texts) answerAsSlack(library, q.text);
  return recording;
};
const warmSearches = record(warmup);
const timedSearches = record(questions);
ClaimIndex.prototype.matches = matches;

const compact = (index as unknown as { compact: CompactMiniSearch<never> | null }).compact;
if (!compact) throw new Error('the index is not compact');
const oldDir = resolve(values.old);
const old = (await import(join(oldDir, 'prunedSearch.ts'))) as typeof current;
const oldLookup = (await import(join(oldDir, 'postingsLookup.ts'))) as typeof currentLookup;
const versions: Version[] = [
  { name: `old (${values.old})`, prunedSearch: old.prunedSearch as Prune, lookup: new oldLookup.PostingsLookup(compact), wall: [], cpu: [] },
  { name: 'this tree', prunedSearch: current.prunedSearch, lookup: new currentLookup.PostingsLookup(compact), wall: [], cpu: [] },
];

const flushBytes = Number(values['flush-mb']) * 1024 * 1024;
const flushBuffer = new Uint8Array(flushBytes);
let flushRound = 0;
/** Writes over a buffer larger than the CPU caches, one byte per cache line. */
function flushCaches(): void {
  flushRound++;
  for (let i = 0; i < flushBytes; i += 64) flushBuffer[i] = flushRound;
}

function run(version: Version, search: Recorded): ReturnType<Prune> {
  const filter = search.filter ? shortIdTest(search.filter, index, (shortId) => version.lookup.idOf(shortId)) : undefined;
  return version.prunedSearch(version.lookup, search.query, { ...(filter ? { filter } : {}), ...(search.limit === undefined ? {} : { limit: search.limit }) });
}

for (const search of warmSearches) for (const version of versions) run(version, search);

const loadBefore = loadavg()[0] as number;
let differ = 0;
for (const [i, search] of timedSearches.entries()) {
  const order = i % 2 === 0 ? versions : [...versions].reverse();
  const results = new Map<Version, ReturnType<Prune>>();
  for (const version of order) {
    flushCaches();
    const cpu = process.cpuUsage();
    const from = performance.now();
    const result = run(version, search);
    const wall = performance.now() - from;
    const { user, system } = process.cpuUsage(cpu);
    version.wall.push(wall);
    version.cpu.push((user + system) / 1000);
    results.set(version, result);
  }
  const [a, b] = versions.map((version) => JSON.stringify(results.get(version)));
  if (a !== b) {
    differ++;
    if (differ <= 5) console.log(`differs: ${JSON.stringify(search.text)}\n  old ${a?.slice(0, 300)}\n  new ${b?.slice(0, 300)}`);
  }
}
const loadAfter = loadavg()[0] as number;

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const fixed = (x: number): string => x.toFixed(3);
console.log(`${timedSearches.length} pruned searches from ${questions.length} first-seen questions (warm-up ${warmSearches.length}), caches flushed (${values['flush-mb']} MB) before each; load ${loadBefore.toFixed(1)}-${loadAfter.toFixed(1)}`);
for (const version of versions) {
  const line = (label: string, xs: number[]): string =>
    `${label} sum ${sum(xs).toFixed(1)} ms, p50 ${fixed(percentile(xs, 50))}, p90 ${fixed(percentile(xs, 90))}, p99 ${fixed(percentile(xs, 99))}, max ${fixed(Math.max(...xs))} ms`;
  console.log(`${version.name}\n  ${line('wall', version.wall)}\n  ${line('CPU ', version.cpu)}`);
}
console.log(differ === 0 ? 'every result the same (claims, scores, order)' : `${differ} results differ`);
