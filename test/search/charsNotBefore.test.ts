import { describe, expect, it } from 'vitest';
import { charsNotBefore } from '../../src/search/charsNotBefore.js';

const WORD = 'and|also';
const CHAR = String.raw`[^.\n]`;
/** The pattern charsNotBefore stands for: a look ahead from every character. */
function lookingAheadFromEach(lazy: boolean): string {
  return String.raw`(?:(?!\s+(?:${WORD})\b)${CHAR})*${lazy ? '?' : ''}`;
}

/** Every string of `parts` up to `length` of them. */
function* strings(parts: readonly string[], length: number): Generator<string> {
  if (length === 0) return;
  for (const part of parts) {
    yield part;
    for (const rest of strings(parts, length - 1)) yield part + rest;
  }
}

describe('a run of characters not before whitespace and a word', () => {
  it('matches as a look ahead from every character does, greedy and lazy, where each match ends', () => {
    const parts = [' ', '\t', 'and', 'also', 'x', '.', '\n', 'y'];
    for (const lazy of [false, true]) {
      const ours = new RegExp(String.raw`x(${charsNotBefore(WORD, CHAR, lazy)})(y|$)`, 'g');
      const theirs = new RegExp(String.raw`x(${lookingAheadFromEach(lazy)})(y|$)`, 'g');
      for (const text of strings(parts, 5)) expect([...text.matchAll(ours)].map((m) => [m.index, ...m]), JSON.stringify(text)).toEqual([...text.matchAll(theirs)].map((m) => [m.index, ...m]));
    }
  });

  // Looked ahead from each character, a run of spaces was read to its end from each of them: n²
  // steps (300,000 spaces: minutes). Read once here.
  it('reads a long run of spaces once, whether the match holds or fails after it', () => {
    const run = ' '.repeat(300_000);
    expect(new RegExp(String.raw`^x${charsNotBefore(WORD, CHAR)}$`).test(`x${run}y`)).toBe(true);
    expect(new RegExp(String.raw`^x${charsNotBefore(WORD, CHAR, true)}z`).test(`x${run}y`)).toBe(false);
    expect(new RegExp(String.raw`^x${charsNotBefore(WORD, CHAR)}$`).test(`x${run}and`)).toBe(false);
  });
});
