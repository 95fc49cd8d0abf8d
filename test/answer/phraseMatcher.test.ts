import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../src/answer/phraseMatcher.js';
import type { Claim } from '../../src/reports/model.js';

const claim: Claim = {
  id: 'heat-pumps#1',
  reportId: 'heat-pumps',
  text: 'Heat pumps keep working in the COLD',
  perspective: 'Performance Perspective',
  evidence: [
    { source: 'Nordic Field Trial', quote: 'Efficiency   held up\nat −20 °C in the owner’s home.' },
    { source: 'Energy Agency', finding: 'Running costs fell by a third.' },
  ],
  line: 3,
};

const contains = (...phrases: string[]): boolean => phraseMatcher(phrases)(claim);

describe('phraseMatcher', () => {
  it('finds a phrase in the claim, its quotes, its findings and its sources, ignoring case', () => {
    expect(contains('keep working in the cold')).toBe(true);
    expect(contains('running costs fell')).toBe(true);
    expect(contains('nordic field')).toBe(true);
    expect(contains('working in the heat')).toBe(false);
  });

  it('reads any run of whitespace as one space and curly apostrophes as straight ones', () => {
    expect(contains('efficiency held up at')).toBe(true);
    expect(contains("the owner's home")).toBe(true);
    expect(contains('the owner’s home')).toBe(true);
  });

  it('reads the claim and its evidence as one text, each on its own line', () => {
    expect(contains('in the cold efficiency')).toBe(true);
    expect(contains('the coldefficiency')).toBe(false);
  });

  it('does not find words that are all there but apart, or apart across a line', () => {
    const plain: Claim = { ...claim, evidence: [{ source: 'Energy Agency', quote: 'Cold winters cut output. Heat pumps coped.' }] };
    const matches = (phrase: string): boolean => phraseMatcher([phrase])(plain);
    expect(matches('heat pumps')).toBe(true);
    expect(matches('working heat')).toBe(false);
    expect(matches('the cold cold winters')).toBe(true);
    expect(matches('the cold winters cut')).toBe(false);
    expect(matches('cold heat')).toBe(false);
  });

  it('requires every phrase, and accepts every claim when there is none', () => {
    expect(contains('heat pumps', 'running costs')).toBe(true);
    expect(contains('heat pumps', 'running cost rose')).toBe(false);
    expect(contains()).toBe(true);
  });
});
