/** The periods a page offers for a template, and which one it opens on. */
import { type ScheduledPeriod, scheduleOfYear } from '../../../domain/reports/schedule.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import { isIsoDate, periodLabel } from '../../../domain/periods.ts';

type ScheduleDefinition = Pick<ReportTemplate, 'periodType' | 'deadline'>;

/** The template's periods over a span of years, oldest first. */
export function periodsOfYears(definition: ScheduleDefinition, years: readonly number[]): ScheduledPeriod[] {
  return [...years].sort((a, b) => a - b).flatMap((year) => scheduleOfYear(definition, year));
}

/**
 * The period to open on: the latest one already over (what is being collected now), else
 * the first one of the list.
 */
export function defaultPeriod(periods: readonly ScheduledPeriod[], today: string): string | null {
  const due = periods.filter((period) => period.end < today);
  return (due.at(-1) ?? periods[0])?.period ?? null;
}

/** A stored period as people read it: "Quý III/2026"; an ad hoc round by its date. */
export function periodText(period: string): string {
  if (isIsoDate(period)) return `${period.slice(8, 10)}/${period.slice(5, 7)}/${period.slice(0, 4)}`;
  try {
    return periodLabel(period);
  } catch {
    return period;
  }
}

/** The units above the one shown, as "id~name|id~name" in the address (going back needs no request). */
export function trailText(steps: readonly { id: string; name: string }[]): string | null {
  return steps.length ? steps.map((step) => `${step.id}~${step.name}`).join('|') : null;
}
