import { describe, expect, it } from 'vitest';
import { anyClause, firstThen, lastNotFollowedBy } from '../../src/answer/clauseReading.js';

describe('reading a question one clause at a time', () => {
  it('reads a word and another after it in one clause, not across a stop nor before it', () => {
    const asks = anyClause(firstThen(/\bhow much\b/i, /\bcost\b/i));
    expect(asks.test('How much, all told, does it cost?')).toBe(true);
    expect(asks.test('How much? It will cost.')).toBe(false);
    expect(asks.test('What does it cost, and how much?')).toBe(false);
    expect(asks.test('...!!! how much does it cost')).toBe(true);
  });

  it('reads a word with no other after it in its clause from its last match', () => {
    const asks = anyClause(lastNotFollowedBy(/\bwhat toll\b/i, /\btake\b/i));
    expect(asks.test('What toll does the canal charge?')).toBe(true);
    expect(asks.test('What toll did the war take?')).toBe(false);
    expect(asks.test('What toll? It did take long.')).toBe(true);
  });

  // Patterns with the g or y flag keep a lastIndex between calls: the readings drop those flags.
  it('reads the same on every call when given patterns with the g or y flag', () => {
    const twoParts = firstThen(/\bhow much\b/gi, /\bcost\b/gy);
    const noneAfter = lastNotFollowedBy(/\bwhat toll\b/gy, /\btake\b/gi);
    for (let call = 0; call < 3; call++) {
      expect(twoParts('so how much does it cost'), `call ${call}`).toBe(true);
      expect(twoParts('how much is it'), `call ${call}`).toBe(false);
      expect(noneAfter('so what toll does it charge'), `call ${call}`).toBe(true);
      expect(noneAfter('what toll did it take'), `call ${call}`).toBe(false);
    }
  });
});
