import { type CellCompliance, complianceFromPeriods } from '../../../domain/meeting-compliance.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext } from '../../context.ts';
import { readWithoutJit } from '../../db/jit.ts';
import { readableUnit } from '../units/service.ts';
import { type ComplianceRow, selectCompliance } from './compliance-queries.ts';
import { rateOf } from './views.ts';

// One collator: localeCompare with a locale builds one per call (seconds for 20,000 cells).
const vietnameseOrder = new Intl.Collator('vi');

const bitsToList = (bits: number, count: number) => Array.from({ length: count }, (_, index) => index + 1).filter((period) => bits & (1 << (period - 1)));

interface Totals {
  cells: number;
  regularCompliant: number;
  thematicCompliant: number;
  monthsMissing: number;
  quartersMissing: number;
  invited: number;
  attended: number;
  averageAttendance: number | null;
  papers: number;
  papersLate: number;
}

const emptyTotals = (): Totals => ({ cells: 0, regularCompliant: 0, thematicCompliant: 0, monthsMissing: 0, quartersMissing: 0, invited: 0, attended: 0, averageAttendance: null, papers: 0, papersLate: 0 });

function add(totals: Totals, row: ComplianceRow, rule: CellCompliance) {
  totals.cells += 1;
  if (rule.monthsMissing.length === 0) totals.regularCompliant += 1;
  if (rule.quartersMissing.length === 0) totals.thematicCompliant += 1;
  totals.monthsMissing += rule.monthsMissing.length;
  totals.quartersMissing += rule.quartersMissing.length;
  totals.invited += row.invited;
  totals.attended += row.attended;
  totals.papers += row.papers;
  totals.papersLate += row.papers_late;
}

const finish = (totals: Totals): Totals => ({ ...totals, averageAttendance: rateOf(totals.attended, totals.invited) });

interface CellRow {
  unitId: string;
  name: string;
  parentId: string | null;
  monthsMissing: number[];
  quartersMissing: number[];
  monthsDue: number;
  quartersDue: number;
  averageAttendance: number | null;
  papers: number;
  papersLate: number;
}

/**
 * What Ban Tổ chức checks for any node of the tree and a year: each cell's missing months and
 * quarters (by the rule of meeting-compliance.ts), its attendance rate and late papers, with
 * totals for the node and for every committee and base organization under it (the drill-down).
 * Cells are listed worst first, a page at a time.
 */
export async function compliance(ctx: ServiceContext, query: { unitId: string; year: number; asOf?: string; onlyMissing?: boolean; limit?: number; offset?: number }) {
  const unit = await readableUnit(ctx, query.unitId);
  const today = vietnamToday();
  const asOf = query.asOf && query.asOf < today ? query.asOf : today;
  const rows = await readWithoutJit(ctx, (reader) => selectCompliance(reader.db, { tenantId: ctx.actor.tenantId, path: unit.path, year: query.year, today: asOf }));

  const groups = new Map<string, { row: ComplianceRow; totals: Totals }>();
  for (const row of rows) if (!row.is_cell) groups.set(row.id, { row, totals: emptyTotals() });
  const nodeTotals = emptyTotals();
  const cells: CellRow[] = [];
  for (const row of rows) {
    if (!row.is_cell) continue;
    const rule = complianceFromPeriods(row.id, bitsToList(row.regular_bits, 12), bitsToList(row.thematic_bits, 4), query.year, asOf);
    add(nodeTotals, row, rule);
    for (let parent = row.parent_id; parent && groups.has(parent); parent = groups.get(parent)!.row.parent_id) add(groups.get(parent)!.totals, row, rule);
    cells.push({
      unitId: row.id,
      name: row.name,
      parentId: row.parent_id,
      monthsMissing: rule.monthsMissing,
      quartersMissing: rule.quartersMissing,
      monthsDue: rule.monthsDue,
      quartersDue: rule.quartersDue,
      averageAttendance: rateOf(row.attended, row.invited),
      papers: row.papers,
      papersLate: row.papers_late,
    });
  }
  const misses = (cell: CellRow) => cell.monthsMissing.length + cell.quartersMissing.length;
  const listed = (query.onlyMissing ? cells.filter((cell) => misses(cell) > 0) : cells).sort((a, b) => misses(b) - misses(a) || vietnameseOrder.compare(a.name, b.name));
  const limit = Math.min(query.limit ?? 200, 5000);
  const offset = query.offset ?? 0;
  const nodeDepth = unit.path.split('.').length;
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    year: query.year,
    asOf,
    totals: finish(nodeTotals),
    levels: [...groups.values()].map(({ row, totals }) => ({ unitId: row.id, name: row.name, kind: row.kind, parentId: row.parent_id, depth: row.path.split('.').length - nodeDepth, ...finish(totals) })),
    cells: listed.slice(offset, offset + limit),
    cellCount: listed.length,
    hasMore: offset + limit < listed.length,
  };
}
