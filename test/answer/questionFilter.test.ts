import { beforeAll, describe, expect, it } from 'vitest';
import { distinctQuestions } from '../../bench/generateQuestions.js';
import { generateReport } from '../../bench/generateReport.js';
import { PERSPECTIVES } from '../../bench/vocabulary.js';
import { answerSummary } from '../../bench/answerSummary.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionFilter, type QuestionFilters } from '../../src/answer/questionFilter.js';
import { Library } from '../../src/library/library.js';
import { ScopedLibrary, type LibraryView } from '../../src/library/libraryView.js';
import type { ReportScope } from '../../src/library/reportScope.js';
import type { Report } from '../../src/reports/model.js';
import { parseReport } from '../../src/reports/parseReport.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';

// Filters are tested by short id from the claim table (claimTable.ts) where the library keeps one,
// and by claim id otherwise: both must pass the same claims, so every answer is the same either way.
let reports: Report[];
let library: Library;
let questions: string[];

const SCOPES: ReportScope[] = ['all', { collections: ['alpha'], topLevel: false }, { collections: ['beta'], topLevel: true }];
/** Each generated question is asked in this many forms, one after another in `questions`. */
const FORMS = 6;

beforeAll(() => {
  // Enough claims for pruned search (and its exhaustive fallback), in two collections and at the top level.
  reports = Array.from({ length: 260 }, (_, i) => {
    const { name, text } = generateReport(3, i);
    const folder = ['', 'alpha/', 'beta/inner/'][i % 3] ?? '';
    const parsed = parseReport(text, `${folder}${name}`);
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.reason}`);
    return parsed.report;
  });
  library = Library.from({ reports, errors: [], warnings: [] });
  const ids = reports.map((report) => report.id);
  const words = PERSPECTIVES.map((p) => p.split(' ')[0]?.toLowerCase() ?? '');
  questions = distinctQuestions(3, 80, ids).flatMap((q, i) => [
    q.text,
    `perspective:${words[i % words.length]} ${q.text}`,
    `since:2026-0${1 + (i % 9)}-15 strength:${i % 2 === 0 ? 'quoted' : 'multi-source'} ${q.text}`,
    `perspective:${words[(i * 7) % words.length]} "${q.text.split(' ')[0] ?? ''}" ${q.text}`,
    `report:${ids[(i * 37) % ids.length]} ${q.text}`,
    `perspective:${words[(i * 3) % words.length]}`,
  ]);
});

/** The library as it is, but without its claim table: every filter tested by claim id. */
function withoutTable(of: Library): Library {
  return new Proxy(of, { get: (target, key, receiver) => (key === 'claimTable' ? null : Reflect.get(target, key, receiver)) });
}

function viewOf(of: Library, scope: ReportScope): LibraryView {
  return scope === 'all' ? of : new ScopedLibrary(of, scope);
}


describe('question filters by short id', () => {
  it('give every answer the same as filters by claim id, in each scope', () => {
    expect(library.index.size).toBeGreaterThan(PRUNING_MIN_DOCUMENTS);
    expect(library.claimTable).not.toBeNull();
    // Each question's six forms are asked in one scope, the scopes taking turns (so each form in
    // each scope meets a third of the questions): every question twice over a library above the
    // pruning threshold is the cost of this test.
    const views = SCOPES.map((scope) => ({ scope, view: viewOf(library, scope), plain: viewOf(withoutTable(library), scope) }));
    let answered = 0;
    questions.forEach((question, i) => {
      const { scope, view, plain } = views[Math.floor(i / FORMS) % views.length] as (typeof views)[number];
      const answer = answerQuestion(view, question);
      expect(answerSummary(answer), `${question} (${JSON.stringify(scope)})`).toEqual(answerSummary(answerQuestion(plain, question)));
      if (answer.answered) answered++;
    });
    expect(answered).toBeGreaterThan(questions.length / 3);
  }, 60_000);

  it('pass exactly the claims the test by claim id passes', () => {
    const index = library.index;
    const ids = reports.flatMap((report) => report.claims.map((claim) => claim.id));
    const cases: QuestionFilters[] = [
      {},
      { perspective: 'cost' },
      { perspective: 'safety', since: '2026-03-01' },
      { strength: ['quoted'] },
      { strength: ['quoted', 'multi-source'], since: '2026-02-15' },
      { reportId: reports[5]?.id ?? '' },
      { perspective: 'data', phrases: ['the'] },
    ];
    for (const filters of cases) {
      const filter = questionFilter(library, filters);
      const screen = filter.screen;
      if (!screen) throw new Error('no screen');
      let passed = 0;
      for (const id of ids) {
        const shortId = index.shortIdOf(id) ?? -1;
        if (screen.exact) expect(screen.passes(shortId), `${id} ${JSON.stringify(filters)}`).toBe(filter(id));
        else if (filter(id)) expect(screen.passes(shortId)).toBe(true);
        if (filter(id)) passed++;
      }
      expect(passed, JSON.stringify(filters)).toBeGreaterThan(0);
    }
  });

  it('leave out claims the index holds for a report not served, and stand aside for the scope alone then', () => {
    const [unserved, ...served] = reports;
    if (!unserved) throw new Error('no reports');
    const index = new ClaimIndex();
    index.addReport(unserved);
    const partial = new Library(index);
    for (const report of served) partial.put(report);
    expect(partial.servesEveryIndexedClaim).toBe(false);
    const question = unserved.claims[0]?.text ?? '';
    for (const scope of SCOPES) {
      for (const asked of [question, `perspective:${unserved.claims[0]?.perspective.split(' ')[0] ?? ''} ${question}`]) {
        const view = viewOf(partial, scope);
        expect(answerSummary(answerQuestion(view, asked))).toEqual(answerSummary(answerQuestion(viewOf(withoutTable(partial), scope), asked)));
        expect(answerQuestion(view, asked).items.some((item) => item.report.id === unserved.id)).toBe(false);
      }
    }
  });

  it('follow reports as they are replaced and removed', () => {
    const changing = Library.from({ reports: reports.slice(0, 240), errors: [], warnings: [] });
    const [first, second, third] = reports;
    if (!first || !second || !third) throw new Error('no reports');
    const dropped = [...first.claims, ...third.claims].map((claim) => changing.index.shortIdOf(claim.id) ?? -1);
    // The same report id served with other claims (a live reload), then gone.
    changing.put({ ...second, id: first.id, file: first.file, claims: second.claims.map((claim, i) => ({ ...claim, id: `${first.id}#${i + 1}`, reportId: first.id })) });
    changing.forget(third.file);
    // The claims dropped keep their short ids in the index (MiniSearch never reuses one): no filter passes them.
    for (const filters of [{}, { perspective: 'cost' }, { since: '2026-01-01' }]) {
      const screen = questionFilter(changing, filters).screen;
      expect(dropped.filter((shortId) => screen?.passes(shortId) !== false)).toEqual([]);
    }
    // MiniSearch's own search (used while discarded claims are not swept) drops their postings as
    // it meets them, so two searches before a sweep can differ: compare after one.
    changing.index.sweep();
    for (const question of questions.slice(0, 150)) {
      expect(answerSummary(answerQuestion(changing, question)), question).toEqual(answerSummary(answerQuestion(withoutTable(changing), question)));
    }
  });
});
