// The exhaustive fallback alone (src/search/exhaustiveSearch.ts), two versions side by side in one
// process: every bench question's exhaustive search (its words, expansions and filter, built
// as ClaimIndex.matches builds them except that expansions ClaimIndex drops when a source is
// indexed are kept: the same work for both versions), run by each version in turn (who goes first alternates), the
// CPU caches flushed before every run (64 MB written over: what 25 ms of other work leaves).
// Wall time of the call; every result must be the same claims, scores and order.
// `npx tsx bench/exhaustiveSearchCost.ts --old DIR [--questions 1000] [--limit 50]`; DIR from
// `bench/oldSearchCopy.sh COMMIT DIR` (its src/search). Run the bench once first (its cache).

import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';
import { questionFilter } from '../src/answer/questionFilter.js';
import { readQuestion } from '../src/answer/readQuestion.js';
import { shortIdScreen, shortIdTest } from '../src/search/claimFilter.js';
import { expandQuestion } from '../src/search/expandQuestion.js';
import type { PostingsLookup } from '../src/search/postingsLookup.js';
import { everyMatchQuery } from '../src/search/questionQuery.js';
import * as current from '../src/search/exhaustiveSearch.js';

const { values } = parseArgs({
  options: {
    old: { type: 'string' },
    questions: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '50' },
  },
});
if (!values.old) throw new Error('--old DIR: the other version (bench/oldSearchCopy.sh COMMIT DIR)');
const old = (await import(join(resolve(values.old), 'exhaustiveSearch.ts'))) as typeof current;
const limit = Number(values.limit);

const { library, reportIds } = await openCorpusLibrary(2000, DEFAULT_SEED);
const questions = distinctQuestions(DEFAULT_SEED, Number(values.questions), reportIds);
for (const q of warmupQuestions(DEFAULT_SEED, 200, reportIds, questions)) answerAsSlack(library, q.text);
const index = library.index;
const lookup = (index as unknown as { postings(): PostingsLookup | undefined }).postings();
if (!lookup) throw new Error('the index is not compact');

const searches = questions
  .map((q) => {
    const { query } = readQuestion(q.text, library);
    const filtered = Object.values(query.filters).some((v) => v !== undefined) || query.phrases.length > 0;
    const filter = filtered ? questionFilter(library, { ...query.filters, phrases: query.phrases }) : undefined;
    return {
      text: query.text,
      query: everyMatchQuery(query.text, expandQuestion(query.text, { aliases: library.aliases })),
      test: filter ? shortIdTest(filter, index, (shortId) => lookup.idOf(shortId)) : undefined,
      screen: shortIdScreen(filter, index),
    };
  })
  .filter((search) => search.text.trim() !== '');

const versions = [
  { name: `old (${values.old})`, search: old.searchEveryMatch as typeof current.searchEveryMatch, wall: [] as number[] },
  { name: 'this tree', search: current.searchEveryMatch, wall: [] as number[] },
];
const flush = new Uint8Array(64 * 1024 * 1024);
let round = 0;
const loadBefore = loadavg()[0] as number;
let differ = 0;
for (const [i, s] of searches.entries()) {
  const results: string[] = [];
  for (const version of i % 2 === 0 ? versions : [...versions].reverse()) {
    round++;
    for (let at = 0; at < flush.length; at += 64) flush[at] = round;
    const from = performance.now();
    const result = version.search(lookup, s.query, s.test, limit, s.screen);
    version.wall.push(performance.now() - from);
    results.push(JSON.stringify(result));
  }
  if (results[0] !== results[1] && ++differ <= 5) console.log(`differs: ${JSON.stringify(s.text)}`);
}
const fixed = (x: number): string => x.toFixed(3);
console.log(`${searches.length} exhaustive searches, limit ${limit}, caches flushed before each; load ${loadBefore.toFixed(1)}-${(loadavg()[0] as number).toFixed(1)}`);
for (const { name, wall } of versions) {
  console.log(`${name}: sum ${wall.reduce((a, b) => a + b, 0).toFixed(1)} ms, p50 ${fixed(percentile(wall, 50))}, p90 ${fixed(percentile(wall, 90))}, p99 ${fixed(percentile(wall, 99))} ms`);
}
console.log(differ === 0 ? 'every result the same (claims, scores, order)' : `${differ} results differ`);
