import { dayjs } from '../../format/dates.ts';

/** Ready-made periods of the audit filter, counted in whole days up to today. */
export const datePresets = ['today', 'last7', 'last30', 'thisMonth', 'thisYear'] as const;
export type DatePreset = (typeof datePresets)[number];

export interface Days {
  from: string;
  to: string;
}

/** The first and last day ("YYYY-MM-DD") of a preset, given today's date. */
export function presetDays(preset: DatePreset, today: string): Days {
  const day = dayjs(today, 'YYYY-MM-DD');
  const from = {
    today: day,
    last7: day.subtract(6, 'day'),
    last30: day.subtract(29, 'day'),
    thisMonth: day.startOf('month'),
    thisYear: day.startOf('year'),
  }[preset];
  return { from: from.format('YYYY-MM-DD'), to: today };
}
