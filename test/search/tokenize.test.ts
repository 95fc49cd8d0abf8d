import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldTerm, normalizeTerm } from '../../src/search/normalizeTerm.js';
import { STOP_WORDS } from '../../src/search/stopWords.js';
import { wordnetDbDir } from '../../src/search/wordnet/wordNet.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';
import { tokenize } from '../../src/search/tokenize.js';
import { termsOf } from '../../src/search/termsOf.js';

describe('tokenize', () => {
  it('splits English on spaces and punctuation', () => {
    expect(tokenize("Heat pumps' efficiency (COP) — at −15°C?")).toEqual(['Heat', 'pumps', 'efficiency', 'COP', 'at', '15', 'C']);
  });

  // A claim's "U.S." was split into two lone letters, no word at all: a question's "US" never met it.
  it('keeps initials written with dots as one word, as written without them', () => {
    expect(tokenize('the U.S. Capitol, the U.K. and Washington, D.C.')).toEqual(['the', 'US', 'Capitol', 'the', 'UK', 'and', 'Washington', 'DC']);
    expect(tokenize('U.S.A. rules')).toEqual(['USA', 'rules']);
    expect(tokenize("O'Brien's U.S. rail pass survey 訪日")).toContain('US');
    // One initial is no word, nor are lower-case abbreviations.
    expect(tokenize('Lucius D. Clay, e.g. here')).toEqual(['Lucius', 'D', 'Clay', 'e', 'g', 'here']);
    expect(termsOf('U.S. rules')).toEqual(termsOf('US rules'));
  });

  it('splits a Japanese or Chinese sentence into words, not one token', () => {
    expect(tokenize('家族連れの旅行者の多くはJRパスを利用している').length).toBeGreaterThan(3);
    expect(tokenize('中国游客越来越多地选择自由行').length).toBeGreaterThan(2);
  });
});

describe('normalizeTerm', () => {
  it('stems English words so forms of a word meet', () => {
    expect(normalizeTerm('Risks')).toBe(normalizeTerm('risk'));
    expect(normalizeTerm('evaluated')).toBe(normalizeTerm('evaluation'));
  });

  it('meets British and American spellings', () => {
    expect(normalizeTerm('generalisability')).toBe(normalizeTerm('generalizability'));
    expect(normalizeTerm('tokenisation')).toBe(normalizeTerm('tokenization'));
  });

  it('folds accents', () => {
    expect(normalizeTerm('café')).toBe(normalizeTerm('cafe'));
    expect(normalizeTerm('cafe\u0301')).toBe(normalizeTerm('cafe'));
  });

  it('drops question words but keeps the words people search for', () => {
    for (const word of ['what', 'are', 'the', 'of', 'does', 'tell']) expect(normalizeTerm(word)).toBeNull();
    for (const word of ['research', 'results', 'effect', 'risks', 'benefits', 'cost']) expect(normalizeTerm(word)).not.toBeNull();
  });

  it('keeps US, IT and WHO written in capitals, which lower case are stop words', () => {
    for (const word of ['US', 'IT', 'WHO']) expect(normalizeTerm(word), word).toBe(word.toLowerCase());
    for (const word of ['us', 'it', 'who', 'Us', 'It', 'Who']) expect(normalizeTerm(word), word).toBeNull();
  });

  // Pinned as it is: the US's key is the stem of "use", so "America" (-> US) also reaches claims
  // that use something. Keying it apart changes answers (measured in the forty-ninth session):
  // do it on purpose, with both models refitted.
  it('keys "US" where "use", "used" and "useful" are keyed, their stem', () => {
    for (const word of ['use', 'uses', 'used', 'using', 'useful']) expect(normalizeTerm(word), word).toBe(normalizeTerm('US'));
  });
});

describe('foldTerm', () => {
  // Plain letters and digits skip the accent folding (the same word either way): its checks stay.
  it('folds plain words as any other: a lone letter and a stop word are dropped, a lone digit kept', () => {
    expect(foldTerm('a')).toBeNull();
    expect(foldTerm('Q')).toBeNull();
    expect(foldTerm('The')).toBeNull();
    expect(foldTerm('7')).toBe('7');
    expect(foldTerm('Kelp')).toBe('kelp');
    expect(foldTerm('CO2')).toBe('co2');
    expect(foldTerm('x'.repeat(50))).toBe('x'.repeat(40));
  });

  // foldTerm's body before the plain path (fa2d0f1), every word folded through it.
  const foldedBefore = (word: string): string | null => {
    if (['US', 'IT', 'WHO'].includes(word)) return word.toLowerCase();
    let term = word.slice(0, 40).toLowerCase();
    if (/^[\p{Script=Latin}\p{N}\p{M}'’]+$/u.test(term)) {
      term = term.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '');
      if (term.length < 2 && !/\d/.test(term)) return null;
    }
    if (term === '' || STOP_WORDS.has(term)) return null;
    return term;
  };

  it('folds every word of the bundled reports and of WordNet as it did before the plain path', () => {
    const words = new Set(['a', 'Z', '7', 'US', 'us', 'é', 'Café', 'naïve', 'Gödel’s', "o'brien", 'x'.repeat(45), 'ÉTÉ', 'straße', 'Ǆ', 'K']);
    for (const file of readdirSync(BUNDLED_REPORTS).filter((name) => name.endsWith('.md'))) {
      for (const word of tokenize(readFileSync(join(BUNDLED_REPORTS, file), 'utf8'))) words.add(word);
    }
    const lemmas = readFileSync(join(wordnetDbDir(), 'index.adj'), 'latin1').split('\n').map((line) => line.split(' ')[0] ?? '');
    for (const lemma of lemmas.filter((lemma, i) => lemma !== '' && i % 4 === 0)) {
      for (const part of lemma.split('_')) words.add(part).add(part.toUpperCase()).add(part.charAt(0).toUpperCase() + part.slice(1));
    }
    expect(words.size).toBeGreaterThan(10_000);
    expect([...words].filter((word) => foldTerm(word) !== foldedBefore(word))).toEqual([]);
  });

  it('folds accents and apostrophes off other Latin words', () => {
    expect(foldTerm('Café')).toBe('cafe');
    expect(foldTerm('Gödel’s')).toBe('godels');
    expect(foldTerm('é')).toBeNull();
    expect(foldTerm('’s')).toBeNull();
  });
});
