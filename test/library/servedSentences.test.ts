// A library works out what answers read of its claims' sentences (their function words) when it
// serves them, and lifts its claims by them as it would by the sentences themselves: on held-out
// sets 7 and 8, loaded from disk through the real loader and index.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { ServedSentences } from '../../src/library/servedSentences.js';
import type { Claim } from '../../src/reports/model.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { bySharedFunctionWords, functionWordBits, functionWordRarity, functionWordsOf, FUNCTION_WORD_COUNT } from '../../src/search/sharedFunctionWords.js';
import { FUNCTION_WORDS } from '../../src/search/stopWords.js';

const holdout7 = fileURLToPath(new URL('../../eval/holdout7/reports/', import.meta.url));
const holdout8 = fileURLToPath(new URL('../../eval/holdout8/reports/', import.meta.url));

const claimsOf = (library: Library): Claim[] => library.reports.flatMap((report) => report.claims);

describe("a library's served sentences", () => {
  it('lifts its claims by the function words it worked out as by their sentences (held-out set 7)', async () => {
    const library = Library.from(await loadReports(holdout7, { workers: 0 }));
    const claims = claimsOf(library);
    const found = claims.map((claim, i) => ({ claim, score: claims.length - i }));
    // Each claim's sentence asked as a question: rich in function words.
    for (const { text } of claims.slice(0, 40)) {
      const byWorkedOut = bySharedFunctionWords(text, found, (item) => library.sentenceFunctionWordBits(item.claim.text));
      const bySentence = bySharedFunctionWords(text, found, (item) => item.claim.text);
      expect(byWorkedOut.map((item) => [item.claim.id, item.score])).toEqual(bySentence.map((item) => [item.claim.id, item.score]));
    }
    expect(claims.every((claim) => library.sentenceFunctionWordBits(claim.text) !== undefined)).toBe(true);
  });

  it("holds a sentence while the library serves a claim with it, apart from other libraries' (held-out set 8)", async () => {
    const loaded = await loadReports(holdout8, { workers: 0 });
    const library = Library.from(loaded);
    const other = Library.from(loaded);
    const report = library.reports[0];
    const sentence = report?.claims[0]?.text ?? '';
    expect(library.sentenceFunctionWordBits(sentence)).toEqual(functionWordBits(sentence));
    library.forget(report?.file ?? '');
    expect(library.sentenceFunctionWordBits(sentence)).toBeUndefined();
    expect(other.sentenceFunctionWordBits(sentence)).toEqual(functionWordBits(sentence));
    if (report) library.put(report);
    expect(library.sentenceFunctionWordBits(sentence)).toEqual(functionWordBits(sentence));
    expect(library.sentenceFunctionWordBits(`${sentence} `)).toBeUndefined();
  });

  it("gives each sentence its own function words after others were forgotten and their places taken (held-out set 8)", async () => {
    const library = Library.from(await loadReports(holdout8, { workers: 0 }));
    const reports = library.reports;
    for (const report of reports.slice(0, 3)) library.forget(report.file);
    for (const report of [...reports].reverse()) library.put(report);
    for (const claim of claimsOf(library)) expect(library.sentenceFunctionWordBits(claim.text)).toEqual(functionWordBits(claim.text));
  });

  it("weighs each function word by how few of its served claims' sentences have it, as claims come and go (held-out set 8)", async () => {
    const library = Library.from(await loadReports(holdout8, { workers: 0 }));
    // Bits are in FUNCTION_WORDS' order.
    const order = [...FUNCTION_WORDS];
    const counted = (claims: Claim[]): Float64Array => {
      const having = new Array<number>(FUNCTION_WORD_COUNT).fill(0);
      for (const claim of claims) for (const word of functionWordsOf(claim.text)) having[order.indexOf(word)] = (having[order.indexOf(word)] ?? 0) + 1;
      return functionWordRarity(having, claims.length);
    };
    expect(library.functionWordRarity()).toEqual(counted(claimsOf(library)));
    const report = library.reports[0];
    library.forget(report?.file ?? '');
    expect(library.functionWordRarity()).toEqual(counted(claimsOf(library)));
    if (report) library.put(report);
    expect(library.functionWordRarity()).toEqual(counted(claimsOf(library)));
  });

  it('keeps a sentence two claims have until neither is served', () => {
    const sentences = new ServedSentences();
    const sentence = 'Costs fell only after the second year.';
    sentences.served(sentence);
    sentences.served(sentence);
    sentences.notServed(sentence);
    expect(sentences.functionWordBitsOf(sentence)).toEqual(functionWordBits(sentence));
    sentences.notServed(sentence);
    expect(sentences.functionWordBitsOf(sentence)).toBeUndefined();
  });
});
