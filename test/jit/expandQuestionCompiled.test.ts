import { describe, expect, it } from 'vitest';
import { bailoutsFrom, compiledBetween, v8TraceOf } from '../support/v8Trace.js';

/** A trace line about expandQuestion.ts's expandNow. */
const EXPAND_NOW = /<JSFunction expandNow <[^>]*\/src\/search\/expandQuestion\.ts>/;

describe('expandQuestion compiled', () => {
  // A question ending with a stop word ("made of?") has no word after its last: reading one past
  // the words' end, where the questions V8 had compiled expandNow on never did, threw its code away.
  it('keeps the code V8 compiled for expandNow at a question ending with a stop word', async () => {
    const lines = await v8TraceOf('test/fixtures/runtime/trailingStopWord.ts');
    const mark = lines.indexOf('[trailing stop word]');
    expect(mark).toBeGreaterThan(0);
    expect(compiledBetween(lines, EXPAND_NOW, 0, mark)).toBe(true);
    expect(bailoutsFrom(lines, EXPAND_NOW, mark)).toEqual([]);
  }, 60_000);
});
