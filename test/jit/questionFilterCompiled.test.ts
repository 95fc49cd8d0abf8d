import { describe, expect, it } from 'vitest';
import { bailoutsFrom, compiledBetween, v8TraceOf } from '../support/v8Trace.js';

/** A trace line about questionFilter.ts's questionFilter. */
const QUESTION_FILTER = /<JSFunction questionFilter <[^>]*\/src\/answer\/questionFilter\.ts>/;

describe('questionFilter compiled', () => {
  // An answer passes the phrases parseQuery read; "why nothing" tries a filter alone and passes
  // none. An empty list of parseQuery's (its literal's kind moved on by the strings pushed into
  // others) and questionFilter's own empty default were two maps to V8, and the code compiled on
  // answers alone was thrown away at the first filter tried alone.
  it('keeps the code V8 compiled for questionFilter when a filter is tried without phrases', async () => {
    const lines = await v8TraceOf('test/fixtures/runtime/phraselessFilter.ts');
    const mark = lines.indexOf('[a filter tried alone]');
    expect(mark).toBeGreaterThan(0);
    expect(compiledBetween(lines, QUESTION_FILTER, 0, mark)).toBe(true);
    expect(bailoutsFrom(lines, QUESTION_FILTER, mark)).toEqual([]);
  }, 60_000);
});
