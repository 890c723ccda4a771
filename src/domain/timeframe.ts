/**
 * Vietnamese timeframe phrases ("Cả năm 2018. Cao điểm từ tháng 4/2018 đến tháng 9/2018",
 * "chậm nhất trước ngày 13/4/2018", "định kỳ hàng quý", "quý III/2018" …) as dates.
 *
 * Two entry points share one phrase grammar:
 * - `parseTimeframe` reads a phrase that is known to be a timeframe (the value of a
 *   "Thời gian:" field, a table cell), so a bare date or "năm 2018" counts;
 * - `findTimeframe` scans free task text, where bare dates are nearly always citations
 *   ("Kế hoạch số 59-KH/ĐUK ngày 22/3/2022") and bare years are topics ("chủ đề năm 2018"),
 *   so only phrases that cannot be read otherwise count.
 */
import {
  isoDate,
  isValidYear,
  periodEnd,
  periodsCovering,
  periodStart,
  formatPeriod,
  daysInMonth,
  type Period,
  type PeriodKind,
} from './periods.ts';

export type Recurrence = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';

export interface DateRange {
  start: string;
  end: string;
}

export interface Timeframe {
  text: string | null;
  start: string | null;
  end: string | null;
  deadline: string | null;
  peaks: DateRange[];
  recurrence: Recurrence | null;
}

export interface TimeframeOptions {
  /** The plan's year, used where a phrase omits it ("6 tháng đầu năm", "hàng quý"). */
  year?: number | null;
  /**
   * Whether a bare recurrence ("hàng quý") spans the plan's year (the default). The importer
   * turns it off to let a sub-task take its parent's dates first.
   */
  spanYearForRecurrence?: boolean;
}

/** One occurrence of a recurring timeframe, e.g. the 2026-Q3 report of a quarterly task. */
export interface TimeframeInstance {
  /** Canonical period (`2026-Q3`), or null for a one-off timeframe. */
  period: string | null;
  start: string;
  end: string;
  due: string;
}

export function emptyTimeframe(): Timeframe {
  return { text: null, start: null, end: null, deadline: null, peaks: [], recurrence: null };
}

export function isEmptyTimeframe(timeframe: Timeframe): boolean {
  return (
    timeframe.start === null &&
    timeframe.end === null &&
    timeframe.deadline === null &&
    timeframe.peaks.length === 0 &&
    timeframe.recurrence === null
  );
}

/** Reads a phrase known to be a timeframe; `text` is the phrase itself. */
export function parseTimeframe(text: string, options: TimeframeOptions = {}): Timeframe {
  const source = text.normalize('NFC');
  const year = contextYear(options);
  const matches = scan(source, 'phrase', year);
  const phrase = source.replace(/\s+/g, ' ').trim().replace(/[.;,]$/, '').trim();
  return assemble(matches, phrase.length > 0 ? phrase : null, yearToSpan(options, year));
}

/** Scans free text for unambiguous timeframe phrases; `text` lists the phrases found. */
export function findTimeframe(text: string, options: TimeframeOptions = {}): Timeframe {
  const source = text.normalize('NFC');
  const year = contextYear(options);
  const matches = scan(source, 'scan', year);
  const phrases = matches
    .filter((match) => match.kind !== 'ignored')
    .map((match) => source.slice(match.from, match.to).replace(/\s+/g, ' ').trim());
  const distinct = phrases.filter((phrase, index) => phrases.findIndex((other) => other.toLowerCase() === phrase.toLowerCase()) === index);
  return assemble(matches, distinct.length > 0 ? distinct.join('; ') : null, yearToSpan(options, year));
}

/**
 * Occurrences of a timeframe: one per period of its recurrence that overlaps [start, end],
 * each due at the end of its period (clipped to the timeframe); a one-off timeframe with
 * an end gives one occurrence due at its deadline or end; without dates there is nothing.
 */
export function expandTimeframe(timeframe: Timeframe): TimeframeInstance[] {
  const { start, end, deadline, recurrence } = timeframe;
  if (end === null) return [];
  if (recurrence === null || start === null) {
    return [{ period: null, start: start ?? end, end, due: deadline ?? end }];
  }
  return periodsCovering(RECURRENCE_PERIOD[recurrence], start, end).map((period) => {
    const instanceStart = maxDate(periodStart(period), start);
    const instanceEnd = minDate(periodEnd(period), end);
    return { period: formatPeriod(period), start: instanceStart, end: instanceEnd, due: instanceEnd };
  });
}

