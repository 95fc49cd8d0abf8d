import { describe, expect, it } from 'vitest';
import { ACTIVE_AUXILIARY_VERBS, AUXILIARY, AUXILIARY_VERBS, AUXILIARY_VERBS_ALSO_OTHER_WORDS, BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_VERBS, REQUEST_MODALS, TIME_AUXILIARY_VERBS } from '../../src/search/auxiliaryVerbs.js';
import { FUNCTION_WORDS } from '../../src/search/stopWords.js';

describe('the auxiliary verbs', () => {
  it('are the groups together, each word in one group only', () => {
    const groups = [DO_FORMS, BE_FORMS, HAVE_FORMS, MODAL_VERBS];
    expect(new Set(AUXILIARY_VERBS)).toEqual(new Set(groups.flat()));
    expect(AUXILIARY_VERBS).toHaveLength(groups.flat().length);
    expect(new Set(AUXILIARY_VERBS).size).toBe(AUXILIARY_VERBS.length);
  });

  it('group the copula apart from "do", "have" and the modals', () => {
    expect(BE_FORMS).toEqual(['is', 'are', 'was', 'were', 'am']);
    expect(DO_FORMS).toEqual(['do', 'does', 'did']);
    expect(HAVE_FORMS).toEqual(['have', 'has', 'had']);
    expect(MODAL_VERBS).toContain('should');
  });

  it('match as one group in a pattern', () => {
    const pattern = new RegExp(String.raw`^${AUXILIARY}\b`);
    for (const word of AUXILIARY_VERBS) expect(pattern.test(`${word} it`)).toBe(true);
    expect(pattern.test('doing it')).toBe(false);
  });

  it('are all function words, never searched alone (stopWords.ts)', () => {
    for (const word of AUXILIARY_VERBS) expect(FUNCTION_WORDS.has(word), word).toBe(true);
  });

  it('name their subsets from the groups: no subset holds a word no group has', () => {
    for (const subset of [ACTIVE_AUXILIARY_VERBS, REQUEST_MODALS, AUXILIARY_VERBS_ALSO_OTHER_WORDS, TIME_AUXILIARY_VERBS])
      for (const word of subset) expect(AUXILIARY_VERBS, word).toContain(word);
    expect(ACTIVE_AUXILIARY_VERBS).not.toContain('is');
  });
});
