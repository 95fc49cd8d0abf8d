import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { foldTerm, normalizeTerm } from '../../src/search/normalizeTerm.js';
import { tokenize } from '../../src/search/tokenize.js';

describe('tokenize', () => {
  it('splits English on spaces and punctuation', () => {
    expect(tokenize("Heat pumps' efficiency (COP) — at −15°C?")).toEqual(['Heat', 'pumps', 'efficiency', 'COP', 'at', '15', 'C']);
  });

  it('splits a Japanese or Chinese sentence into words, not one token', () => {
    expect(tokenize('家族連れの旅行者の多くはJRパスを利用している').length).toBeGreaterThan(3);
    expect(tokenize('中国游客越来越多地选择自由行').length).toBeGreaterThan(2);
  });

  // It remembers the last texts it split: asked again, a text gives the same words, in a list of its own.
  it('splits a text asked again, among others, as the first time, and the list given is the caller\'s', () => {
    const texts = ['do heat pumps work in the cold?', 'heat pumps', 'Risks of AI-generated tests', 'do heat pumps work in the cold?!', '', 'a b c d e'];
    const first = texts.map((text) => tokenize(text));
    first[0]?.push('changed');
    (first[1] as string[]).length = 0;
    for (let round = 0; round < 3; round++) {
      for (const text of [...texts].reverse()) {
        const words = tokenize(text);
        expect(words, text).toEqual(text.split(/[\s\p{P}]+/u).filter((word) => word !== ''));
        words.push('changed');
      }
    }
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

  // Both remember the words asked lately in a few slots, shared by the two: what each gives must
  // not depend on what was asked before, whichever of the two asked it.
  it('gives each word its folded form and its key, asked in any order among many words', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    // Letters without "s": no British -ise spelling, so the key is the stemmer's of the lowercase word.
    const letters = 'abcdefghijklmnopqrtuvwxyz';
    const words = Array.from({ length: 3000 }, () => Array.from({ length: 4 + random(8) }, () => letters[random(letters.length)]).join(''));
    const asked: string[] = [];
    for (const word of words) {
      asked.push(word);
      for (let k = 0; k < 3; k++) {
        const other = asked[random(asked.length)] as string;
        const typed = random(2) === 0 ? other : other.toUpperCase();
        if (random(2) === 0) expect(foldTerm(typed), typed).toBe(other);
        else expect(normalizeTerm(typed), typed).toBe(stemmer(other));
      }
    }
    for (const [word, folded, key] of [['Risks', 'risks', 'risk'], ['Café', 'cafe', 'cafe'], ['The', null, null], ['US', 'us', 'us']] as const) {
      expect([foldTerm(word), normalizeTerm(word), foldTerm(word), normalizeTerm(word)], word).toEqual([folded, key, folded, key]);
    }
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
  // that use something. Keying it apart changes answers: do it on purpose, with a reranker refit.
  it('keys "US" where "use", "used" and "useful" are keyed, their stem', () => {
    for (const word of ['use', 'uses', 'used', 'using', 'useful']) expect(normalizeTerm(word), word).toBe(normalizeTerm('US'));
  });
});
