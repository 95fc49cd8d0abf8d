// `npx tsx eval/untunedGap.ts [--list]`: where MiniSearch with its default options (npm run eval's
// "untuned" column) finds an answer in its first 3 and the bot's answer (as npm run eval scores it:
// a declined question a miss) does not, and the reverse, on every development set. Each such
// question is then taken apart by a ladder from the untuned search to the bot's answer, one
// difference at a time (the question's chat words, the bot's stop words, stemming, field weights,
// typos and the last word completed, other words for the question's words, report agreement, the
// question's function words shared, the reranker: the ranking alone, rankingAlone.ts; then the
// filters and readings answerQuestion applies, and the decision to decline): the last step after
// which the answer leaves the first 3 (or enters them), to stay so, is its cause. With --list each
// question is printed with its ranks at every step. Measurement only; held-out sets not yet looked
// at are left out.

import { readFileSync } from 'node:fs';
import MiniSearch, { type SearchOptions } from 'minisearch';
import { answerQuestion, MAX_ITEMS } from '../src/answer/answerQuestion.js';
import { rerankClaims } from '../src/answer/rerankClaims.js';
import { servedItems } from '../src/answer/servedItems.js';
import type { FoundClaim } from '../src/answer/rerankFeatures.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { CLAIM_FIELDS, claimDocument, type ClaimDocument } from '../src/search/claimDocument.js';
import { expandQuestion } from '../src/search/expandQuestion.js';
import { foldTerm, normalizeTerm } from '../src/search/normalizeTerm.js';
import { SEARCH_OPTIONS, typoEditsByTerm } from '../src/search/questionQuery.js';
import type { ScoredClaim } from '../src/search/prunedSearch.js';
import { byReportAgreement } from '../src/search/reportAgreement.js';
import { searchEverything } from '../src/search/searchEverything.js';
import { bySharedFunctionWords } from '../src/search/sharedFunctionWords.js';
import { tokenize } from '../src/search/tokenize.js';
import { expectedIds, isUnanswerable, searchedClaims, type EvalQuestion } from './evaluate.js';
import { DEVELOPMENT_SETS } from './evalSets.js';

/** The ladder's steps, each adding one of the bot's differences to the one before. */
export const STEPS = ['untuned', 'chat words dropped', 'stop words', 'stemming', 'field weights', 'typos, last word completed', 'other words (expansions)', 'report agreement', 'shared function words', 'reranker', 'filters and readings', 'declined'] as const;
type Step = (typeof STEPS)[number];

const listAll = process.argv.includes('--list');
const f = (x: number): string => x.toFixed(3);

/** The claim ids in the order each step ranks them, for one question. */
type Ladder = Map<Step, string[]>;

/** MiniSearch over the library's claims; `words`: how words become index keys (MiniSearch's own, or the bot's tokenizer with its stop words, unstemmed or stemmed). */
function miniSearchOf(library: Library, words: 'default' | 'folded' | 'stemmed', searchOptions: SearchOptions): MiniSearch<ClaimDocument> {
  const processTerm = words === 'folded' ? foldTerm : normalizeTerm;
  const index = new MiniSearch<ClaimDocument>({
    fields: [...CLAIM_FIELDS],
    ...(words === 'default' ? {} : { tokenize, processTerm }),
    searchOptions: words === 'default' ? searchOptions : { ...searchOptions, processTerm },
  });
  for (const report of library.reports) index.addAll(report.claims.map((claim) => claimDocument(claim, report)));
  return index;
}

interface Searchers {
  untuned: MiniSearch<ClaimDocument>;
  folded: MiniSearch<ClaimDocument>;
  analysed: MiniSearch<ClaimDocument>;
  boosted: MiniSearch<ClaimDocument>;
  bot: MiniSearch<ClaimDocument>;
}

