// The first claims found whose sentences share the question's function words ("than", "only
// after", "where … how to use them on") rank higher: on held-out set 7's reports (the whole folder:
// its other reports weigh the words the passkeys paraphrase is found by) and the bundled reports,
// loaded from disk through the real loader and index, and on scores alone. The auxiliary a yes/no
// question opens with is not one of them.

import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { RERANK_TOP, rerankClaims } from '../../src/answer/rerankClaims.js';
import { rerankFeatures } from '../../src/answer/rerankFeatures.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { AUXILIARY_VERBS } from '../../src/search/auxiliaryVerbs.js';
import { ServedSentences } from '../../src/library/servedSentences.js';
import { askedFunctionWords, bySharedFunctionWords, FUNCTION_WORD_TOP, FUNCTION_WORD_WEIGHT, functionWordBits, functionWordsOf, rareFunctionWordShare } from '../../src/search/sharedFunctionWords.js';
import { bundledLibrary } from '../support/reportsFolders.js';

const holdout7 = fileURLToPath(new URL('../../eval/holdout7/reports/', import.meta.url));
let library: Library;
let bundled: Library;
beforeAll(async () => {
  library = Library.from(await loadReports(holdout7, { workers: 0 }));
  bundled = await bundledLibrary();
});

const sentenceOf =
  (sentences: Record<string, string>) =>
  (hit: { id: string }): string | undefined =>
    sentences[hit.id];

