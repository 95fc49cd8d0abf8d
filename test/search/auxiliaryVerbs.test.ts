import { describe, expect, it } from 'vitest';
import { AUXILIARY, AUXILIARY_VERBS, BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_VERBS } from '../../src/search/auxiliaryVerbs.js';

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
});
