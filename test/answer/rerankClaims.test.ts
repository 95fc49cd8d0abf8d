import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, MAX_ITEMS, searchTextOf } from '../../src/answer/answerQuestion.js';
import { rerankClaims, RERANK_TOP } from '../../src/answer/rerankClaims.js';
import { proximity, rerankFeatures, type FoundClaim } from '../../src/answer/rerankFeatures.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { bySharedFunctionWords } from '../../src/search/sharedFunctionWords.js';
import { bundledLibrary } from '../support/reportsFolders.js';

let library: Library;
beforeAll(async () => {
  library = await bundledLibrary();
});

/** The search's own order for a question, as answerQuestion searches it (no filter). */
function searched(question: string, limit = MAX_ITEMS, from: Library = library): FoundClaim[] {
  return from.index.search(searchTextOf(question, from), undefined, { limit, aliases: from.aliases }).flatMap((hit) => {
    const claim = from.claim(hit.id);
    const report = claim && from.report(claim.reportId);
    return claim && report ? [{ claim, report, score: hit.score }] : [];
  });
}

// A claim of the bike-lanes report says it in its own sentence ("Temporary pop-up lanes installed
// during the pandemic quickly drew …"); the search puts first a claim of the same report that
// shares the question's "cities" and little else.
const COVID = 'what did cities do during covid that quickly changed how people got around?';
const POP_UP = 'urban-bike-lanes-road-safety#6';

