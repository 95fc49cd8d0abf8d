// Whether the compact engine (compactMiniSearch.ts) works with the MiniSearch installed, checked
// once per process on a small index before a ClaimIndex uses it. tsc checks that the protected
// members it uses exist; this checks that they behave as it relies on: postings added through the
// term index's `fetch`, claims numbered and measured where it reads them, and scores (BM25+, fuzzy
// and prefix weights, field boosts) the same as MiniSearch's own search, before and after a claim
// is discarded; and claims indexed apart and appended (a live reload's staged report: append)
// giving the index that adding them would, to the last bit. When they are not, ClaimIndex runs on
// MiniSearch's public API and says why.

import { isDeepStrictEqual } from 'node:util';
import MiniSearch, { type Options } from 'minisearch';
import { CompactMiniSearch } from './compactMiniSearch.js';
import { PostingList } from './postingList.js';
import { PostingsLookup } from './postingsLookup.js';
import { searchWithin, type QueryTerm } from './prunedSearch.js';

interface Doc {
  id: string;
  title: string;
  body: string;
}

const DOCS: Doc[] = [
  { id: 'a', title: 'heat pumps', body: 'heat pumps keep working in cold climates, though cold snaps cut their output' },
  { id: 'b', title: 'grid batteries', body: 'batteries smooth the grid at peak demand' },
  { id: 'c', title: 'cold storage', body: 'pumped storage and batteries compared on cost' },
  { id: 'd', title: 'heat waves', body: 'heat waves strain the grid and the people on it' },
  { id: 'e', title: 'battery costs', body: 'battery packs cost less every year' },
];
const OPTIONS: Options<Doc> = { fields: ['title', 'body'], storeFields: [], searchOptions: { boost: { title: 2 } } };
/** Each word searched exactly, with prefix completions, and with one typo forgiven. */
const QUERIES = ['heat cold', 'batter', 'storaeg grid', 'pumps cost'];
const SEARCH = { fuzzy: 1, prefix: true } as const;

let problem: string | null | undefined;

/** Why the compact engine cannot be used with this MiniSearch, or null when it can (checked once). */
export function compactEngineProblem(): string | null {
  problem ??= checkCompactEngine();
  return problem;
}

/** The check itself, run each time it is called. */
export function checkCompactEngine(): string | null {
  try {
    return check();
  } catch (error) {
    return `the compact engine failed its check: ${(error as Error).message}`;
  }
}

function check(): string | null {
  const compact = new CompactMiniSearch<Doc>(OPTIONS);
  compact.addAll(DOCS);
  const heat = compact.termData('heat');
  const titleId = compact.fieldIdOf('title');
  if (titleId === undefined || !(heat?.get(titleId) instanceof PostingList)) return 'MiniSearch does not add postings through its term index as expected';
  if (compact.shortIdOf('b') !== 1 || compact.idOf(1) !== 'b' || compact.shortIdBound !== DOCS.length) return 'MiniSearch does not number documents as expected';
  const differs = differences(compact, DOCS);
  if (differs) return differs;
  const appended = appendProblem();
  if (appended) return appended;
  compact.discard('c');
  if (!compact.sweep() || compact.dirtCount !== 0 || compact.termData('storage') !== undefined) return 'discarded documents are not swept as expected';
  return differences(compact, DOCS.filter((doc) => doc.id !== 'c'));
}

/** Whether the last documents, indexed apart and appended, give the index adding them gives (null when they do). */
function appendProblem(): string | null {
  const added = new CompactMiniSearch<Doc>(OPTIONS);
  added.addAll(DOCS);
  const appended = new CompactMiniSearch<Doc>(OPTIONS);
  appended.addAll(DOCS.slice(0, 3));
  const staged = new CompactMiniSearch<Doc>(OPTIONS);
  staged.recordTermOrder();
  staged.addAll(DOCS.slice(3));
  if (appended.append(staged) !== 3 || !isDeepStrictEqual(appended.exportState(), added.exportState())) return 'documents indexed apart are not appended as adding them would';
  return differences(appended, DOCS);
}

/** How the compact engine's scores differ from a stock MiniSearch's holding `docs`, if they do. */
function differences(compact: CompactMiniSearch<Doc>, docs: Doc[]): string | null {
  const stock = new MiniSearch<Doc>(OPTIONS);
  stock.addAll(docs);
  const lookup = new PostingsLookup(compact);
  const everyClaim = docs.flatMap((doc) => compact.shortIdOf(doc.id) ?? []);
  for (const question of QUERIES) {
    const expected = stock.search(question, SEARCH);
    const words = question.split(' ');
    const query: QueryTerm[] = words.map((word) => ({ source: word, boost: 1, fuzzy: SEARCH.fuzzy, prefix: SEARCH.prefix }));
    const found = new Map((searchWithin(lookup, query, everyClaim) ?? []).map((result) => [result.id, result.score]));
    const same =
      expected.length > 0 &&
      found.size === expected.length &&
      expected.every((result) => Math.abs((found.get(result.id as string) ?? Number.NaN) - result.score) <= 1e-9 * result.score);
    if (!same) return `scores for "${question}" differ from MiniSearch's own`;
  }
  return null;
}
