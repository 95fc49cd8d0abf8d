import { describe, expect, it } from 'vitest';
import { terminalWidth, wrapText } from '../../src/render/wrapText.js';

describe('wrapText', () => {
  it('wraps at spaces, continuing after the line\'s marker', () => {
    expect(wrapText('1. one two three four five six seven eight nine ten eleven twelve thirteen fourteen', 40)).toBe(
      '1. one two three four five six seven\n   eight nine ten eleven twelve thirteen\n   fourteen',
    );
    expect(wrapText('     — [1] a source title that is long enough to need a second line here', 40)).toBe(
      '     — [1] a source title that is long\n       enough to need a second line here',
    );
  });

  it('keeps the quote mark on every line of a quote', () => {
    expect(wrapText('   > "a quoted sentence, long enough that it has to go over two lines"', 40)).toBe(
      '   > "a quoted sentence, long enough\n   > that it has to go over two lines"',
    );
  });

  it('gives a word longer than the width a line of its own, unbroken', () => {
    const url = `<https://example.com/${'a'.repeat(60)}>`;
    expect(wrapText(`     — [1] Title ${url}`, 40)).toBe(`     — [1] Title\n       ${url}`);
  });

  it('leaves short lines, blank lines and width 0 alone', () => {
    expect(wrapText('short\n\n  indented', 40)).toBe('short\n\n  indented');
    const long = 'word '.repeat(50).trim();
    expect(wrapText(long, 0)).toBe(long);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(wrapText(`${'é'.repeat(30)} ${'🙂'.repeat(9)}`, 40)).toBe(`${'é'.repeat(30)} ${'🙂'.repeat(9)}`);
  });

  it('wraps to the terminal\'s width, or 100 when output is not a terminal', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 })).toBe(132);
    expect(terminalWidth({ isTTY: false, columns: 132 })).toBe(100);
    expect(terminalWidth({})).toBe(100);
    expect(terminalWidth({ isTTY: true, columns: 10 })).toBe(40);
  });
});
