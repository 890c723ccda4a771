/** Pure rules of the compliance matrix page: figures as people read them, sorting, periods. */
import { formatPeriod, parsePeriod, periodOf, previousPeriod } from '../../../domain/periods.ts';
import type { CellStatus, Comparator, MatrixCell, MatrixRow, Measure } from '../../api/targets.ts';
import { todayInAppZone } from '../../format/dates.ts';

/** "87,5%" in Vietnamese, "87.5%" in English; a count as a number; a dash when there is nothing to measure. */
export function figureText(value: number | null, measure: Measure, language = 'vi'): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Math.round(value * 10) / 10;
  const text = language === 'vi' ? String(rounded).replace('.', ',') : String(rounded);
  return measure === 'percent' ? `${text}%` : text;
}

const comparatorSign: Record<Comparator, string> = { gte: '≥', lte: '≤', eq: '=' };

/** What the target asks: "≥ 80%", "= 100%", "≥ 1". */
export function goalText(comparator: Comparator, value: number, measure: Measure, language = 'vi'): string {
  return `${comparatorSign[comparator]} ${figureText(value, measure, language)}`;
}

/** "4/5": the numerator over the denominator, nothing when there is no denominator. */
export const ratioText = (cell: Pick<MatrixCell, 'numerator' | 'denominator'>) => (cell.denominator > 0 ? `${cell.numerator}/${cell.denominator}` : '');

/** Worst first: what needs attention leads a sorted column. */
const statusRank: Record<CellStatus, number> = { red: 0, amber: 1, green: 2, none: 3 };

export type SortKey = { by: 'name' } | { by: 'behind' } | { by: 'target'; targetId: string };
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** How many of a row's figures are red, then amber: the units most behind come first when sorted by it. */
export const behindScore = (row: MatrixRow) => row.cells.reduce((score, cell) => score + (cell.status === 'red' ? 1000 : cell.status === 'amber' ? 1 : 0), 0);

/**
 * Sorts the rows. By a target: by status (red first), then by figure (lowest first); a row with
 * nothing to measure always goes last. Ties keep the server's order (the tree's display order).
 */
export function sortRows(rows: readonly MatrixRow[], sort: Sort | null, collator: Intl.Collator): MatrixRow[] {
  if (!sort) return [...rows];
  const sign = sort.descending ? -1 : 1;
  const indexed = rows.map((row, index) => ({ row, index }));
  const key = sort.key;
  indexed.sort((a, b) => {
    let order = 0;
    if (key.by === 'name') order = sign * collator.compare(a.row.unit.name, b.row.unit.name);
    else if (key.by === 'behind') order = -sign * (behindScore(a.row) - behindScore(b.row));
    else {
      const left = a.row.cells.find((cell) => cell.targetId === key.targetId);
      const right = b.row.cells.find((cell) => cell.targetId === key.targetId);
      const leftNone = !left || left.status === 'none' || left.value === null;
      const rightNone = !right || right.status === 'none' || right.value === null;
      if (leftNone || rightNone) order = Number(leftNone) - Number(rightNone);
      else order = sign * (statusRank[left.status] - statusRank[right.status] || left.value! - right.value!);
    }
    return order || a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}

/** The count of each status among some cells (the legend of a column or a row). */
export function statusCounts(cells: readonly Pick<MatrixCell, 'status'>[]): Record<CellStatus, number> {
  const counts: Record<CellStatus, number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const cell of cells) counts[cell.status] += 1;
  return counts;
}

/** The quarter a date falls in, e.g. "2026-Q4": the matrix opens on the quarter in progress. */
export const currentQuarter = (today: string) => formatPeriod(periodOf('quarter', today));

/** The current month as "2026-12". */
export const currentMonth = (today: string) => today.slice(0, 7);

/** The `count` periods of the same kind ending with `period`, oldest first (the span of a trend). */
export function trendPeriods(period: string, count: number): string[] {
  const parsed = parsePeriod(period);
  if (!parsed) return [];
  const periods = [period];
  let current = previousPeriod(parsed);
  while (current && periods.length < count) {
    periods.unshift(formatPeriod(current));
    current = previousPeriod(current);
  }
  return periods;
}

/** A valid period from the address, else the fallback. */
export const periodOrDefault = (text: string | null, fallback: string) => (text && parsePeriod(text) ? text : fallback);

/** The period a matrix's address shows: its own, else the quarter in progress in Vietnam. */
export const matrixPeriodOf = (text: string | null, today = todayInAppZone()) => periodOrDefault(text, currentQuarter(today));
