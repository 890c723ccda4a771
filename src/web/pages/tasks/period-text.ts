import type { TFunction } from 'i18next';
import { parsePeriod } from '../../../domain/periods.ts';

const romanQuarters = ['I', 'II', 'III', 'IV'];

/** A canonical period ("2026-Q3") in the chosen language ("Quý III/2026"); other text as it is. */
export function periodText(t: TFunction, period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const { year, index } = parsed;
  switch (parsed.kind) {
    case 'year':
      return t('tasks.periodName.year', { year });
    case 'half':
      return t(index === 1 ? 'tasks.periodName.half1' : 'tasks.periodName.half2', { year });
    case 'quarter':
      return t('tasks.periodName.quarter', { roman: romanQuarters[index - 1], year });
    case 'month':
      return t('tasks.periodName.month', { month: index, year });
  }
}

/** The periods one can filter a year by: its halves, quarters and months. */
export function periodsOfYear(year: number): string[] {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return [`${year}-H1`, `${year}-H2`, ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`), ...months];
}
