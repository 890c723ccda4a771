import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { vi } from '../../i18n/vi.ts';
import { periodsOfYear, periodText } from './period-text.ts';

// The Vietnamese texts themselves, filled in as i18next would.
const t = ((key: string, values: Record<string, unknown>) => {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}) as unknown as TFunction;

describe('periodText', () => {
  it('names each kind of period as documents do', () => {
    expect(periodText(t, '2026')).toBe('Năm 2026');
    expect(periodText(t, '2026-H1')).toBe('6 tháng đầu năm 2026');
    expect(periodText(t, '2026-H2')).toBe('6 tháng cuối năm 2026');
    expect(periodText(t, '2026-Q3')).toBe('Quý III/2026');
    expect(periodText(t, '2026-07')).toBe('Tháng 7/2026');
    expect(periodText(t, 'khác')).toBe('khác');
  });

  it('offers the halves, quarters and months of a year', () => {
    const periods = periodsOfYear(2026);
    expect(periods.slice(0, 6)).toEqual(['2026-H1', '2026-H2', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periods.at(-1)).toBe('2026-12');
    expect(periods).toHaveLength(18);
  });
});
