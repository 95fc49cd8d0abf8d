// What a first-seen answer reads of WordNet, counted, not timed: the same on a busy machine as on
// a quiet one. Asks the bench's first-seen questions as `npm run bench` does (the bot's start-up
// warm-up, the 200 others, then each question once) in this one process, and counts per question
// the synsets read from the data files (a file read and a parse each: `data.<pos>` is not held in
// memory; one already read is remembered), the lemmas asked for (`WordNet.entry` calls, in both
// modes), and the index searches (`index.<pos>` for a lemma not remembered, `index.sense` for a
// lemma's tag counts; none with the relation table, as the bench's bot has it; BENCH_WORDNET_TABLE=off
// reads the files).
// `npx tsx --expose-gc bench/firstSeenReads.ts [--reports 2000] [--seed 1] [--questions 1000]`
// Run the bench once first: it writes the cache this reads.

import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { answerOthersFirst, OTHER_QUESTIONS } from './measureFirstSeen.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';
import { DictFile } from '../src/search/wordnet/dictFile.js';
import { WordNet } from '../src/search/wordnet/wordNet.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    questions: { type: 'string', default: '1000' },
  },
});
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);

const counts = { synsets: 0, lemmas: 0, searches: 0 };
const countCalls = <T extends object>(proto: T, name: keyof T & string, counter: keyof typeof counts): void => {
  const original = proto[name] as unknown as (...args: unknown[]) => unknown;
  Object.defineProperty(proto, name, {
    value(this: unknown, ...args: unknown[]) {
      counts[counter]++;
      return original.apply(this, args);
    },
  });
};
countCalls(DictFile.prototype, 'lineAt', 'synsets');
countCalls(WordNet.prototype, 'entry', 'lemmas');
countCalls(DictFile.prototype, 'find', 'searches');
countCalls(DictFile.prototype, 'linesStartingWith', 'searches');

const { library, reportIds } = await openCorpusLibrary(Number(values.reports), seed);
const questions = distinctQuestions(seed, Number(values.questions), reportIds);
const warmup = warmupQuestions(seed, OTHER_QUESTIONS, reportIds, questions);
answerOthersFirst((question) => answerAsSlack(library, question), warmup.map((q) => q.text));

const synsets: number[] = [];
const lemmas: number[] = [];
const searches: number[] = [];
for (const q of questions) {
  const before = { ...counts };
  answerAsSlack(library, q.text);
  synsets.push(counts.synsets - before.synsets);
  lemmas.push(counts.lemmas - before.lemmas);
  searches.push(counts.searches - before.searches);
}
const line = (name: string, xs: number[]): string =>
  `${name.padEnd(8)} per question: mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)}, p50 ${percentile(xs, 50)}, p90 ${percentile(xs, 90)}, p99 ${percentile(xs, 99)}, max ${Math.max(...xs)}; questions with any ${xs.filter((n) => n > 0).length}; sum ${xs.reduce((a, b) => a + b, 0)}`;
console.log(`${questions.length} first-seen questions, ${values.reports} reports, seed ${seed}, WordNet ${process.env.BENCH_WORDNET_TABLE === 'off' ? 'files' : 'relation table'}`);
console.log(line('synsets', synsets));
console.log(line('lemmas', lemmas));
console.log(line('searches', searches));
