import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/reports/itemText.js';

describe('foldLines', () => {
  it('reads a wrapped paragraph as one line: each break and the spaces and tabs around it one space', () => {
    expect(foldLines('Heat pumps  \n\t  work in the cold.\n')).toBe('Heat pumps work in the cold.');
    expect(foldLines('a \n \t \n b')).toBe('a  b');
    expect(foldLines('  keeps  inner  spaces \u00a0\nand\r\nreturns ')).toBe('keeps  inner  spaces \u00a0 and\r returns');
  });

  // A long run of spaces was read again from each of its places.
  it('reads a long run of spaces, with or without a break after it', () => {
    const run = ' '.repeat(100_000);
    expect(foldLines(`a${run}x`)).toBe(`a${run}x`);
    expect(foldLines(`a${run}\nx`)).toBe('a x');
  });
});
