import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../src/runtime/byCodeUnits.js';

describe('byCodeUnits', () => {
  it('orders by UTF-16 code units, whatever the locale would say', () => {
    // Capitals before small letters, accented letters after z, and a character outside the BMP
    // (its first code unit a surrogate, 0xD83D) before U+FF5E though its code point is higher.
    const words = ['zebra', 'Zebra', 'éclair', 'apple', '\u{1F600}', '\uFF5E', 'a', ''];
    expect([...words].sort(byCodeUnits)).toEqual(['', 'Zebra', 'a', 'apple', 'zebra', 'éclair', '\u{1F600}', '\uFF5E']);
    expect(byCodeUnits('same', 'same')).toBe(0);
  });
});
