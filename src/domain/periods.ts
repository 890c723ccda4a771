/**
 * Reporting and planning periods as canonical strings: `2026`, `2026-H1`, `2026-Q3`, `2026-07`.
 * The string is what the database stores and the API exchanges; `Period` is its parsed form.
 * Dates are ISO calendar dates (`YYYY-MM-DD`) without time zone: a period is a range of days.
 */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1 for a year; 1–2 for a half; 1–4 for a quarter; 1–12 for a month. */
  index: number;
}

const PARTS_PER_YEAR: Record<PeriodKind, number> = { year: 1, half: 2, quarter: 4, month: 12 };
const MONTHS_PER_PART: Record<PeriodKind, number> = { year: 12, half: 6, quarter: 3, month: 1 };
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Formats a calendar date, or returns null when it does not exist (31/2, month 13 …). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isValidYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

/** Parses only the canonical forms; anything else (e.g. `2026-Q5`, `2026-7`) is null. */
export function parsePeriod(text: string): Period | null {
  const match = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (!isValidYear(year)) return null;
  if (match[2]) return { kind: 'half', year, index: Number(match[2]) };
  if (match[3]) return { kind: 'quarter', year, index: Number(match[3]) };
  if (match[4]) return { kind: 'month', year, index: Number(match[4]) };
  return { kind: 'year', year, index: 1 };
}

export function formatPeriod(period: Period): string {
  const year = String(period.year).padStart(4, '0');
  switch (period.kind) {
    case 'year':
      return year;
    case 'half':
      return `${year}-H${period.index}`;
    case 'quarter':
      return `${year}-Q${period.index}`;
    case 'month':
      return `${year}-${pad2(period.index)}`;
  }
}

export function periodStart(period: Period | string): string {
  const p = toPeriod(period);
  const month = (p.index - 1) * MONTHS_PER_PART[p.kind] + 1;
  return isoDate(p.year, month, 1)!;
}

export function periodEnd(period: Period | string): string {
  const p = toPeriod(period);
  const month = p.index * MONTHS_PER_PART[p.kind];
  return isoDate(p.year, month, daysInMonth(p.year, month))!;
}

/** The period of the given kind that contains an ISO date. */
export function periodOf(kind: PeriodKind, date: string): Period {
  const { year, month } = splitDate(date);
  return { kind, year, index: Math.floor((month - 1) / MONTHS_PER_PART[kind]) + 1 };
}

/** All periods of one kind that overlap the date range [start, end], in order. */
export function periodsCovering(kind: PeriodKind, start: string, end: string): Period[] {
  if (end < start) return [];
  const periods: Period[] = [];
  const last = periodOf(kind, end);
  let current: Period | null = periodOf(kind, start);
  while (current && comparePeriods(current, last) <= 0) {
    periods.push(current);
    current = nextPeriod(current);
  }
  return periods;
}

/** True when `inner` (a period or an ISO date) lies entirely within `outer`. */
export function periodContains(outer: Period | string, inner: Period | string): boolean {
  const outerStart = periodStart(outer);
  const outerEnd = periodEnd(outer);
  const [innerStart, innerEnd] =
    typeof inner === 'string' && isIsoDate(inner) ? [inner, inner] : [periodStart(inner), periodEnd(inner)];
  return outerStart <= innerStart && innerEnd <= outerEnd;
}

/** The following period of the same kind, or null past year 9999. */
export function nextPeriod(period: Period | string): Period | null {
  const p = toPeriod(period);
  if (p.index < PARTS_PER_YEAR[p.kind]) return { ...p, index: p.index + 1 };
  return isValidYear(p.year + 1) ? { kind: p.kind, year: p.year + 1, index: 1 } : null;
}

/** The preceding period of the same kind, or null before year 1. */
export function previousPeriod(period: Period | string): Period | null {
  const p = toPeriod(period);
  if (p.index > 1) return { ...p, index: p.index - 1 };
  return isValidYear(p.year - 1) ? { kind: p.kind, year: p.year - 1, index: PARTS_PER_YEAR[p.kind] } : null;
}

/** "2026-04-15" → "15/04/2026", as dates are written to people. */
export function formatDayMonthYear(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** The label used in documents and the UI: "Năm 2026", "6 tháng đầu năm 2026", "Quý III/2026", "Tháng 7/2026". */
export function periodLabel(period: Period | string): string {
  const p = toPeriod(period);
  switch (p.kind) {
    case 'year':
      return `Năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN_QUARTERS[p.index - 1]}/${p.year}`;
    case 'month':
      return `Tháng ${p.index}/${p.year}`;
  }
}

function comparePeriods(a: Period, b: Period): number {
  return a.year !== b.year ? a.year - b.year : a.index - b.index;
}

function toPeriod(period: Period | string): Period {
  if (typeof period !== 'string') return period;
  const parsed = parsePeriod(period);
  if (!parsed) throw new RangeError(`Not a canonical period: "${period}"`);
  return parsed;
}

function splitDate(date: string): { year: number; month: number } {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: "${date}"`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
