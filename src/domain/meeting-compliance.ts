/**
 * What Ban Tổ chức checks for each cell: a regular meeting held every month and a thematic
 * meeting every quarter ("ít nhất 01 lần/01 quý", Hướng dẫn 09-HD/ĐUK), counted over the
 * periods of the year that have ended by `asOf` (the current one counts once it is met).
 */
import type { MeetingKind } from './meeting-kinds.ts';

export interface HeldMeeting {
  unitId: string;
  kind: MeetingKind;
  /** ISO date the meeting was held. */
  heldOn: string;
}

export interface CellCompliance {
  unitId: string;
  /** Months (1–12) due so far without a regular meeting. */
  monthsMissing: number[];
  /** Quarters (1–4) due so far without a thematic meeting. */
  quartersMissing: number[];
  monthsDue: number;
  quartersDue: number;
}

/** Periods of `year` that count by `asOf`: the ended ones, plus the current one when already met. */
function duePeriods(year: number, asOf: string, count: number, periodOf: (month: number) => number, met: Set<number>): number[] {
  const asOfYear = Number(asOf.slice(0, 4));
  if (asOfYear < year) return [];
  const current = asOfYear > year ? count + 1 : periodOf(Number(asOf.slice(5, 7)));
  const periods = [];
  for (let period = 1; period <= count; period++) if (period < current || (period === current && met.has(period))) periods.push(period);
  return periods;
}

const quarterOf = (month: number) => Math.ceil(month / 3);

export function cellCompliance(unitId: string, meetings: readonly HeldMeeting[], year: number, asOf: string): CellCompliance {
  const ofYear = meetings.filter((meeting) => meeting.unitId === unitId && meeting.heldOn.startsWith(`${year}-`));
  const months = ofYear.filter((meeting) => meeting.kind === 'regular_cell').map((meeting) => Number(meeting.heldOn.slice(5, 7)));
  const quarters = ofYear.filter((meeting) => meeting.kind === 'thematic_cell').map((meeting) => quarterOf(Number(meeting.heldOn.slice(5, 7))));
  return complianceFromPeriods(unitId, months, quarters, year, asOf);
}

/**
 * The same rule from the months with a regular meeting and the quarters with a thematic one,
 * as the database aggregates them for many cells in one query.
 */
export function complianceFromPeriods(unitId: string, monthsHeld: readonly number[], quartersHeld: readonly number[], year: number, asOf: string): CellCompliance {
  const months = new Set(monthsHeld);
  const quarters = new Set(quartersHeld);
  const monthsDue = duePeriods(year, asOf, 12, (month) => month, months);
  const quartersDue = duePeriods(year, asOf, 4, quarterOf, quarters);
  return {
    unitId,
    monthsMissing: monthsDue.filter((month) => !months.has(month)),
    quartersMissing: quartersDue.filter((quarter) => !quarters.has(quarter)),
    monthsDue: monthsDue.length,
    quartersDue: quartersDue.length,
  };
}

export interface ComplianceSummary {
  cells: number;
  /** Cells that held every due regular / thematic meeting. */
  regularCompliant: number;
  thematicCompliant: number;
}

export function summarizeCompliance(rows: readonly CellCompliance[]): ComplianceSummary {
  return {
    cells: rows.length,
    regularCompliant: rows.filter((row) => row.monthsMissing.length === 0).length,
    thematicCompliant: rows.filter((row) => row.quartersMissing.length === 0).length,
  };
}
