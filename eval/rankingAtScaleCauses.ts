// Where the ranking loses answers among generated claims (issue 9, "same answers at every size"):
// each development set's questions answered from its reports alone and from its reports among N
// generated ones (bench/generateCorpus.ts, as bench/rankingAtScale.ts mixes them), with the
// answer path taken apart so each cause is measured on its own:
//   search    the search's order alone (no reranker, nothing declined);
//   real      at size, the same search with the generated claims filtered out: the set's own
//             claims scored with the large library's statistics (IDF, field lengths, the words
//             fuzzy and prefix matching reach), so any change from alone is the statistics';
//   full      at size, exhaustive: generated claims between (distractors);
//   pruned    at size, as in production: what pruning loses on top;
//   plain     the same three without expansions (WordNet, synonyms, aliases, compounds):
//             whether expansion pulls in more noise at size;
//   unagreed  the exhaustive search without the lift of a report's agreement (reportAgreement.ts):
//             generated reports repeat their subject claim after claim;
//   rerank    the reranker's first four reordered over each search order (its features read the
//             library: IDF in the coverage), and the answer as shown (declined = a miss).
// Questions lost at size are written with the claims that came first (--out). With --off-topic
// each set's generated reports leave out the generator's domains on its topics
// (generatedDistractors.ts): what is left of the drop is the size's own.
// `npx tsx eval/rankingAtScaleCauses.ts [--reports 500] [--off-topic] [--out /tmp/causes.json] [--set tuning]`

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureCorpus } from '../bench/generateCorpus.js';
import { answerQuestion, MAX_ITEMS } from '../src/answer/answerQuestion.js';
import { answersQuestion } from '../src/answer/answerability.js';
import { readQuestion } from '../src/answer/readQuestion.js';
import { rerankClaims } from '../src/answer/rerankClaims.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import type { Report } from '../src/reports/model.js';
import type { ScoredClaim } from '../src/search/claimIndex.js';
import { byReportAgreement } from '../src/search/reportAgreement.js';
import { termsOf } from '../src/search/termsOf.js';
import { DEVELOPMENT_SETS } from './evalSets.js';
import { domainsOnTopicsOf, generatedReports } from './generatedDistractors.js';
import { expectedIds, isUnanswerable, type EvalQuestion } from './evaluate.js';
import { servedItems } from '../src/answer/servedItems.js';

/** How a ranking is made: which search, which claims it may return, and what runs after it. */
interface Variant {
  search: 'pruned' | 'exhaustive' | 'plain' | 'unagreed';
  /** Only these claims may be found (the set's own), as the filter of a search. */
  only?: ReadonlySet<string>;
  rerank: boolean;
  decline: boolean;
}

/** The claims an answer would list for `question` under `variant` (ids, best first; [] when declined). */
function ranked(library: Library, question: string, variant: Variant, searched = new Map<string, ScoredClaim[]>()): string[] {
  const { query, typed } = readQuestion(question, library);
  if (termsOf(query.text).length === 0) return [];
  // Variants that differ only after the search share it (exhaustive search is slow at size).
  const key = `${variant.search}|${variant.only ? 'own' : 'all'}`;
  const hits = searched.get(key) ?? searchOf(library, query.text, query.phrases, variant);
  searched.set(key, hits);
  const items = servedItems(library, hits);
  const shown = variant.rerank ? rerankClaims(library, query.text, items, typed) : items;
  if (variant.decline && items.length > 0 && !answersQuestion(library, query.text, items, typed)) return [];
  return shown.map((item) => item.claim.id);
}

function searchOf(library: Library, text: string, phrases: readonly string[], { search, only }: Variant): ScoredClaim[] {
  const filter = only ? (id: string): boolean => only.has(id) : undefined;
  if (search === 'unagreed') {
    // Exhaustive, without the lift a claim gets from the other best matches of its report.
    return library.index.matches(text, filter, { phrases, limit: MAX_ITEMS, aliases: library.aliases, exhaustive: true });
  }
  if (search !== 'plain') {
    return library.index.search(text, filter, { phrases, limit: MAX_ITEMS, aliases: library.aliases, exhaustive: search === 'exhaustive' });
  }
  // Every match of the question's own words, no expansion: MiniSearch's scoring over the compact
  // postings (exhaustiveSearch.ts, through ClaimIndex.matchesAsTyped).
  const all = library.index.matchesAsTyped(text);
  if (!all) throw new Error('the plain search needs the compact engine');
  return byReportAgreement(filter ? all.filter((hit) => filter(hit.id)) : all).slice(0, MAX_ITEMS);
}

