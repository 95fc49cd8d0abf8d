import { describe, expect, it } from 'vitest';
import { bailoutsFrom, compiledBetween, v8TraceOf } from '../support/v8Trace.js';

/** A trace line about the fixture's reader of DeletionIndex.near's arrays. */
const READ_NEAR = /<JSFunction readNear <[^>]*\/test\/fixtures\/runtime\/deletionNearOptimized\.ts>/;
/** A trace line about DeletionIndex.near. */
const NEAR = /<JSFunction near <[^>]*\/src\/search\/deletionIndex\.ts>/;

describe('DeletionIndex.near compiled', () => {
  // PostingsLookup.expandNow loops over the typo neighbours near finds. Arrays V8's optimized near
  // made were another kind than its unoptimized near's, so code compiled to read the one was
  // thrown away at the other, and expandNow's count toward being compiled began again.
  it('gives arrays of the kinds its unoptimized runs gave once V8 has optimized it', async () => {
    const lines = await v8TraceOf('test/fixtures/runtime/deletionNearOptimized.ts');
    const readerMark = lines.indexOf('[reader compiled]');
    const nearMark = lines.indexOf('[near compiled]');
    expect(readerMark).toBeGreaterThan(0);
    expect(nearMark).toBeGreaterThan(readerMark);
    expect(compiledBetween(lines, READ_NEAR, 0, readerMark)).toBe(true);
    expect(compiledBetween(lines, NEAR, readerMark, nearMark)).toBe(true);
    expect(bailoutsFrom(lines, READ_NEAR, nearMark)).toEqual([]);
  }, 60_000);
});
