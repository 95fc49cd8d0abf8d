// The "no answer" decision with semantic search on, against a local fake embeddings API
// (test/support/fakeEmbeddings.ts): the decision reads the lexical search it was fitted on, and a
// claim close in meaning adds to it, never overrules it (answerQuestion.ts, semanticAnswer).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { handleRequest } from '../../../src/answer/handleRequest.js';
import { attachSemanticSearch } from '../../../src/library/attachSemanticSearch.js';
import { Library } from '../../../src/library/library.js';
import { serveReports } from '../../../src/library/serveReports.js';
import { answerJson } from '../../../src/render/answerJson.js';
import { RRF_K } from '../../../src/search/semantic/fuseRankings.js';
import { type FakeEmbeddings, startFakeEmbeddings } from '../../support/fakeEmbeddings.js';
import { reportText } from '../../support/reportText.js';

// Words of one concept are close in meaning; "zorblat" and "quiphen" share no letter, and
// "glimtor" (a plant) is spelt nothing like "tomatoes", so only semantic search links them.
const CONCEPTS = [
  ['zorblat', 'quiphen'],
  ['heat', 'pumps', 'pump', 'heating', 'warm'],
  ['tomatoes', 'glimtor'],
];
const ZORBLAT = 'Zorblat lowers fever within an hour in most adults.';
const NORWAY = 'Heat pumps keep homes warm through Norwegian winters.';
const BILLS = 'Heat pumps cut heating bills by a third.';
const GARDEN = 'Tomatoes need six hours of sun daily.';
const GLIMTOR = 'Glimtor wants little water in its first weeks.';

let dir: string;
let fake: FakeEmbeddings;
let lexical: Library;
let semantic: Library;
let closeSemantic: () => void = () => undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'semantic-decision-'));
  await writeFile(join(dir, 'fever.md'), reportText('Fever remedies', [ZORBLAT, 'Cold compresses give short relief.']));
  await writeFile(join(dir, 'heat.md'), reportText('Heat pumps in cold climates', [NORWAY, BILLS]));
  await writeFile(join(dir, 'garden.md'), reportText('Gardening', [GARDEN]));
  await writeFile(join(dir, 'glimtor.md'), reportText('Glimtor care', [GLIMTOR]));
  fake = await startFakeEmbeddings(CONCEPTS);
  lexical = new Library();
  await serveReports(lexical, { reportsDir: dir, cacheDir: null }).ready;
  semantic = new Library();
  await serveReports(semantic, { reportsDir: dir, cacheDir: null }).ready;
  const search = attachSemanticSearch(semantic, { url: fake.url, model: 'fake-embed' }, { reportsDir: dir, cacheDir: null, retryMs: 60_000 });
  closeSemantic = () => search.close();
  await search.sync();
});