describe('shared function words', () => {
  it('lifts into the first two the claim that says the question in its own frame (held-out set 7: passkeys)', () => {
    const question = 'Do normal people understand where these new fingerprint logins are kept and how to use them on a different laptop?';
    const answer = library.report('passkeys')?.claims.find((claim) => claim.text.startsWith('Many users are confused about where their passkeys are stored'));
    expect(answer).toBeDefined();
    const found = library.index.search(question, undefined, { limit: 50, aliases: library.aliases });
    // The search alone ranks it below the three an answer shows: its telling words are others.
    expect(found.findIndex((hit) => hit.id === answer?.id)).toBeGreaterThanOrEqual(3);
    const lifted = bySharedFunctionWords(question, found, (hit) => library.claim(hit.id)?.text);
    // Second, after the claim whose findings say "people" and "logins" (most still sign in with passwords).
    expect(lifted.slice(0, 2).map((hit) => hit.id)).toContain(answer?.id);
    expect(lifted.map((hit) => hit.id).sort()).toEqual(found.map((hit) => hit.id).sort());
  });

  it('is what the reranker orders: the claims it shows first come from the lifted order, and those below stay in it', () => {
    const question = 'Do normal people understand where these new fingerprint logins are kept and how to use them on a different laptop?';
    const found = library.index.search(question, undefined, { limit: 50, aliases: library.aliases }).flatMap((hit) => {
      const served = library.served(hit.id);
      return served ? [{ claim: served.claim, report: served.report, score: hit.score }] : [];
    });
    const lifted = bySharedFunctionWords(question, found, (item) => item.claim.text);
    const shown = rerankClaims(library, question, found, question);
    expect(lifted.slice(0, 2).some((item) => /^Many users are confused about where their passkeys are stored/.test(item.claim.text))).toBe(true);
    expect(new Set(shown.slice(0, RERANK_TOP).map((item) => item.claim.id))).toEqual(new Set(lifted.slice(0, RERANK_TOP).map((item) => item.claim.id)));
    expect(shown.slice(RERANK_TOP).map((item) => item.claim.id)).toEqual(lifted.slice(RERANK_TOP).map((item) => item.claim.id));
    expect(lifted.map((item) => item.claim.id)).not.toEqual(found.map((item) => item.claim.id));
  });

  it("lifts each claim by the share of the question's function words its sentence has", () => {
    const lifted = bySharedFunctionWords(
      'so it is cheaper than concrete?',
      [
        { id: 'a', score: 10 },
        { id: 'b', score: 6 },
        { id: 'c', score: 5 },
      ],
      sentenceOf({ a: 'Concrete costs rise.', b: 'It is still higher than concrete.', c: 'Timber is cheap.' }),
    );
    // The question's function words: so, it, is, than ("is" does not open it). b has three, c one.
    expect(lifted).toEqual([
      { id: 'b', score: 6 * (1 + (FUNCTION_WORD_WEIGHT * 3) / 4) },
      { id: 'a', score: 10 },
      { id: 'c', score: 5 * (1 + FUNCTION_WORD_WEIGHT / 4) },
    ]);
  });

  // MiniSearch untuned weighs each function word by its idf; the lift counts "the" as "after".
  it("gives the reranker the share of the question's function words a sentence has, each weighed by its rarity among the library's sentences", () => {
    const sentences = new ServedSentences();
    for (let i = 0; i < 90; i++) sentences.served('The sky was grey.');
    for (let i = 0; i < 5; i++) sentences.served('Rain fell after noon.');
    for (let i = 0; i < 5; i++) sentences.served('Sun.');
    const share = rareFunctionWordShare('prices after the war', sentences.functionWordRarity());
    const idf = (having: number): number => Math.log(1 + (100 - having + 0.5) / (having + 0.5));
    // The question's function words: after, the. By count each sentence has half; by rarity "after"
    // (5 of 100 sentences) counts above "the" (90 of 100).
    expect(share('Prices rose after it.')).toBeGreaterThan(share('The war ended.'));
    expect(share('Prices rose after it.')).toBeCloseTo(idf(5) / (idf(5) + idf(90)), 12);
    expect(share('The war ended.')).toBeCloseTo(idf(90) / (idf(5) + idf(90)), 12);
    expect(share('Prices rose after the war.')).toBeCloseTo(1, 12);
    expect(share(functionWordBits('Prices rose after it.'))).toBe(share('Prices rose after it.'));
    expect(share('Prices rose.')).toBe(0);
    // The auxiliary a yes/no question opens with is not compared, as in the lift.
    expect(rareFunctionWordShare('does it rain after noon?', sentences.functionWordRarity())('Does it matter?')).toBeCloseTo(idf(0) / (idf(0) + idf(5)), 12);
    expect(rareFunctionWordShare('rain at noon', sentences.functionWordRarity())('The sky was grey.')).toBe(0);
  });

  it("reads the rarity weighed share as the reranker's feature of each first claim, and leaves the lift counting each word alike (held-out set 7)", () => {
    const question = 'Should cops be allowed to rewatch the tape before they write up what happened?';
    const found = library.index.search(question, undefined, { limit: 50, aliases: library.aliases }).flatMap((hit) => {
      const served = library.served(hit.id);
      return served ? [{ claim: served.claim, report: served.report, score: hit.score }] : [];
    });
    const first = bySharedFunctionWords(question, found, (item) => item.claim.text).slice(0, RERANK_TOP);
    const features = rerankFeatures(library, question, first, question);
    const share = rareFunctionWordShare(question, library.functionWordRarity());
    expect(features?.map((feature) => feature.rareFunctionWords)).toEqual(first.map((item) => share(item.claim.text)));
    // Not each word alike: some first claim's share by rarity is not its share by count.
    const asked = askedFunctionWords(question);
    const byCount = first.map((item) => [...functionWordsOf(item.claim.text)].filter((word) => asked.has(word)).length / asked.size);
    expect(features?.map((feature) => feature.rareFunctionWords)).not.toEqual(byCount);
    // A guard, not this feature's test: the claims the reranker orders are still those the lift
    // counting each word alike puts first (weighed by rarity, the lift put others first for this
    // question: rank54's test of its lift).
    expect(new Set(rerankClaims(library, question, found, question).slice(0, RERANK_TOP).map((item) => item.claim.id))).toEqual(new Set(first.map((item) => item.claim.id)));
  });

  it('reorders only the first claims found, which stay above the rest', () => {
    const found = Array.from({ length: FUNCTION_WORD_TOP + 5 }, (_, i) => ({ id: `c${i}`, score: 100 - i }));
    const sentences: Record<string, string> = { [`c${FUNCTION_WORD_TOP - 1}`]: 'Higher than the rest.', [`c${FUNCTION_WORD_TOP + 2}`]: 'Higher than the rest.' };
    const lifted = bySharedFunctionWords('higher than what?', found, sentenceOf(sentences));
    expect(lifted[0]?.id).toBe(`c${FUNCTION_WORD_TOP - 1}`);
    expect(lifted.slice(FUNCTION_WORD_TOP)).toEqual(found.slice(FUNCTION_WORD_TOP));
  });

  it('leaves the order alone for a question with no function word, and a claim with no sentence unlifted', () => {
    const found = [
      { id: 'a', score: 2 },
      { id: 'b', score: 1 },
    ];
    expect(bySharedFunctionWords('heat pumps norway', found, sentenceOf({ b: 'Heat pumps in Norway.' }))).toEqual(found);
    expect(bySharedFunctionWords('pumps in norway', found, sentenceOf({ a: 'Pumps in Norway.' }))).toEqual([{ id: 'a', score: 2 * (1 + FUNCTION_WORD_WEIGHT) }, { id: 'b', score: 1 }]);
  });

  it('does not lift a claim for the auxiliary a yes/no question opens with (bundled reports, as answered)', () => {
    // "do" alone made every claim with a "do" in it three times its score: "…sharrows, do little
    // or nothing to improve safety" came first for these.
    const firstFor = (question: string): string | undefined => answerQuestion(bundled, question).items[0]?.claim.text;
    expect(firstFor('do bike lanes reduce injuries?')).toMatch(/^Protected lanes on New York streets were followed by drops in injuries/);
    expect(firstFor('do protected bike lanes reduce injuries?')).toMatch(/^Protected lanes on New York streets were followed by drops in injuries/);
    expect(firstFor('do bike lanes help businesses?')).toMatch(/^Shops along new bike corridors/);
  });

  it("takes the question's function words without the auxiliary it opens with, after any punctuation, and keeps the others", () => {
    expect([...askedFunctionWords('do bike lanes reduce injuries?')]).toEqual([]);
    expect([...askedFunctionWords(': does it cost more than gas?')].sort()).toEqual(['it', 'more', 'than']);
    expect([...askedFunctionWords('is it cheaper than concrete, or is it not?')].sort()).toEqual(['is', 'it', 'not', 'or', 'than']);
    expect([...askedFunctionWords('why do bike lanes reduce injuries?')].sort()).toEqual(['do', 'why']);
    expect([...askedFunctionWords('doing it often')].sort()).toEqual(['doing', 'it']);
    // Every auxiliary of the shared list, the modals too, and each is a function word.
    for (const auxiliary of AUXILIARY_VERBS) {
      expect([...askedFunctionWords(`${auxiliary} it matter?`)], auxiliary).toEqual(['it']);
      expect([...functionWordsOf(auxiliary)], auxiliary).toEqual([auxiliary]);
    }
  });

  it('compares the reflexive pronouns as function words: a claim that "pays for itself" shares the question\'s "itself"', () => {
    expect([...functionWordsOf('Would the programme pay for itself?')].sort()).toEqual(['for', 'itself', 'the', 'would']);
  });

  it('reads function words in lower case, split as the index splits words, not the chat words', () => {
    expect([...functionWordsOf('ONLY after you’ve said yes, pls')].sort()).toEqual(['after', 'have', 'only', 'yes', 'you']);
  });

  it('spells contractions out on both sides, as the question searched has them: a claim saying "don\'t" shares "not"', () => {
    expect([...functionWordsOf("Sharrows don't help and they've not been shown to.")].sort()).toEqual(['and', 'been', 'do', 'have', 'not', 'they', 'to']);
    const lifted = bySharedFunctionWords('do they not help?', [{ id: 'a', score: 2 }, { id: 'b', score: 1 }], sentenceOf({ a: 'Lanes help.', b: "They don't help." }));
    expect(lifted.map((hit) => hit.id)).toEqual(['b', 'a']);
  });
});
