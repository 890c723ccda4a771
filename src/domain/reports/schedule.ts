/**
 * When a template's reports are due, and who owes them. A periodic template has the canonical
 * periods of its kind (`2026-Q3` …) and a deadline computed by its rule; an ad hoc template
 * has one round, named by its fixed deadline date (`2026-05-20`). Dates are Vietnam calendar
 * days as ISO strings, like every date in the domain.
 *
 * Expected reports = template × reporting unit × period: the server stores them (or computes
 * them on the fly) so the platform always knows who owes what.
 */
import { addDays } from '../task-status.ts';
import { daysInMonth, formatDayMonthYear, formatPeriod, isIsoDate, isoDate, isValidYear, parsePeriod, periodEnd, periodLabel, periodStart, periodsCovering } from '../periods.ts';
import type { AssociationType, UnitKind } from '../unit-kinds.ts';
import type { DeadlineRule, ReportTemplate, Reporters } from './template.ts';

export type ScheduleTemplate = Pick<ReportTemplate, 'periodType' | 'deadline'>;

export interface ScheduledPeriod {
  /** Canonical period (`2026-Q3`) or, for an ad hoc round, its deadline date. */
  period: string;
  label: string;
  start: string;
  end: string;
  deadline: string;
}

/** The periods of the template that fall in a year, in order. */
export function periodsOfYear(template: ScheduleTemplate, year: number): string[] {
  if (!isValidYear(year)) return [];
  if (template.periodType === 'ad_hoc') {
    return template.deadline.rule === 'fixed_date' && template.deadline.date.startsWith(`${String(year).padStart(4, '0')}-`) ? [template.deadline.date] : [];
  }
  const yearText = String(year).padStart(4, '0');
  return periodsCovering(template.periodType, `${yearText}-01-01`, `${yearText}-12-31`).map(formatPeriod);
}

/** Whether a period string is one of this template's periods (its kind, or its ad hoc date). */
export function isTemplatePeriod(template: ScheduleTemplate, period: string): boolean {
  if (template.periodType === 'ad_hoc') return template.deadline.rule === 'fixed_date' && template.deadline.date === period;
  return parsePeriod(period)?.kind === template.periodType;
}

/** The deadline of a period under a rule. */
export function deadlineOf(rule: DeadlineRule, period: string): string {
  switch (rule.rule) {
    case 'fixed_date':
      return rule.date;
    case 'days_after_end':
      return addDays(boundsOf(period).end, rule.days);
    case 'day_of_next_month': {
      const next = addDays(boundsOf(period).end, 1);
      const year = Number(next.slice(0, 4));
      const month = Number(next.slice(5, 7));
      return isoDate(year, month, Math.min(rule.day, daysInMonth(year, month)))!;
    }
  }
}

/** The periods of a year with their bounds, labels and deadlines. */
export function scheduleOfYear(template: ScheduleTemplate, year: number): ScheduledPeriod[] {
  return periodsOfYear(template, year).map((period) => ({
    period,
    label: scheduledPeriodLabel(template, period),
    ...boundsOf(period),
    deadline: deadlineOf(template.deadline, period),
  }));
}

/**
 * The template's latest periods begun by `today`, oldest first: the one in progress and, before
 * it, the one whose reports are still coming in.
 */
export function recentPeriods(template: ScheduleTemplate, today: string, count = 2): string[] {
  const year = Number(today.slice(0, 4));
  return [...scheduleOfYear(template, year - 1), ...scheduleOfYear(template, year)]
    .filter((scheduled) => scheduled.start <= today)
    .slice(-count)
    .map((scheduled) => scheduled.period);
}

/** How a period of the template is named: "Quý IV/2026", or "Đột xuất (hạn 20/05/2026)" for an ad hoc round. */
export function scheduledPeriodLabel(template: ScheduleTemplate, period: string): string {
  return template.periodType === 'ad_hoc' ? `Đột xuất (hạn ${formatDayMonthYear(period)})` : periodLabel(period);
}

/** The template's periods whose deadline falls in [from, to], e.g. to remind units of what is due soon. */
export function periodsDueBetween(template: ScheduleTemplate, from: string, to: string): ScheduledPeriod[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const found: ScheduledPeriod[] = [];
  // A deadline lies after its period: a period of the year before `from` may still fall due.
  for (let year = first - 1; year <= last; year++) {
    found.push(...scheduleOfYear(template, year).filter((p) => from <= p.deadline && p.deadline <= to));
  }
  return found;
}

export interface ReportingUnit {
  id: string;
  kind: UnitKind;
  associationType: AssociationType | null;
  active: boolean;
}

export interface ExpectedReport {
  unitId: string;
  period: string;
  deadline: string;
}

/** Whether a unit is among the template's reporters (active or not). */
export function isReporter(reporters: Reporters, unit: Pick<ReportingUnit, 'id' | 'kind' | 'associationType'>): boolean {
  switch (reporters.by) {
    case 'unit_kind':
      return reporters.kinds.includes(unit.kind);
    case 'association_type':
      return unit.kind === 'association' && unit.associationType !== null && reporters.types.includes(unit.associationType);
    case 'units':
      return reporters.unitIds.includes(unit.id);
  }
}

/**
 * Which active unit owes which period, period by period in the order given. A period that is
 * not the template's is a programming error (the server checks requests with `isTemplatePeriod`).
 */
export function expectedReports(
  template: ScheduleTemplate & Pick<ReportTemplate, 'reporters'>,
  units: readonly ReportingUnit[],
  periods: readonly string[],
): ExpectedReport[] {
  const reporting = units.filter((unit) => unit.active && isReporter(template.reporters, unit));
  return periods.flatMap((period) => {
    if (!isTemplatePeriod(template, period)) throw new RangeError(`"${period}" is not a period of this template`);
    const deadline = deadlineOf(template.deadline, period);
    return reporting.map((unit) => ({ unitId: unit.id, period, deadline }));
  });
}

function boundsOf(period: string): { start: string; end: string } {
  if (isIsoDate(period)) return { start: period, end: period };
  return { start: periodStart(period), end: periodEnd(period) };
}