function searchersOf(library: Library): Searchers {
  const { boost, fuzzy, prefix } = SEARCH_OPTIONS;
  return {
    untuned: miniSearchOf(library, 'default', {}),
    folded: miniSearchOf(library, 'folded', { combineWith: 'OR' }),
    analysed: miniSearchOf(library, 'stemmed', { combineWith: 'OR' }),
    boosted: miniSearchOf(library, 'stemmed', { combineWith: 'OR', boost }),
    bot: miniSearchOf(library, 'stemmed', { combineWith: 'OR', boost, fuzzy, prefix }),
  };
}

function ladderOf(library: Library, searchers: Searchers, question: string): Ladder {
  const { text, typed, found } = searchedClaims(library, question);
  const ids = (results: { id: unknown }[]): string[] => results.map((result) => result.id as string);
  const synonyms = expandQuestion(text, { aliases: library.aliases }).filter((s) => !s.unlessSourceIndexed || library.index.claimsWith(s.source) === 0);
  // A word the claims have is taken as typed (questionQuery.ts IndexedTerm), as the bot's search takes it.
  const indexed = (term: string): boolean => library.index.claimsWith(term) > 0;
  const expanded = searchEverything(searchers.bot, text, synonyms, undefined, undefined, undefined, indexed);
  // Claims whose scores tie exactly are in the index's order for ties (tiedClaims.ts: by relative
  // length, which only the index knows): the bot's own first claims stand for them.
  const agreed = inBotsOrder(byReportAgreement(expanded), found, question);
  const lifted = bySharedFunctionWords(text, agreed, (hit) => library.claim(hit.id)?.text);
  const asFound = servedItems(library, agreed, MAX_ITEMS);
  const answer = answerQuestion(library, question);
  const ladder: Ladder = new Map([
    ['untuned', ids(searchers.untuned.search(question))],
    ['chat words dropped', ids(searchers.untuned.search(text))],
    ['stop words', ids(searchers.folded.search(text))],
    ['stemming', ids(searchers.analysed.search(text))],
    ['field weights', ids(searchers.boosted.search(text))],
    ['typos, last word completed', ids(searchers.bot.search(text, { fuzzy: typoEditsByTerm(text, indexed) }))],
    ['other words (expansions)', ids(expanded)],
    ['report agreement', ids(agreed)],
    ['shared function words', ids(lifted)],
    // The reranker lifts the shared function words first (rerankClaims.ts), as the step before.
    ['reranker', rerankClaims(library, text, asFound, typed).map((item) => item.claim.id)],
    // The answer as npm run eval scores it: the filters and readings answerQuestion applies (a
    // perspective or report named, a follow-up read) with nothing declined, then the decision.
    ['filters and readings', (answer.answered ? answer.items : answer.related).map((item) => item.claim.id)],
    ['declined', answer.items.map((item) => item.claim.id)],
  ]);
  return ladder;
}

/**
 * The bot's own search order (evaluate.ts searchedClaims) then the rest of `agreed`: the ladder's
 * own search must reach that order but for claims whose scores tie (the index orders ties by
 * relative length, which only it knows; also across the cut) and for rounding (the compact engine
 * sums a score in another order). Where it does not, the question is counted in `unreached`, and
 * the steps from report agreement on are still the bot's.
 */
function inBotsOrder(agreed: ScoredClaim[], found: readonly FoundClaim[], question: string): ScoredClaim[] {
  const same = agreed.length >= found.length && found.every((item, i) => item.claim.id === agreed[i]?.id || Math.abs(item.score - (agreed[i]?.score ?? Infinity)) <= 1e-9 * item.score);
  if (!same) unreached.push(question);
  return [...found.map((item) => ({ id: item.claim.id, score: item.score })), ...agreed.slice(found.length)];
}
const unreached: string[] = [];

const rankIn = (ranked: string[], expected: Set<string>): number => ranked.findIndex((id) => expected.has(id));
const inTop3 = (rank: number): boolean => rank >= 0 && rank < 3;
const shown = (rank: number): string => (rank < 0 ? '-' : String(rank + 1));

