import { describe, expect, it } from 'vitest';
import { classify, elapsedShare, meets, paceStatus, percentOf, shortBy, statusOfUnits, worse } from './status.ts';

describe('comparators', () => {
  it('meet and fall short by the distance to the target', () => {
    expect(meets('gte', 80, 80)).toBe(true);
    expect(meets('gte', 79.9, 80)).toBe(false);
    expect(meets('lte', 3, 2)).toBe(false);
    expect(meets('eq', 100, 100)).toBe(true);
    expect(shortBy('gte', 72, 80)).toBe(8);
    expect(shortBy('lte', 5, 2)).toBe(3);
    expect(shortBy('eq', 97, 100)).toBe(3);
    expect(shortBy('gte', 90, 80)).toBe(0);
  });
});

describe('classify', () => {
  it('gives amber within 10 percentage points and red beyond', () => {
    expect(classify('percent', 'gte', 80, 85)).toBe('green');
    expect(classify('percent', 'gte', 80, 70)).toBe('amber');
    expect(classify('percent', 'gte', 80, 69.9)).toBe('red');
    expect(classify('percent', 'eq', 100, 90)).toBe('amber');
    expect(classify('percent', 'lte', 5, 20)).toBe('red');
  });
  it('gives amber within one unit of a count of several, never for a target of one', () => {
    expect(classify('count', 'gte', 12, 11)).toBe('amber');
    expect(classify('count', 'gte', 12, 10)).toBe('red');
    expect(classify('count', 'gte', 1, 0)).toBe('red');
  });
  it('has nothing to say without a figure', () => {
    expect(classify('percent', 'gte', 80, null)).toBe('none');
  });
});

describe('pace', () => {
  it('measures how much of a period has passed', () => {
    expect(elapsedShare('2026-07-01', '2026-09-30', '2026-06-30')).toBe(0);
    expect(elapsedShare('2026-07-01', '2026-09-30', '2026-10-01')).toBe(1);
    expect(elapsedShare('2026-01-01', '2026-12-31', '2026-07-02')).toBeCloseTo(0.5, 2);
  });
  it('flags at the end of Q3 a unit with fewer thematic meetings than quarters (at least 4 in the year)', () => {
    expect(paceStatus('gte', 4, 3, 0.75)).toBe('amber');
    expect(paceStatus('gte', 4, 2, 0.75)).toBe('red');
    expect(paceStatus('gte', 4, 4, 0.75)).toBe('green');
    expect(paceStatus('gte', 4, 1, 0.3)).toBe('green');
    // 273 of 365 days: three quarters have passed although the share of days is 0.748.
    expect(paceStatus('gte', 4, 2, 273 / 365)).toBe('red');
  });
  it('keeps a quarter with no meeting yet green early, amber in its last third, red once it ended', () => {
    expect(paceStatus('gte', 1, 0, 0.2)).toBe('green');
    expect(paceStatus('gte', 1, 0, 0.8)).toBe('amber');
    expect(paceStatus('gte', 1, 0, 1)).toBe('red');
    expect(paceStatus('gte', 1, 1, 0.1)).toBe('green');
  });
  it('projects twelve monthly meetings: nine of twelve months with eight held cannot make it', () => {
    expect(paceStatus('gte', 12, 8, 0.75)).toBe('red');
    expect(paceStatus('gte', 12, 9, 0.75)).toBe('amber');
    expect(paceStatus('gte', 12, 11, 1)).toBe('amber');
  });
  it('judges an upper bound as it stands', () => {
    expect(paceStatus('lte', 2, 3, 0.5)).toBe('amber');
    expect(paceStatus('lte', 2, 1, 0.5)).toBe('green');
  });
});

describe('roll-up helpers', () => {
  it('takes the worst status and colours a node by the share of its units that missed', () => {
    expect(worse(worse('green', 'amber'), 'none')).toBe('amber');
    expect(worse('none', 'none')).toBe('none');
    expect(worse('red', 'green')).toBe('red');
    expect(statusOfUnits({ green: 10, amber: 0, red: 0 })).toBe('green');
    expect(statusOfUnits({ green: 9, amber: 1, red: 0 })).toBe('amber');
    expect(statusOfUnits({ green: 9, amber: 0, red: 1 })).toBe('amber');
    expect(statusOfUnits({ green: 8, amber: 0, red: 2 })).toBe('red');
    expect(statusOfUnits({ green: 0, amber: 0, red: 0 })).toBe('none');
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 0)).toBeNull();
  });
});
