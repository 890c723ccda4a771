import { describe, expect, it } from 'vitest';
import { fromRoman, toRoman } from './roman-numerals.ts';

describe('roman numerals', () => {
  it('writes and reads numerals, refusing non-standard ones', () => {
    expect([1, 4, 9, 14, 40, 1994].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIV']);
    expect(toRoman(0)).toBe('');
    expect(['IV', 'XIV', 'MCMXCIV'].map(fromRoman)).toEqual([4, 14, 1994]);
    expect(['IIII', 'IC', 'iv', ''].map(fromRoman)).toEqual([null, null, null, null]);
  });
});
