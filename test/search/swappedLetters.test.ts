import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';
import { swappedBack, withSwapsUndone, type IndexedWords } from '../../src/search/swappedLetters.js';
import type { WordNet } from '../../src/search/wordnet/wordNet.js';

const wordnet = (): WordNet => {
  const reader = sharedWordNet();
  if (reader === null) throw new Error('WordNet is not installed');
  return reader;
};

/** A library's claims that have these words (by their keys). */
const indexHaving = (...words: string[]): IndexedWords => {
  const keys = new Set(words.map(normalizeTerm));
  return { has: (word) => keys.has(normalizeTerm(word)) };
};

const bundled = async (): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL('../../reports/', import.meta.url))));

describe('swappedBack', () => {
  it('swaps two neighbouring letters of a word WordNet lacks back into the words it has', () => {
    expect(swappedBack(wordnet(), 'chnage')).toEqual(['change']);
    expect(swappedBack(wordnet(), 'vinly')).toEqual(['vinyl']);
    expect(swappedBack(wordnet(), 'veiwers')).toEqual(['viewers']);
  });

  it('leaves a word WordNet has, even one whose swap is another word', () => {
    expect(swappedBack(wordnet(), 'causal')).toEqual([]); // casual
    expect(swappedBack(wordnet(), 'trial')).toEqual([]); // trail
    expect(swappedBack(wordnet(), 'dairy')).toEqual([]); // diary
  });

  it('knows the -ied verbs and -ier/-iest adjectives WordNet lists under -y', () => {
    expect(swappedBack(wordnet(), 'complied')).toEqual([]); // compiled
    expect(swappedBack(wordnet(), 'retried')).toEqual([]); // retired
    expect(swappedBack(wordnet(), 'driest')).toEqual([]); // direst
    expect(swappedBack(wordnet(), 'saltier')).toEqual([]); // saltire
  });

  it("never swaps a word's first two letters: a clipped chat word becomes another word that way", () => {
    expect(swappedBack(wordnet(), 'evals')).toEqual([]); // veals
    expect(swappedBack(wordnet(), 'algos')).toEqual([]); // lagos
    expect(swappedBack(wordnet(), 'rpice')).toEqual([]); // price
    expect(swappedBack(wordnet(), 'pirce')).toEqual(['price']);
  });

  // Seven development questions swap a four-letter word's letters ("remote wrok", "credit crad",
  // "skin tets", "fule burn", "his jmup", held-out 57's "how far did the vasa sial"): words59.
  it('swaps back a four-letter word WordNet lacks, or has with no sense in use ("sial", a geologist\'s word)', () => {
    expect(swappedBack(wordnet(), 'wrok')).toEqual(['work']);
    expect(swappedBack(wordnet(), 'jmup')).toEqual(['jump']);
    expect(swappedBack(wordnet(), 'sial')).toEqual(['sail']);
    expect(swappedBack(wordnet(), 'form')).toEqual([]); // from: a word in use
  });

  it('leaves a word under 4 letters, and a longer one WordNet has in no use: a spelling of its own ("centre")', () => {
    expect(swappedBack(wordnet(), 'ues')).toEqual([]); // use
    expect(swappedBack(wordnet(), 'centre')).toEqual([]); // center
  });
});

describe('withSwapsUndone', () => {
  it('writes a swapped word as the word meant when the library has that word', () => {
    expect(withSwapsUndone('did vinly outsell CDs in the US', wordnet(), indexHaving('vinyl', 'outsell'))).toBe('did vinyl outsell CDs in the US');
  });

  it('leaves a word the library has as typed, and one it has two words swapped back for', () => {
    expect(withSwapsUndone('did the regian vote', wordnet(), indexHaving('regain'))).toBe('did the regain vote');
    expect(withSwapsUndone('did the regian vote', wordnet(), indexHaving('regain', 'regian'))).toBe('did the regian vote');
    expect(withSwapsUndone('did the regian vote', wordnet(), indexHaving('regain', 'regina'))).toBe('did the regian vote');
  });

  it('leaves a longer word to the typo matching, which reaches a swap in it', () => {
    // WordNet lacks "luminaires" (lighting's word) and has "luminaries".
    expect(withSwapsUndone('are luminaires dimmed at night', wordnet(), indexHaving('luminaries'))).toBe('are luminaires dimmed at night');
  });

  it('reads a longer word whose stem the swap moves apart as the word meant: the typo matching does not reach it', () => {
    // "mutatoins" stems to mutatoin, "mutations" to mutat: three edits, where the matching forgives two.
    expect(withSwapsUndone('pando mutatoins growth history', wordnet(), indexHaving('mutations'))).toBe('pando mutations growth history');
    expect(withSwapsUndone('retinal detachmnet risk', wordnet(), indexHaving('detachment'))).toBe('retinal detachment risk');
  });

  it('leaves a word written with a capital: a name or an acronym', () => {
    expect(withSwapsUndone('how many ballots went to Sarah Palin', wordnet(), indexHaving('plain'))).toBe('how many ballots went to Sarah Palin');
    expect(withSwapsUndone('what did NASA and Reprot say', wordnet(), indexHaving('report'))).toBe('what did NASA and Reprot say');
  });

  it("reads a question's first word capitalised as typed as any other word", () => {
    expect(withSwapsUndone('Reprot on heat pump noise', wordnet(), indexHaving('report'))).toBe('Report on heat pump noise');
    expect(withSwapsUndone(' Reprot on heat pump noise', wordnet(), indexHaving('report'))).toBe(' Report on heat pump noise');
    expect(withSwapsUndone('Palin on heat pump noise', wordnet(), indexHaving('plain', 'palin'))).toBe('Palin on heat pump noise');
    expect(withSwapsUndone('REPROT on heat pump noise', wordnet(), indexHaving('report'))).toBe('REPROT on heat pump noise');
  });
});

describe('a question word typed with two letters swapped (the bundled reports)', () => {
  it('is answered as the word typed correctly would be', async () => {
    const library = await bundled();
    const claims = (question: string): string[] => answerQuestion(library, question).items.map((item) => item.claim.id);
    for (const [typo, typed] of [
      ['does the heat pump reprot mention installers?', 'does the heat pump report mention installers?'],
      ['do heat pupms work in Canada?', 'do heat pumps work in Canada?'],
    ] as const) {
      expect(claims(typo).slice(0, 3), typo).toEqual(claims(typed).slice(0, 3));
    }
    expect(answerQuestion(library, 'does the heat pump reprot mention installers?').items[0]?.claim.text).toMatch(/^A shortage of trained installers/);
  });
});
