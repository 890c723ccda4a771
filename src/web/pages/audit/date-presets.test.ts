import { describe, expect, it } from 'vitest';
import { presetDays } from './date-presets.ts';

describe('audit date presets', () => {
  it('counts whole days up to today', () => {
    expect(presetDays('today', '2026-03-05')).toEqual({ from: '2026-03-05', to: '2026-03-05' });
    expect(presetDays('last7', '2026-03-05')).toEqual({ from: '2026-02-27', to: '2026-03-05' });
    expect(presetDays('last30', '2026-03-05')).toEqual({ from: '2026-02-04', to: '2026-03-05' });
    expect(presetDays('thisMonth', '2026-03-05')).toEqual({ from: '2026-03-01', to: '2026-03-05' });
    expect(presetDays('thisYear', '2026-03-05')).toEqual({ from: '2026-01-01', to: '2026-03-05' });
  });
});
