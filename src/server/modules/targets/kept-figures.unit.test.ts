import { describe, expect, it } from 'vitest';
import { isWorthKeeping, KEEP_FROM_UNITS } from './kept-figures.ts';

describe('which matrix figures are kept', () => {
  it('keeps an evaluation that read thousands of units, counting each group with its number', () => {
    expect(isWorthKeeping([{ units: KEEP_FROM_UNITS - 1 }, { units: 1 }])).toBe(true);
    expect(isWorthKeeping(Array.from({ length: 20 }, () => ({ units: 1_000 })))).toBe(true);
  });

  it('reads a base organization’s or a district’s figures live every time', () => {
    expect(isWorthKeeping([{ units: KEEP_FROM_UNITS - 1 }])).toBe(false);
    expect(isWorthKeeping(Array.from({ length: 20 }, () => ({ units: 1 })))).toBe(false);
    expect(isWorthKeeping([])).toBe(false);
  });
});
