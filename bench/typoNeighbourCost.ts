// Typo neighbours of a word (PostingsLookup's fuzzy lookup) two ways in one process: the walk of the
// terms' trie (src/search/fuzzyTrie.ts, fuzzyGet's walk) and the deletion index
// (src/search/deletionIndex.ts). Every distinct word of the bench's questions that is matched
// fuzzily (questionQuery.ts: 5-6 letters at one edit, 7+ at two), each looked up once by each way
// (who goes first alternates), the CPU caches flushed before every lookup (64 MB written over:
// what 25 ms of other work leaves). Wall time of the call; the results must be the same.
// `npx tsx bench/typoNeighbourCost.ts [--questions 3000] [--no-flush]`

import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';
import type { CompactMiniSearch } from '../src/search/compactMiniSearch.js';
import { DeletionIndex } from '../src/search/deletionIndex.js';
import { FuzzyTrie } from '../src/search/fuzzyTrie.js';
import { normalizeTerm } from '../src/search/normalizeTerm.js';
import type { PostingsLookup } from '../src/search/postingsLookup.js';
import { SEARCH_OPTIONS } from '../src/search/questionQuery.js';
import { tokenize } from '../src/search/tokenize.js';

const { values } = parseArgs({ options: { questions: { type: 'string', default: '3000' }, 'no-flush': { type: 'boolean', default: false } } });

const { library, reportIds } = await openCorpusLibrary(2000, DEFAULT_SEED);
const lookup = (library.index as unknown as { postings(): PostingsLookup | undefined }).postings();
if (!lookup) throw new Error('the index is not compact');
const tree = (lookup as unknown as { index: CompactMiniSearch<never> }).index.termTree();

const fixed = (x: number, digits = 3): string => x.toFixed(digits);
const built = (make: () => unknown): number => {
  make(); // compiled first
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const from = performance.now();
    make();
    times.push(performance.now() - from);
  }
  return percentile(times, 50);
};
const trieMs = built(() => new FuzzyTrie(tree));
const indexMs = built(() => DeletionIndex.of(tree));
global.gc?.();
const heapBefore = process.memoryUsage();
const trie = new FuzzyTrie(tree);
const deletions = DeletionIndex.of(tree);
if (!deletions) throw new Error('the deletion index is over its bound');
global.gc?.();
const heapAfter = process.memoryUsage();

const questions = distinctQuestions(DEFAULT_SEED, Number(values.questions), reportIds);
const words = [
  ...new Set(
    questions
      .flatMap((q) => tokenize(q.text))
      .map((word) => normalizeTerm(word))
      .filter((term): term is string => term !== null && SEARCH_OPTIONS.fuzzy(term) !== false),
  ),
];

const ways = [
  { name: 'trie walk', near: (q: string, d: number) => trie.near(q, d), wall: [] as number[] },
  { name: 'deletion index', near: (q: string, d: number) => deletions.near(q, d) ?? [], wall: [] as number[] },
];
const flush = new Uint8Array(64 * 1024 * 1024);
let round = 0;
let differ = 0;
let found = 0;
const loadBefore = loadavg()[0] as number;
for (const [i, word] of words.entries()) {
  const distance = SEARCH_OPTIONS.fuzzy(word) as number;
  const results: string[] = [];
  for (const way of i % 2 === 0 ? ways : [...ways].reverse()) {
    round++;
    if (!values['no-flush']) for (let at = 0; at < flush.length; at += 64) flush[at] = round;
    const from = performance.now();
    const result = way.near(word, distance);
    way.wall.push(performance.now() - from);
    results.push(JSON.stringify(result));
    found += result.length;
  }
  if (results[0] !== results[1] && ++differ <= 5) console.log(`differs: ${word} ${distance}: ${results[0]} / ${results[1]}`);
}
console.log(`${words.length} words looked up (${found / 2} neighbours), caches ${values['no-flush'] ? 'not flushed' : 'flushed before each'}; load ${fixed(loadBefore, 1)}-${fixed(loadavg()[0] as number, 1)}; ${differ} differ`);
for (const way of ways) {
  const sum = way.wall.reduce((a, b) => a + b, 0);
  console.log(`${way.name.padEnd(15)} p50 ${fixed(percentile(way.wall, 50))} p90 ${fixed(percentile(way.wall, 90))} p99 ${fixed(percentile(way.wall, 99))} max ${fixed(Math.max(...way.wall))} ms, sum ${fixed(sum, 1)} ms`);
}
console.log(`built (median of 5): trie ${fixed(trieMs, 1)} ms, deletion index ${fixed(indexMs, 1)} ms; ${trie.termCount} terms`);
const filed = (deletions as unknown as { entries: Int32Array }).entries.length;
console.log(
  `deletion index ${fixed(deletions.byteLength / 1e6, 2)} MB in typed arrays, ${filed} strings filed (${fixed(filed / deletions.termCount, 1)} per term); both built: heap ${fixed((heapAfter.heapUsed - heapBefore.heapUsed) / 1e6, 2)} MB, off the heap ${fixed((heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 1e6, 2)} MB, RSS ${fixed((heapAfter.rss - heapBefore.rss) / 1e6, 1)} MB`,
);