const ALONE = {
  search: { search: 'exhaustive', rerank: false, decline: false },
  plain: { search: 'plain', rerank: false, decline: false },
  unagreed: { search: 'unagreed', rerank: false, decline: false },
  rerank: { search: 'exhaustive', rerank: true, decline: false },
  answer: { search: 'exhaustive', rerank: true, decline: true },
} as const satisfies Record<string, Variant>;

function atSize(own: ReadonlySet<string>): Record<string, Variant> {
  return {
    realSearch: { search: 'exhaustive', only: own, rerank: false, decline: false },
    fullSearch: { search: 'exhaustive', rerank: false, decline: false },
    prunedSearch: { search: 'pruned', rerank: false, decline: false },
    realPlain: { search: 'plain', only: own, rerank: false, decline: false },
    fullPlain: { search: 'plain', rerank: false, decline: false },
    realUnagreed: { search: 'unagreed', only: own, rerank: false, decline: false },
    fullUnagreed: { search: 'unagreed', rerank: false, decline: false },
    realRerank: { search: 'exhaustive', only: own, rerank: true, decline: false },
    fullRerank: { search: 'exhaustive', rerank: true, decline: false },
    prunedRerank: { search: 'pruned', rerank: true, decline: false },
    fullAnswer: { search: 'exhaustive', rerank: true, decline: true },
    prunedAnswer: { search: 'pruned', rerank: true, decline: true },
  };
}