afterAll(async () => {
  closeSemantic();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

async function answerOf(library: Library, question: string): Promise<Answer> {
  const reply = await handleRequest({ library, now: () => 0 }, 'U1', question);
  if (reply.kind !== 'answer') throw new Error(`not an answer: ${reply.kind}`);
  return reply.answer;
}
const claims = (answer: Answer): string[] => answer.items.map((item) => item.claim.text);

/** How many vector searches `library` runs while `ask` runs, by the count its SemanticSearch keeps (status). */
async function vectorSearches(library: Library, ask: () => Promise<unknown>): Promise<number> {
  const search = library.semantic;
  if (!search) throw new Error('no semantic search');
  const before = search.status().searches;
  await ask();
  return search.status().searches - before;
}

describe('the decision with semantic search on', () => {
  it('declines, as lexical search does, a question whose claims close in meaning the search found and the decision read', async () => {
    // Both heat pump claims are close in meaning, and found by their words; neither names Canada.
    const off = await answerOf(lexical, 'do heat pumps work in Canada?');
    const on = await answerOf(semantic, 'do heat pumps work in Canada?');
    expect(off.answered).toBe(false);
    expect(on.answered).toBe(false);
    expect(on.items).toEqual([]);
    expect(on.related.map((item) => item.claim.text)).toEqual(off.related.map((item) => item.claim.text));
    expect(on.related.map((item) => item.claim.text)).toEqual(expect.arrayContaining([BILLS, NORWAY]));
  });

  // A question the decision declines stays declined, close claims or not: their search is not run.
  it('runs no vector search for a question the decision declines, and one for each it answers or whose words find nothing', async () => {
    expect(await vectorSearches(semantic, () => answerOf(semantic, 'do heat pumps work in Canada?'))).toBe(0);
    expect(await vectorSearches(semantic, () => answerOf(semantic, 'does quiphen help a fever?'))).toBe(0);
    expect(await vectorSearches(semantic, () => answerOf(semantic, 'tomatoes sun'))).toBe(1);
    expect(await vectorSearches(semantic, () => answerOf(semantic, 'is quiphen safe?'))).toBe(1);
  });

  it('still declines a question unrelated to every report', async () => {
    for (const question of ['what is the capital of France?', 'how do I reset my password?']) {
      const on = await answerOf(semantic, question);
      expect(on.answered, question).toBe(false);
      expect(on.items, question).toEqual([]);
    }
  });

  it('answers what lexical search answers, its reranked claims fused with those close in meaning', async () => {
    for (const question of ['do heat pumps cut heating bills?', 'zorblat fever', 'tomatoes sun']) {
      const [off, on] = [await answerOf(lexical, question), await answerOf(semantic, question)];
      expect(off.answered, question).toBe(true);
      expect(on.answered, question).toBe(true);
      expect(claims(on)[0], question).toBe(claims(off)[0]);
    }
    // Both heat pump claims are found by the question's words and close in meaning: fused, they
    // keep the reranker's order.
    expect(claims(await answerOf(semantic, 'do heat pumps cut heating bills?'))).toEqual([BILLS, NORWAY]);
  });

  it('adds to an answered question the claims close in meaning that no word of it finds, with fused scores', async () => {
    // No word of "tomatoes sun" finds the glimtor claim; it is the second closest in meaning, after
    // the garden claim, which lexical search ranks first too.
    const [off, on] = [await answerOf(lexical, 'tomatoes sun'), await answerOf(semantic, 'tomatoes sun')];
    expect(off.answered).toBe(true);
    expect(claims(off)).not.toContain(GLIMTOR);
    expect(on.answered).toBe(true);
    expect(claims(on)[0]).toBe(GARDEN);
    expect(claims(on)).toContain(GLIMTOR);
    // --json shows the fused rank scores (fuseRankings.ts), not the lexical ones.
    const scoreOf = (text: string) => answerJson(on, on.items.length).results.find((result) => result.claim === text)?.score;
    expect(scoreOf(GARDEN)).toBeCloseTo(2 / (RRF_K + 1), 3);
    expect(scoreOf(GLIMTOR)).toBeCloseTo(1 / (RRF_K + 2), 3);
  });

  it('answers by meaning alone when no word of the question finds a claim', async () => {
    expect((await answerOf(lexical, 'is quiphen safe?')).answered).toBe(false);
    const on = await answerOf(semantic, 'is quiphen safe?');
    expect(on.answered).toBe(true);
    expect(claims(on)).toEqual([ZORBLAT]);
  });

  it('declines, as lexical search does, when a word of the question finds claims that do not answer it, close claims or not', async () => {
    // "tomatoes" finds the garden claim, which does not answer; the zorblat claim, close in
    // meaning and found by no word, does not overrule the decision. Nor does it when "fever"
    // finds it: the decision read it and declined it for the word no report uses.
    for (const question of ['can quiphen protect tomatoes from frost?', 'does quiphen help a fever?']) {
      const [off, on] = [await answerOf(lexical, question), await answerOf(semantic, question)];
      expect(off.answered, question).toBe(false);
      expect(on.answered, question).toBe(false);
      expect(on.related.map((item) => item.claim.text), question).toEqual(off.related.map((item) => item.claim.text));
    }
  });
});

// Review 2 item 3 (twenty-seventh session): the decision reads the reranker's first claims, so those
// are shown first. Fused with the close claims over the whole list, a claim far down the lexical
// list that is closest in meaning went first, a claim the decision never read.
describe('the first page with semantic search on', () => {
  // Each of the first three claims names the question's concept once beside three others, so none
  // is close in meaning to it (similarity about 0.5); the quiphen claim, which "works" alone finds,
  // far down, is the closest.
  const FIRST = [
    'Zorblat works fast against vorple, snerk and plimb fevers.',
    'Zorblat works fast on vorple rashes, snerk aches and plimb colds.',
    'Zorblat works fast for vorple coughs, snerk chills and plimb sores.',
  ];
  const QUIPHEN = 'Quiphen works within minutes.';
  let pageDir: string;
  let pageFake: FakeEmbeddings;
  let pageLexical: Library;
  let pageSemantic: Library;
  let closePage: () => void = () => undefined;

  beforeAll(async () => {
    pageDir = await mkdtemp(join(tmpdir(), 'semantic-first-page-'));
    await writeFile(join(pageDir, 'zorblat.md'), reportText('Zorblat', [...FIRST, QUIPHEN]));
    pageFake = await startFakeEmbeddings([['zorblat', 'quiphen'], ['vorple'], ['snerk'], ['plimb']]);
    pageLexical = new Library();
    await serveReports(pageLexical, { reportsDir: pageDir, cacheDir: null }).ready;
    pageSemantic = new Library();
    await serveReports(pageSemantic, { reportsDir: pageDir, cacheDir: null }).ready;
    const search = attachSemanticSearch(pageSemantic, { url: pageFake.url, model: 'fake-embed' }, { reportsDir: pageDir, cacheDir: null, retryMs: 60_000 });
    closePage = () => search.close();
    await search.sync();
  });

  afterAll(async () => {
    closePage();
    await pageFake.close();
    await rm(pageDir, { recursive: true, force: true });
  });

  it('shows first the claims the decision read, and a claim closer in meaning from further down after them', async () => {
    const question = 'does zorblat work fast?';
    const [off, on] = [await answerOf(pageLexical, question), await answerOf(pageSemantic, question)];
    expect(off.answered).toBe(true);
    expect(on.answered).toBe(true);
    // The premise: lexically the quiphen claim is found after the first page
    expect(claims(off).slice(0, 3).sort()).toEqual([...FIRST].sort());
    expect(claims(off)).toContain(QUIPHEN);
    expect(claims(on).slice(0, 3)).toEqual(claims(off).slice(0, 3));
    expect(claims(on)[3]).toBe(QUIPHEN);
    // Its fused score is the highest: scores are the fused ones, read the order
    const scoreOf = (text: string) => answerJson(on, on.items.length).results.find((result) => result.claim === text)?.score ?? 0;
    expect(scoreOf(QUIPHEN)).toBeGreaterThan(scoreOf(claims(on)[0] as string));
  });
});