/**
 * Lower-cases and strips Vietnamese diacritics ("Quý" → "quy", "Đ" → "d") while keeping every
 * character at its offset, so a match in the folded text slices the original text. Kept here
 * because the phrase grammar below needs it and the importer reuses it for its cue words.
 */
export function foldPreservingOffsets(text: string): string {
  return text.replace(FOLDABLE, foldCharacter);
}

/** Upper-case ASCII and every non-ASCII character: the only ones folding may change. */
const FOLDABLE = /[A-Z\u0080-\uffff]/g;

function foldCharacter(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const candidate = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    folded = candidate.length === 1 ? candidate : ch;
    foldCache.set(ch, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();

const RECURRENCE_PERIOD: Record<Recurrence, PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  half_yearly: 'half',
  yearly: 'year',
};

type Mode = 'phrase' | 'scan';

/** What a phrase means, before its position is attached. */
type Reading =
  | { kind: 'range'; range: DateRange }
  | { kind: 'until'; end: string }
  | { kind: 'months'; ranges: DateRange[] }
  | { kind: 'deadline'; date: string }
  | { kind: 'recurrence'; recurrence: Recurrence }
  /** A citation date or similar text consumed so that no other rule reads it. */
  | { kind: 'ignored' };

type Match = Reading & { from: number; to: number; peak?: boolean };

// Patterns work on folded text: lower case, no diacritics ("tháng" → "thang", "quý" → "quy").
const B = '(?<![a-z0-9])'; // word start
const E = '(?![a-z0-9])'; // word end
const DATE =
  '(?:\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s*,?\\s+nam\\s+\\d{4}|\\d{1,2}\\s*/\\s*\\d{1,2}(?![\\d/]))';
const YEAR_SUFFIX = '(?:\\s*(?:/|-|nam)\\s*(\\d{4}))';
const MONTH = `thang\\s+(\\d{1,2})${YEAR_SUFFIX}?`;
const QUARTER_NUMBER = '(iv|iii|ii|i|[1-4])';
/** "định kỳ hàng quý" reads as "hàng quý"; kept in the match so the phrase is quoted whole. */
const PERIODICALLY = '(?:dinh\\s+ky\\s+)?';

interface Rule {
  pattern: RegExp;
  modes: Mode[];
  /** `original` is the matched text before folding, for the few words folding confuses. */
  read: (groups: string[], year: number | null, original: string) => Reading | null;
}

/** Rules in priority order: an earlier rule's match hides overlapping later ones. */
const RULES: Rule[] = [
  {
    // "chậm nhất trước ngày 13/4/2018", "trước ngày 13/4/2018", "chậm nhất ngày 30/6/2018"
    pattern: new RegExp(`${B}(?:cham\\s+nhat\\s+(?:la\\s+|vao\\s+)?(?:truoc\\s+)?|truoc\\s+|han\\s+(?:chot|cuoi)\\s*:?\\s*)ngay\\s+(${DATE})`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([date], year) => dateMatch('deadline', date!, year),
  },
  {
    // "chậm nhất trước tháng 6/2018": the last day before that month
    pattern: new RegExp(`${B}(?:cham\\s+nhat\\s+)?truoc\\s+${MONTH}`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([month, explicitYear], year) => {
      const start = monthRange(month!, explicitYear, year)?.start;
      const date = start ? dayBefore(start) : null;
      return date ? { kind: 'deadline', date } : null;
    },
  },
  {
    // "phấn đấu hoàn thành vào năm 2025"
    pattern: new RegExp(`${B}hoan\\s+thanh\\s+(?:vao|trong)\\s+nam\\s+(\\d{4})${E}`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([explicitYear]) => {
      const range = yearRange(explicitYear!);
      return range ? { kind: 'deadline', date: range.end } : null;
    },
  },
  {
    // "từ ngày 1/3/2018 đến ngày 30/6/2018"
    pattern: new RegExp(`${B}tu\\s+ngay\\s+(${DATE})\\s*(?:den|toi|-|–)\\s*(?:het\\s+)?(?:ngay\\s+)?(${DATE})`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([first, second], year) => {
      const end = parseDate(second!, year);
      const start = parseDate(first!, end ? Number(end.slice(0, 4)) : year);
      return start && end ? { kind: 'range', range: orderedRange(start, end) } : null;
    },
  },
  {
    // "từ tháng 4/2018 đến tháng 9/2018", "từ tháng 4 đến hết tháng 9 năm 2018"
    pattern: new RegExp(`${B}tu\\s+${MONTH}\\s*(?:den|toi|-|–)\\s*(?:het\\s+)?${MONTH}`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([firstMonth, firstYear, secondMonth, secondYear], year) => {
      const second = monthRange(secondMonth!, secondYear, firstYear ? Number(firstYear) : year);
      const first = monthRange(firstMonth!, firstYear, second ? Number(second.start.slice(0, 4)) : year);
      return first && second ? { kind: 'range', range: orderedRange(first.start, second.end) } : null;
    },
  },
  {
    // "đến ngày 30/6/2018"
    pattern: new RegExp(`${B}(?:den|toi)\\s+(?:het\\s+)?ngay\\s+(${DATE})`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([date], year) => {
      const end = parseDate(date!, year);
      return end ? { kind: 'until', end } : null;
    },
  },
  {
    // A date on its own: the day itself in a phrase; a citation in free text.
    pattern: new RegExp(`(?:${B}ngay\\s+)?(?<!\\d)(${DATE})`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([date], year) => dateMatch('day', date!, year),
  },
  {
    // "định kỳ 6 tháng", "6 tháng một lần", "01 lần/06 tháng"
    pattern: new RegExp(
      `${B}(?:dinh\\s+ky\\s+(?:0?6|sau)\\s+thang|(?:hang|moi)\\s+(?:0?6|sau)\\s+thang|(?:0?6|sau)\\s+thang\\s*(?:\\/|mot|0?1)\\s*lan|(?:0?1|mot)\\s+lan\\s*\\/\\s*(?:0?6|sau)\\s+thang)${E}`,
      'g',
    ),
    modes: ['phrase', 'scan'],
    read: () => ({ kind: 'recurrence', recurrence: 'half_yearly' }),
  },
  {
    // "6 tháng đầu năm 2018", "06 tháng cuối năm"
    pattern: new RegExp(`${B}(?:0?6|sau)\\s+thang\\s+(dau|cuoi)\\s+nam(?:\\s+(\\d{4}))?${E}`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([which, explicitYear], year) => {
      const y = explicitYear ? Number(explicitYear) : year;
      if (y === null || !isValidYear(y)) return null;
      return periodMatch({ kind: 'half', year: y, index: which === 'dau' ? 1 : 2 });
    },
  },
  {
    pattern: new RegExp(`${B}${PERIODICALLY}(?:hang|moi)\\s+thang${E}|${B}(?:0?1|mot)\\s+lan\\s*\\/\\s*(?:0?1\\s+)?thang${E}`, 'g'),
    modes: ['phrase', 'scan'],
    read: (_groups, _year, original) => recurrence('monthly', original),
  },
  {
    pattern: new RegExp(`${B}${PERIODICALLY}(?:hang|moi)\\s+quy${E}|${B}(?:0?1|mot)\\s+lan\\s*\\/\\s*(?:0?1\\s+)?quy${E}`, 'g'),
    modes: ['phrase', 'scan'],
    read: (_groups, _year, original) => recurrence('quarterly', original),
  },
  {
    pattern: new RegExp(`${B}${PERIODICALLY}(?:hang|moi)\\s+nam${E}|${B}(?:0?1|mot)\\s+lan\\s*\\/\\s*(?:0?1\\s+)?nam${E}`, 'g'),
    modes: ['phrase', 'scan'],
    read: (_groups, _year, original) => recurrence('yearly', original),
  },
  {
    // "quý III/2018", "Quý 3 năm 2018", "quý IV"
    pattern: new RegExp(`${B}quy\\s+${QUARTER_NUMBER}${E}${YEAR_SUFFIX}?`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([number, explicitYear], year) => {
      const y = explicitYear ? Number(explicitYear) : year;
      if (y === null || !isValidYear(y)) return null;
      return periodMatch({ kind: 'quarter', year: y, index: quarterIndex(number!) });
    },
  },
  {
    // "tháng 3,5,7/2018": one range per month, so that peaks stay separate
    pattern: new RegExp(`${B}thang\\s+(\\d{1,2}(?:\\s*(?:,|va|-|;)\\s*\\d{1,2})+)${YEAR_SUFFIX}`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([list, explicitYear], year) => {
      const ranges = list!
        .split(/\s*(?:,|va|-|;)\s*/)
        .map((month) => monthRange(month, explicitYear, year))
        .filter((range): range is DateRange => range !== null);
      return ranges.length > 0 ? { kind: 'months', ranges } : null;
    },
  },
  {
    // "tháng 3/2018", "tháng 3 năm 2018"
    pattern: new RegExp(`${B}thang\\s+(\\d{1,2})${YEAR_SUFFIX}${E}`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([month, explicitYear], year) => rangeMatch(monthRange(month!, explicitYear, year)),
  },
  {
    // "tháng 3" alone reads as a month of the plan's year only where a timeframe is expected
    pattern: new RegExp(`${B}thang\\s+(\\d{1,2})${E}(?!\\s*(?:/|nam\\s+\\d))`, 'g'),
    modes: ['phrase'],
    read: ([month], year) => rangeMatch(monthRange(month!, undefined, year)),
  },
  {
    // "Cả năm 2018", "trong năm 2018"
    pattern: new RegExp(`${B}(?:ca|trong)\\s+nam\\s+(\\d{4})${E}`, 'g'),
    modes: ['phrase', 'scan'],
    read: ([explicitYear]) => rangeMatch(yearRange(explicitYear!)),
  },
  {
    pattern: new RegExp(`${B}(?:(?:ca|trong)\\s+)?nam\\s+(\\d{4})${E}`, 'g'),
    modes: ['phrase'],
    read: ([explicitYear]) => rangeMatch(yearRange(explicitYear!)),
  },
  {
    // "Cả năm", "trong năm" without a year: the plan's year
    pattern: new RegExp(`${B}(?:ca|trong)\\s+nam${E}(?!\\s*\\d)`, 'g'),
    modes: ['phrase'],
    read: (_groups, year) => (year === null ? null : rangeMatch(yearRange(String(year)))),
  },
];

const PEAK_CUE = /cao\s+diem\s+(?:(?:la|vao|trong|tu)\s+)?$/;

function scan(source: string, mode: Mode, year: number | null): Match[] {
  const folded = foldPreservingOffsets(source);
  // One flag per character: a phrase read by one rule is not read again by a later one.
  const taken = new Uint8Array(folded.length);
  const matches: Match[] = [];
  for (const rule of RULES) {
    if (!rule.modes.includes(mode)) continue;
    rule.pattern.lastIndex = 0;
    for (let found = rule.pattern.exec(folded); found; found = rule.pattern.exec(folded)) {
      if (found[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const from = found.index;
      const to = from + found[0].length;
      if (taken.subarray(from, to).includes(1)) continue;
      const read = rule.read(found.slice(1).map((group) => group ?? ''), year, source.slice(from, to));
      taken.fill(1, from, to);
      if (read === null) continue;
      const match: Match = { ...read, from, to };
      matches.push(mode === 'scan' && match.kind === 'range' && isDayRange(match) ? ignore(match) : match);
    }
  }
  return markPeaks(matches.sort((a, b) => a.from - b.from), folded);
}

/** Periods right after "cao điểm" ("Cao điểm từ tháng 4 …", "tập trung cao điểm vào tháng 3,5,7") are peaks. */
function markPeaks(matches: Match[], folded: string): Match[] {
  return matches.map((match) => {
    if (match.kind !== 'range' && match.kind !== 'months') return match;
    const before = folded.slice(Math.max(0, match.from - 24), match.from);
    return PEAK_CUE.test(before) ? { ...match, peak: true } : match;
  });
}

/** `spanYear`: the year a bare recurrence spans, or null to leave it without dates. */
function assemble(matches: Match[], text: string | null, spanYear: number | null): Timeframe {
  const timeframe = emptyTimeframe();
  timeframe.text = text;
  const periods: DateRange[] = [];
  let until: string | null = null;
  for (const match of matches) {
    switch (match.kind) {
      case 'range':
        (match.peak ? timeframe.peaks : periods).push(match.range);
        break;
      case 'months':
        if (match.peak) timeframe.peaks.push(...match.ranges);
        else periods.push(hull(match.ranges));
        break;
      case 'until':
        until = until === null ? match.end : maxDate(until, match.end);
        break;
      case 'deadline':
        timeframe.deadline = timeframe.deadline === null ? match.date : minDate(timeframe.deadline, match.date);
        break;
      case 'recurrence':
        timeframe.recurrence ??= match.recurrence;
        break;
      case 'ignored':
        break;
    }
  }
  if (periods.length > 0) {
    const span = hull(periods);
    timeframe.start = span.start;
    timeframe.end = span.end;
  } else if (timeframe.peaks.length > 0 && timeframe.recurrence === null) {
    const span = hull(timeframe.peaks);
    timeframe.start = span.start;
    timeframe.end = span.end;
  }
  if (until !== null) timeframe.end = timeframe.end === null ? until : maxDate(timeframe.end, until);
  if (timeframe.start === null && timeframe.recurrence !== null && spanYear !== null) {
    // "hàng quý, chậm nhất ngày 15/12" recurs from the start of the year up to the deadline.
    const range = yearRange(String(spanYear));
    if (range) {
      timeframe.start = range.start;
      timeframe.end ??= range.end;
    }
  }
  if (timeframe.deadline !== null) timeframe.end = timeframe.deadline;
  if (timeframe.start !== null && timeframe.end !== null && timeframe.start > timeframe.end) timeframe.start = null;
  return timeframe;
}

function dateMatch(kind: 'deadline' | 'day', text: string, year: number | null): Reading | null {
  const date = parseDate(text, year);
  if (date === null) return null;
  return kind === 'deadline' ? { kind: 'deadline', date } : { kind: 'range', range: { start: date, end: date } };
}

/** "mỗi năm" (every year) and "mới năm" (new … year) fold alike; only the first recurs. */
function recurrence(value: Recurrence, original: string): Reading | null {
  return /(?:^|\s)mới\s/iu.test(original) ? null : { kind: 'recurrence', recurrence: value };
}

function periodMatch(period: Period): Reading {
  return { kind: 'range', range: { start: periodStart(period), end: periodEnd(period) } };
}

function rangeMatch(range: DateRange | null): Reading | null {
  return range ? { kind: 'range', range } : null;
}

function isDayRange(match: Match): boolean {
  return match.kind === 'range' && match.range.start === match.range.end;
}

function ignore(match: Match): Match {
  return { kind: 'ignored', from: match.from, to: match.to };
}

function parseDate(text: string, year: number | null): string | null {
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  const [day, month, explicitYear] = numbers;
  if (day === undefined || month === undefined) return null;
  const y = explicitYear ?? year;
  return y === null ? null : isoDate(y, month, day);
}

function monthRange(month: string, explicitYear: string | undefined, year: number | null): DateRange | null {
  const y = explicitYear ? Number(explicitYear) : year;
  const m = Number(month);
  if (y === null || !isValidYear(y) || !Number.isInteger(m) || m < 1 || m > 12) return null;
  return { start: isoDate(y, m, 1)!, end: isoDate(y, m, daysInMonth(y, m))! };
}

function yearRange(text: string): DateRange | null {
  const y = Number(text);
  return isValidYear(y) ? { start: isoDate(y, 1, 1)!, end: isoDate(y, 12, 31)! } : null;
}

function quarterIndex(number: string): number {
  const roman = ['i', 'ii', 'iii', 'iv'].indexOf(number);
  return roman >= 0 ? roman + 1 : Number(number);
}

function orderedRange(a: string, b: string): DateRange {
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

function hull(ranges: DateRange[]): DateRange {
  return ranges.reduce((acc, range) => ({ start: minDate(acc.start, range.start), end: maxDate(acc.end, range.end) }));
}

/** The previous calendar day, or null before 0001-01-01. */
function dayBefore(date: string): string | null {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  const previous = day.toISOString().slice(0, 10);
  return isValidYear(day.getUTCFullYear()) ? previous : null;
}

function yearToSpan(options: TimeframeOptions, year: number | null): number | null {
  return options.spanYearForRecurrence === false ? null : year;
}

function contextYear(options: TimeframeOptions): number | null {
  const year = options.year ?? null;
  return year !== null && isValidYear(year) ? year : null;
}

function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