interface Lost {
  set: string;
  kind: string;
  q: string;
  /** Place of the first expected claim (1-based; 0 = not listed) alone and at size, as answered. */
  alone: number;
  atSize: number;
  /** Which step lost it: statistics, distractors, pruning, reranker, declined. */
  step: string;
  expected: string;
  /** The claims shown before the expected one at size, with the question words each has as typed. */
  above: { id: string; generated: boolean; words: string[]; text: string }[];
  expectedWords: string[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reports: { type: 'string', default: '500' }, out: { type: 'string' }, set: { type: 'string', multiple: true }, 'off-topic': { type: 'boolean', default: false } } });
  const size = Number(values.reports);
  const corpus = values['off-topic'] ? null : (await loadReports((await ensureCorpus(size)).dir)).reports;
  const sets = DEVELOPMENT_SETS.filter((set) => !values.set || values.set.includes(set.name));
  const columns = ['alone answer', 'pruned answer', 'exhaustive answer', 'alone search', 'real search', 'full search', 'pruned search', 'alone plain', 'real plain', 'full plain', 'alone unagreed', 'real unagreed', 'full unagreed', 'alone rerank', 'real rerank', 'full rerank', 'pruned rerank'];
  console.log(`| set | n | claims at size | ${columns.map((c) => `${c} R@3`).join(' | ')} | declined answerable alone / pruned | declined unanswerable alone / pruned |`);
  console.log(`|---|---|---|${columns.map(() => '---|').join('')}---|---|`);
  const lost: Lost[] = [];
  const totals = new Map<string, number>();
  let totalN = 0;
  const declinedTotals = { alone: 0, large: 0, unanswerable: 0, unansweredAlone: 0, unansweredLarge: 0 };
  for (const set of sets) {
    const real = (await loadReports(set.reports, { cacheDir: null })).reports;
    const all = JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[];
    const questions = all.filter((q) => !isUnanswerable(q));
    const alone = libraryOf(real);
    const generated = corpus ?? generatedReports(size, domainsOnTopicsOf(set.name));
    const large = libraryOf([...generated, ...real]);
    const own = new Set(real.flatMap((report) => report.claims.map((claim) => claim.id)));
    const variants = atSize(own);
    const hits = new Map<string, number>();
    const declined = { alone: 0, large: 0 };
    const count = (column: string, position: number): void => {
      if (position >= 0 && position < 3) hits.set(column, (hits.get(column) ?? 0) + 1);
    };
    for (const question of questions) {
      const expected = expectedIds(alone, question);
      const place = (ids: string[]): number => ids.findIndex((id) => expected.has(id));
      const production = { alone: answerQuestion(alone, question.q), large: answerQuestion(large, question.q) };
      const bigSearched = new Map<string, ScoredClaim[]>();
      const aloneSearched = new Map<string, ScoredClaim[]>();
      const at = (variant: Variant): number => place(ranked(large, question.q, variant, bigSearched));
      const by = (variant: Variant): number => place(ranked(alone, question.q, variant, aloneSearched));
      const p: Record<string, number> = {
        'alone answer': place(production.alone.items.map((item) => item.claim.id)),
        'pruned answer': place(production.large.items.map((item) => item.claim.id)),
        'exhaustive answer': at(variants.fullAnswer as Variant),
        'alone search': by(ALONE.search),
        'real search': at(variants.realSearch as Variant),
        'full search': at(variants.fullSearch as Variant),
        'pruned search': at(variants.prunedSearch as Variant),
        'alone plain': by(ALONE.plain),
        'real plain': at(variants.realPlain as Variant),
        'full plain': at(variants.fullPlain as Variant),
        'alone unagreed': by(ALONE.unagreed),
        'real unagreed': at(variants.realUnagreed as Variant),
        'full unagreed': at(variants.fullUnagreed as Variant),
        'alone rerank': by(ALONE.rerank),
        'real rerank': at(variants.realRerank as Variant),
        'full rerank': at(variants.fullRerank as Variant),
        'pruned rerank': at(variants.prunedRerank as Variant),
      };
      // The answer path taken apart must be the answer path: alone, exhaustive is what it runs.
      const rebuilt = by(ALONE.answer);
      const rebuiltLarge = at(variants.prunedAnswer as Variant);
      if (rebuiltLarge !== p['pruned answer']) throw new Error(`${set.name}: "${question.q}" ranks ${rebuiltLarge} taken apart at size, ${p['pruned answer']} as answered`);
      if (rebuilt !== p['alone answer']) throw new Error(`${set.name}: "${question.q}" ranks ${rebuilt} taken apart, ${p['alone answer']} as answered`);
      for (const column of columns) count(column, p[column] as number);
      if (!production.alone.answered) declined.alone++;
      if (!production.large.answered) declined.large++;
      const inTop3 = (column: string): boolean => (p[column] as number) >= 0 && (p[column] as number) < 3;
      if (inTop3('alone answer') && !inTop3('pruned answer')) {
        const step = !production.large.answered
          ? 'declined'
          : !inTop3('real rerank')
            ? 'statistics'
            : !inTop3('full rerank')
              ? 'distractors'
              : !inTop3('pruned rerank')
                ? 'pruning'
                : 'other';
        const words = new Set(termsOf(readQuestion(question.q, large).query.text));
        const has = (id: string): string[] => {
          const keys = large.index.keysOfClaim(id);
          return keys ? [...words].filter((word) => keys.has(word)) : [];
        };
        const shown = production.large.answered ? production.large.items : production.large.related;
        const atPlace = p['pruned answer'] as number;
        const expectedId = [...expected][0] as string;
        lost.push({
          set: set.name,
          kind: question.kind,
          q: question.q,
          alone: (p['alone answer'] as number) + 1,
          atSize: atPlace + 1,
          step,
          expected: large.claim(expectedId)?.text ?? expectedId,
          expectedWords: has(expectedId),
          above: shown.slice(0, atPlace < 0 ? 3 : atPlace).map((item) => ({ id: item.claim.id, generated: !own.has(item.claim.id), words: has(item.claim.id), text: item.claim.text })),
        });
      }
    }
    // The unanswerable questions: declined alone, and among the generated claims.
    const unanswerable = all.filter(isUnanswerable);
    const unanswered = {
      alone: unanswerable.filter((q) => !answerQuestion(alone, q.q).answered).length,
      large: unanswerable.filter((q) => !answerQuestion(large, q.q).answered).length,
    };
    declinedTotals.unanswerable += unanswerable.length;
    declinedTotals.unansweredAlone += unanswered.alone;
    declinedTotals.unansweredLarge += unanswered.large;
    const f = (column: string): string => ((hits.get(column) ?? 0) / questions.length).toFixed(3);
    console.log(`| ${set.name} | ${questions.length} | ${large.claimCount} | ${columns.map(f).join(' | ')} | ${declined.alone} / ${declined.large} | ${unanswered.alone} / ${unanswered.large} of ${unanswerable.length} |`);
    for (const column of columns) totals.set(column, (totals.get(column) ?? 0) + (hits.get(column) ?? 0));
    totalN += questions.length;
    declinedTotals.alone += declined.alone;
    declinedTotals.large += declined.large;
  }
  console.log(`| all (pooled) | ${totalN} | | ${columns.map((c) => ((totals.get(c) ?? 0) / totalN).toFixed(3)).join(' | ')} | ${declinedTotals.alone} / ${declinedTotals.large} | ${declinedTotals.unansweredAlone} / ${declinedTotals.unansweredLarge} of ${declinedTotals.unanswerable} |`);
  const steps = new Map<string, number>();
  for (const l of lost) steps.set(l.step, (steps.get(l.step) ?? 0) + 1);
  console.log(`\nIn the top 3 alone, not at size: ${lost.length} (${[...steps].map(([s, n]) => `${s} ${n}`).join(', ')})`);
  if (values.out) writeFileSync(values.out, JSON.stringify(lost, null, 1));
}

function libraryOf(reports: Report[]): Library {
  const library = new Library();
  library.add({ reports, errors: [], warnings: [] });
  return library;
}

await main();