describe('the reranker on the bundled reports', () => {
  it('reads where in each claim the question is covered', () => {
    const found = searched(COVID, 3);
    const features = rerankFeatures(library, searchTextOf(COVID, library), found, COVID);
    expect(features).not.toBeNull();
    const at = (id: string): number => found.findIndex((item) => item.claim.id === id);
    const popUp = features?.[at(POP_UP)];
    const first = features?.[0];
    expect(found[0]?.claim.id).not.toBe(POP_UP);
    // The first claim found: its own score, first place.
    expect(first?.logRatio).toBe(0);
    expect(first?.reciprocalRank).toBe(1);
    // The pop-up lanes claim has more of the question in its own sentence ("quickly"), some only
    // in its evidence or metadata, and the words the others found lack.
    expect(popUp?.textTyped).toBeGreaterThan(first?.textTyped ?? 1);
    expect(popUp?.metadataOnly).toBeGreaterThan(0);
    expect(popUp?.distinctive).toBeGreaterThan(first?.distinctive ?? 1);
    // All three are of one report.
    expect(features?.map((f) => f.reportShare)).toEqual([1, 1, 1]);
    // A longer sentence reads longer: the three in the order of their words' counts, none of no length.
    const words = found.map((item) => item.claim.text.split(/\s+/).length);
    expect(new Set(words).size).toBe(3);
    const lengths = features?.map((f) => f.claimLength) ?? [];
    const order = (values: number[]): number[] => [...values.keys()].sort((a, b) => (values[a] as number) - (values[b] as number));
    expect(order(lengths)).toEqual(order(words));
    for (const length of lengths) expect(length).toBeGreaterThan(0);
  });

  it('puts first the claim whose own sentence answers, and leaves the claims below those reordered in the search order (shared function words lifted)', () => {
    const answer = answerQuestion(library, COVID);
    const search = searched(COVID).map((item) => item.claim.id);
    // The order the reranker reads: the search's, its first claims lifted by the question's function words their sentences share.
    const lifted = bySharedFunctionWords(searchTextOf(COVID, library), searched(COVID), (item) => item.claim.text).map((item) => item.claim.id);
    const shown = answer.items.map((item) => item.claim.id);
    expect(answer.answered).toBe(true);
    expect(search[0]).not.toBe(POP_UP);
    expect(shown[0]).toBe(POP_UP);
    expect(new Set(shown.slice(0, RERANK_TOP))).toEqual(new Set(lifted.slice(0, RERANK_TOP)));
    expect(shown.slice(RERANK_TOP)).toEqual(lifted.slice(RERANK_TOP));
  });

  // Refitted on eight sets (the seventh session): fitted without held-out 6, the weights moved
  // this question of it from second to first; the weights fitted on seven sets did not. Since the
  // twenty-third session the search finds it first itself (no typo forgiven in a word the claims
  // have: "around" no longer meets "ground" and "round", nor "while" "white"): a guard now, that
  // the reranker does not move it down.
  it('keeps first, in the speed-camera reports, the claim whose own sentence says support grows once cameras run', async () => {
    const cameras = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout6/reports/', import.meta.url))));
    const question = 'Do people who hate automated tickets tend to come around once the system has been up and running for a while?';
    const search = searched(question, MAX_ITEMS, cameras).map((item) => item.claim.text);
    const shown = answerQuestion(cameras, question).items.map((item) => item.claim.text);
    expect(search[0]).toMatch(/^Public support for speed cameras tends to/);
    expect(shown[0]).toMatch(/^Public support for speed cameras tends to/);
  });

  // The eighth session: a claim that states a quantity counts for a question asking for one. Found
  // fourth then, third now (the fourth place is pinned on a fixture below).
  it('brings first, from third place, the reactor claim that gives the years a question asking how long wants', async () => {
    const reactors = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout8/reports/', import.meta.url))));
    const question = 'How long is it supposed to take to put up one of these mini nuclear plants on site?';
    const found = searched(question, RERANK_TOP, reactors);
    const features = rerankFeatures(reactors, searchTextOf(question, reactors), found, question);
    const years = /^Factory fabrication of reactor modules is intended to cut on-site construction to around three to four years/;
    // Third since the twenty-sixth session: "nuclear" reaches the claims' "reactor" by its definition (glossedTerms.ts).
    const at = found.findIndex((item) => years.test(item.claim.text));
    expect(at).toBe(2);
    expect(features?.[at]?.statesAskedQuantity).toBe(1);
    // The first claim found says no number: "SMRs could replace retiring coal plants by reusing …".
    expect(features?.[0]?.statesAskedQuantity).toBe(0);
    expect(answerQuestion(reactors, question).items[0]?.claim.text).toMatch(years);
  });

  // The fourth claim found is reordered too (RERANK_TOP): on a fixture, so that no change to search
  // moves it. Three claims on building tidal lagoons have the question's words in their sentence,
  // evidence and sources, and give no span of time; the fourth has fewer, in its sentence alone,
  // with the years.
  it('brings first, from fourth place, the tidal lagoon claim that gives the years a question asking how long wants', async () => {
    const lagoons = Library.from(await loadReports(fileURLToPath(new URL('../fixtures/rerank-fourth/', import.meta.url))));
    const question = 'How long does it take to build a tidal lagoon?';
    const text = searchTextOf(question, lagoons);
    // The order the reranker reads: the search's, lifted by shared function words.
    const found = bySharedFunctionWords(text, searched(question, MAX_ITEMS, lagoons), (item) => item.claim.text);
    const years = 'tidal-lagoons#4';
    expect(found.findIndex((item) => item.claim.id === years)).toBe(3);
    expect(rerankClaims(lagoons, text, searched(question, MAX_ITEMS, lagoons), question)[0]?.claim.id).toBe(years);
  });

  // The forty-eighth session: the fifth claim found is reordered too (RERANK_TOP). Four claims of the
  // Sistine ceiling report share "painting", "chapel" or "finished" and give no span of time; the
  // fifth says how long the ceiling took.
  it('brings first, from fifth place, the ceiling claim that gives the years a question asking how long wants', async () => {
    const chapel = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout37/reports/', import.meta.url))));
    const question = "How long was Michelangelo up there before the chapel's overhead painting was finished?";
    const text = searchTextOf(question, chapel);
    const found = bySharedFunctionWords(text, searched(question, MAX_ITEMS, chapel), (item) => item.claim.text);
    const years = /^The ceiling took about four years to complete/;
    expect(RERANK_TOP).toBe(5);
    expect(found.findIndex((item) => years.test(item.claim.text))).toBe(4);
    expect(rerankClaims(chapel, text, searched(question, MAX_ITEMS, chapel), question)[0]?.claim.text).toMatch(years);
    expect(answerQuestion(chapel, question).items[0]?.claim.text).toMatch(years);
  });

  // The twentieth session: the kind of answer asked (askedAnswerKind.ts). Found fourth then; third
  // since the twenty-third session (no typo forgiven in a word the claims have).
  it('brings from third into the first two the seabed claim that gives the span of time a question asking how long wants', async () => {
    const seabed = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout13/reports/', import.meta.url))));
    const question = 'How long does the ocean floor take to bounce back after heavy machines drive over it?';
    const found = bySharedFunctionWords(searchTextOf(question, seabed), searched(question, MAX_ITEMS, seabed), (item) => item.claim.text).slice(0, RERANK_TOP);
    const features = rerankFeatures(seabed, searchTextOf(question, seabed), found, question);
    const tracks = /^Tracks left by a test mining vehicle in 1989 still showed little recovery/;
    const at = found.findIndex((item) => tracks.test(item.claim.text));
    expect(at).toBe(2);
    expect(features?.[at]?.givesAskedKind).toBe(1);
    expect(answerQuestion(seabed, question).items.slice(0, 2).some((item) => tracks.test(item.claim.text))).toBe(true);
  });

  // The thirty-ninth session: a "why" question and a claim that states a cause (askedCause.ts).
  // The search finds the Great Wave claim that says why fourth, below three claims of other
  // reports that share "across" and "different" and give no reason.
  it('brings first, from fourth place, the claim that says why a question asking why wants', async () => {
    const prints = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    const question = 'Why does the picture feel different depending on which way your eye moves across it?';
    const text = searchTextOf(question, prints);
    const found = bySharedFunctionWords(text, searched(question, MAX_ITEMS, prints), (item) => item.claim.text).slice(0, RERANK_TOP);
    const features = rerankFeatures(prints, text, found, question);
    const because = /^The composition reads differently to Western viewers because/;
    const at = found.findIndex((item) => because.test(item.claim.text));
    expect(at).toBe(3);
    expect(features?.[at]?.statesAskedCause).toBe(1);
    expect(features?.filter((f) => f.statesAskedCause === 1)).toHaveLength(1);
    // Asked otherwise than why, no claim counts for stating a cause.
    expect(rerankFeatures(prints, text, found, 'does the picture feel different depending on which way your eye moves across it?')?.map((f) => f.statesAskedCause)).toEqual(found.map(() => 0));
    expect(answerQuestion(prints, question).items[0]?.claim.text).toMatch(because);
  });

  // REVIEW-2 (twentieth session): an "or" in the question was read as weighing two things against
  // a sentence's "than"; in chat an "or" is mostly a list or filler, so it is read no more.
  it('reads the same of each claim whether or not the question says "or" in passing', async () => {
    const checkouts = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout12/reports/', import.meta.url))));
    const question = 'Are people who leave the self-service till with unpaid items mostly thieves or just getting it wrong?';
    const found = bySharedFunctionWords(searchTextOf(question, checkouts), searched(question, MAX_ITEMS, checkouts), (item) => item.claim.text).slice(0, RERANK_TOP);
    const text = searchTextOf(question, checkouts);
    const plain = rerankFeatures(checkouts, text, found, question.replace(' or just getting it wrong', ''));
    for (const asked of [question, 'are they mostly thieves or smth?', 'one or two studies on self-service tills?']) {
      expect(rerankFeatures(checkouts, text, found, asked)).toEqual(plain);
    }
  });

  // rank51's textOtherByRank: a claim's sentence's share in other words, over its place, so that
  // the model can weigh the place less where the search met the question in other words.
  it('reads a claim\'s share in other words over its place in the search\'s order', () => {
    const question = 'Do cyclists spend less per visit?';
    const text = searchTextOf(question, library);
    const found = searched(question, RERANK_TOP);
    const features = rerankFeatures(library, text, found, question) ?? [];
    expect(features).toHaveLength(RERANK_TOP);
    const at = features.findIndex((f) => f.textOther > 0);
    expect(at).toBeGreaterThanOrEqual(0);
    const share = features[at]?.textOther as number;
    // The same claim read at each place in turn: its whole share first, less at each place lower.
    const atPlace = found.map((_, place) => {
      const order = found.filter((_, i) => i !== at);
      order.splice(place, 0, found[at] as FoundClaim);
      return rerankFeatures(library, text, order, question)?.[place];
    });
    expect(atPlace[0]?.textOtherByRank).toBe(share);
    for (let place = 1; place < atPlace.length; place++) {
      expect(atPlace[place]?.textOther).toBe(share);
      expect(atPlace[place]?.textOtherByRank).toBeGreaterThan(0);
      expect(atPlace[place]?.textOtherByRank).toBeLessThan(atPlace[place - 1]?.textOtherByRank as number);
    }
    // A claim with none of the question in other words counts none.
    const none = features.filter((f) => f.textOther === 0);
    expect(none.length).toBeGreaterThan(0);
    for (const f of none) expect(f.textOtherByRank).toBe(0);
  });

  it('counts no claim for a quantity when the question does not ask for one', () => {
    const found = searched(COVID, 3);
    expect(rerankFeatures(library, searchTextOf(COVID, library), found, COVID)?.map((f) => f.statesAskedQuantity)).toEqual([0, 0, 0]);
  });

  it('has nothing to rerank in a question without words', () => {
    expect(rerankFeatures(library, 'the of and', searched('regain weight', 3), 'the of and')).toBeNull();
  });
});

describe('proximity', () => {
  const sourceOf = new Map([
    ['heat', 'heat'],
    ['pump', 'pump'],
    ['cold', 'cold'],
    ['chilli', 'cold'],
  ]);

  it('is the question words found, less one, over the shortest run holding them', () => {
    // heat(0) pumps(1) work(2) in(3) cold(4): three words within 4 places.
    expect(proximity('heat pumps work in cold climates', sourceOf)).toBe(2 / 4);
    expect(proximity('heat pumps', sourceOf)).toBe(1);
  });

  it('takes the shortest run when a word comes twice, and counts a word for another (an expansion) as it', () => {
    // the(0) cold(1) the(2) heat(3) pump(4) and(5) the(6) cold(7): 1-4, not 3-7.
    expect(proximity('the cold, the heat pump and the cold again', sourceOf)).toBe(2 / 3);
    expect(proximity('heat pump on a chilli night', sourceOf)).toBe(2 / 4);
  });

  it('is 0 with fewer than two question words', () => {
    expect(proximity('heat and more heat', sourceOf)).toBe(0);
    expect(proximity('nothing here', sourceOf)).toBe(0);
  });
});