/** The last step after which the answer is out of the first 3 (`lost`) or in them (`won`): it stays so from there on. */
function lastChange(ranks: number[], lost: boolean): Step {
  for (let i = ranks.length - 1; i >= 1; i--) {
    const before = inTop3(ranks[i - 1] as number);
    const after = inTop3(ranks[i] as number);
    if (lost ? before && !after : !before && after) return STEPS[i] as Step;
  }
  return STEPS[0];
}

const lostBy = new Map<Step, number>();
const wonBy = new Map<Step, number>();
const lostByKind = new Map<string, number>();
const wonByKind = new Map<string, number>();
const lines: string[] = [];
const total = { n: 0, untuned: 0, ranking: 0, bot: 0 };
console.log('| set | n | untuned R@3 | bot R@3 (ranking alone) | bot R@3 (answered) | untuned only | bot only |');
console.log('|---|---|---|---|---|---|---|');
for (const set of DEVELOPMENT_SETS) {
  const questions = (JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[]).filter((q) => !isUnanswerable(q));
  const library = Library.from(await loadReports(set.reports));
  const searchers = searchersOf(library);
  let untunedHits = 0;
  let botHits = 0;
  let rankingHits = 0;
  let untunedOnly = 0;
  let botOnly = 0;
  for (const question of questions) {
    const expected = expectedIds(library, question);
    const ladder = ladderOf(library, searchers, question.q);
    const ranks = STEPS.map((step) => rankIn(ladder.get(step) ?? [], expected));
    const untuned = inTop3(ranks[0] as number);
    const bot = inTop3(ranks[ranks.length - 1] as number);
    if (inTop3(ranks[STEPS.indexOf('reranker')] as number)) rankingHits++;
    if (untuned) untunedHits++;
    if (bot) botHits++;
    if (untuned !== bot) {
      const step = lastChange(ranks, untuned);
      const counts = untuned ? lostBy : wonBy;
      counts.set(step, (counts.get(step) ?? 0) + 1);
      const byKind = untuned ? lostByKind : wonByKind;
      byKind.set(question.kind, (byKind.get(question.kind) ?? 0) + 1);
      if (untuned) untunedOnly++;
      else botOnly++;
      lines.push(`${untuned ? 'untuned only' : 'bot only'} | ${set.name} | ${question.kind} | ${step} | ${ranks.map(shown).join(' ')} | ${question.q}`);
    } else if (listAll) {
      lines.push(`${untuned ? 'both' : 'neither'} | ${set.name} | ${question.kind} | | ${ranks.map(shown).join(' ')} | ${question.q}`);
    }
  }
  console.log(`| ${set.name} | ${questions.length} | ${f(untunedHits / questions.length)} | ${f(rankingHits / questions.length)} | ${f(botHits / questions.length)} | ${untunedOnly} | ${botOnly} |`);
  total.n += questions.length;
  total.untuned += untunedHits;
  total.ranking += rankingHits;
  total.bot += botHits;
}
console.log(`| all | ${total.n} | ${f(total.untuned / total.n)} | ${f(total.ranking / total.n)} | ${f(total.bot / total.n)} | | |`);
const table = (title: string, counts: Map<string, number>): void => {
  console.log(`\n${title}`);
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${key}: ${n}`);
};
table('In the untuned first 3, not the bot\'s: the step that lost it', lostBy);
table('... by kind', lostByKind);
table('In the bot\'s first 3, not the untuned: the step that won it', wonBy);
table('... by kind', wonByKind);
console.log(`\nQuestions whose bot order the ladder's own search did not reach (its report agreement step is the bot's order): ${unreached.length}`);
console.log(`\nwhich | set | kind | step | ranks at each step (${STEPS.join(' / ')}) | question`);
for (const line of lines.sort()) console.log(line);
