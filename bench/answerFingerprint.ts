// Whether a change kept every answer the same: answers the bench's questions (the first-seen
// ones, their warm-up, and the eval's) on the bench's library and prints one hash of everything
// an answer says (claims and scores in order, answered or not, related claims, total, hints,
// suggestions), then the Block Kit message's hash; then one hash of the same over every eval
// question with filters added (perspectives, dates, strengths, phrases, a report, a scope): the
// filters' own code paths. A speed change must leave all three unchanged.
// The library is indexed in one go, reports in file order. Scores do not depend on that order
// (average field lengths are integer sums over the claim count; a word's derived terms are summed
// in the terms' order), but claims that tie exactly are listed in the order they were indexed.
// `--warm-up` runs the bot's start-up warm-up (src/answer/warmUp.ts) first: the hashes must not change.
// `--snapshot` opens the library as the bot does (openLibrary.ts: the cache and the index snapshot,
// warm-up included), so answers read what the snapshot holds; run it twice (the first run writes
// the snapshot). Its hashes are the others', written or read.
// `--shuffle S` indexes the reports in a seeded shuffled order instead (a cold start serves them as
// its parse workers finish them, and the writing `--snapshot` run loads so): the hashes must not change.
// `--wordnet-table` reads WordNet from its relation table (src/search/wordnet/relationTable.ts), as
// a running bot and --snapshot do, instead of its files: the hashes must not change.
// `--reload N` then reloads the first N reports (file order) as a live reload does
// (Library.putInTurns: indexed apart in turns, then swapped in), each as another version (its
// topic revised) and back; `--reload-by put` does it by Library.put, in one step each. The two
// must give the same hashes. These differ from a build's: the reloaded claims are indexed last,
// and which claims pruned search scores, and which words are suggested, follow that order
// (bench/README.md, twentieth session, fix22). Replaced claims are swept as in the bot, not at
// once: each old version's are discarded on the bot's own path (Library.put -> removeClaims) and
// swept when MiniSearch's auto-vacuum conditions hold (20 discarded, a tenth of all held); till
// then they count in term statistics, and MiniSearch's search drops their postings as it meets
// them. So the hashes are those of a bot that had these reloads, then these questions.
// `npx tsx bench/answerFingerprint.ts [--reports 2000] [--seed 1] [--questions 3000] [--verbose] [--warm-up] [--snapshot] [--shuffle S] [--wordnet-table] [--reload N [--reload-by turns|put]]`
// (run the bench once first, or it loads the library cold).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { answerMessage } from '../src/render/slack/answerBlocks.js';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus, reportIdsOf } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { libraryConfigFromEnv } from '../src/config.js';
import { Library } from '../src/library/library.js';
import type { LibraryView } from '../src/library/libraryView.js';
import type { Answer } from '../src/answer/answer.js';
import { PERSPECTIVES } from './vocabulary.js';
import { answerSummary } from './answerSummary.js';
import { useRelationTable } from '../src/search/expandQuestion.js';
import { loadReports } from '../src/reports/loadReports.js';
import { byCodeUnits } from '../src/runtime/byCodeUnits.js';
import { AnswerTurns } from '../src/slack/answerTurns.js';
import { warmUpSlackAnswers } from '../src/slack/warmUpSlackAnswers.js';
import { openLibrary } from './openLibrary.js';
import { Random } from './random.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    questions: { type: 'string', default: '3000' },
    verbose: { type: 'boolean', default: false },
    'warm-up': { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: false },
    'wordnet-table': { type: 'boolean', default: false },
    shuffle: { type: 'string' },
    reload: { type: 'string', default: '0' },
    'reload-by': { type: 'string', default: 'turns' },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);

