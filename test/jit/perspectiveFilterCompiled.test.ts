import { describe, expect, it } from 'vitest';
import { bailoutsFrom, compiledBetween, v8TraceOf } from '../support/v8Trace.js';

/** A trace line about a function questionFilter makes (its tests by claim id and by short id; tsx leaves them unnamed to V8). */
const FILTER_TEST = /<JSFunction <[^>]*\/src\/answer\/questionFilter\.ts>/;

describe('a perspective filter compiled', () => {
  // Each `perspective:` question makes its own test of perspectives. Made as a closure, the code V8
  // compiled for questionFilter's test by claim id called the one closure it had met, and another
  // question's threw it away.
  it("keeps the code V8 compiled for questionFilter's test by claim id at another question's perspective", async () => {
    const lines = await v8TraceOf('test/fixtures/runtime/secondPerspective.ts');
    const mark = lines.indexOf('[another perspective]');
    expect(mark).toBeGreaterThan(0);
    expect(compiledBetween(lines, FILTER_TEST, 0, mark)).toBe(true);
    expect(bailoutsFrom(lines, FILTER_TEST, mark)).toEqual([]);
  }, 60_000);
});