const corpus = await ensureCorpus(reports, seed);
process.env.REPORT_CACHE_DIR ??= join(CORPUS_ROOT, 'cache', `reports-${reports}-seed${seed}`);
if (values.snapshot && values.shuffle !== undefined) throw new Error('--shuffle orders the plain load; --snapshot loads as the bot does');
const library = values.snapshot ? await openLibrary(corpus.dir) : await libraryInFileOrder(corpus.dir);
if (values['warm-up'] && !values.snapshot) await warmUpSlackAnswers(library, new AnswerTurns());
// WordNet read from its relation table (as openLibrary, so --snapshot, reads it) rather than its files.
if (values['wordnet-table'] && !(await useRelationTable({ cacheDir: libraryConfigFromEnv(process.env).reportCacheDir, build: true }))) throw new Error('no WordNet relation table');
if (!['turns', 'put'].includes(values['reload-by'])) throw new Error(`--reload-by takes "turns" or "put", not ${values['reload-by']}`);
for (const report of [...library.reports].sort((a, b) => byCodeUnits(a.file, b.file)).slice(0, Number(values.reload))) {
  for (const version of [{ ...report, topic: `${report.topic} revised` }, report]) {
    if (values['reload-by'] === 'put') library.put(version);
    else await library.putInTurns(version);
  }
}
const reportIds = reportIdsOf(corpus);
const timed = distinctQuestions(seed, Number(values.questions), reportIds);
// The eval's questions too: words people use, not the generator's vocabulary.
const evalQuestions = ['questions.json', 'holdout/questions.json', 'holdout2/questions.json'].flatMap((file) => {
  try {
    const parsed = JSON.parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')) as { q?: unknown }[];
    return parsed.flatMap((q) => (typeof q.q === 'string' ? [q.q] : []));
  } catch {
    return [];
  }
});
const questions = [...warmupQuestions(seed, 200, reportIds, timed).map((q) => q.text), ...timed.map((q) => q.text), ...evalQuestions];

/** The library indexed in one go, reports in file order as loadReports lists them (or shuffled, with --shuffle). */
async function libraryInFileOrder(dir: string): Promise<Library> {
  const loaded = await loadReports(dir, { cacheDir: libraryConfigFromEnv(process.env).reportCacheDir });
  if (values.shuffle === undefined) return Library.from(loaded);
  return Library.from({ ...loaded, reports: new Random(Number(values.shuffle)).sample(loaded.reports, loaded.reports.length) });
}

/** Everything an answer says, as one line. */
function lineOf(question: string, answer: Answer): string {
  return JSON.stringify({ question, ...answerSummary(answer) });
}

const answers = createHash('sha256');
const messages = createHash('sha256');
for (const question of questions) {
  const answer = answerQuestion(library, question);
  const line = lineOf(question, answer);
  if (values.verbose) console.log(line);
  answers.update(line);
  messages.update(JSON.stringify(answerMessage(answer, { offset: 0, shareable: true })));
}

// Every eval set's questions, each with filters added four ways: what filtered answers read.
const allEvalQuestions = ['questions.json', 'holdout/questions.json', 'holdout2/questions.json', 'holdout3/questions.json', 'holdout4/questions.json'].flatMap((file) => {
  try {
    const parsed = JSON.parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')) as { q?: unknown }[];
    return parsed.flatMap((q) => (typeof q.q === 'string' ? [q.q] : []));
  } catch {
    return [];
  }
});
const perspectiveWords = PERSPECTIVES.map((p) => p.split(' ')[0]?.toLowerCase() ?? '');
// A scope that sees every report of the corpus (all top level), through the scoped view's filters.
const scoped: LibraryView = library.view({ collections: ['elsewhere'], topLevel: true });
const filtered = createHash('sha256');
let filteredCount = 0;
allEvalQuestions.forEach((q, i) => {
  const word = q.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
  const variants: [LibraryView, string][] = [
    [library, `perspective:${perspectiveWords[i % perspectiveWords.length]} ${q}`],
    [library, `since:2026-0${1 + (i % 9)}-01 ${q} strength:${i % 2 === 0 ? 'quoted' : 'multi-source'}`],
    [scoped, `perspective:${perspectiveWords[(i * 7) % perspectiveWords.length]} since:2026-03-01 ${q} "${word.replace(/"/g, '')}"`],
    [scoped, `report:${reportIds[(i * 37) % reportIds.length]} ${q}`],
  ];
  for (const [view, question] of variants) {
    const line = lineOf(question, answerQuestion(view, question));
    if (values.verbose) console.log(line);
    filtered.update(line);
    filteredCount++;
  }
});
console.log(`${questions.length} questions (${evalQuestions.length} from eval/), ${reports} reports, seed ${seed}${values.shuffle === undefined ? '' : `, indexed shuffled (seed ${values.shuffle})`}${values.reload === '0' ? '' : `, the first ${values.reload} reloaded twice by ${values['reload-by']}`}`);
console.log(`answers  ${answers.digest('hex')}`);
console.log(`messages ${messages.digest('hex')}`);
console.log(`filtered ${filtered.digest('hex')} (${filteredCount}: the eval sets' ${allEvalQuestions.length} questions with filters)`);
