import { sql } from 'kysely';
import type { Figure } from '../../../domain/targets/evaluate.ts';
import type { Executor } from '../reports/queries.ts';

/**
 * A matrix figure is kept when its evaluation measured at least this many units: a city's root
 * (20,000 cells, ten targets) takes a quarter of a second of both cores, a district's thousand
 * or a base organization's twenty are read live every time.
 */
export const KEEP_FROM_UNITS = 2_000;
/** Whether an evaluation read enough units (each measured unit, or each group of them with its number) to be kept. */
export const isWorthKeeping = (subjects: readonly { units: number }[]) => subjects.reduce((sum, subject) => sum + subject.units, 0) >= KEEP_FROM_UNITS;

/** How long a kept figure is shown instead of a new evaluation (the job refreshes it twice in that time). */
export const KEPT_FOR_MINUTES = 10;

export interface KeptFigure {
  total: Figure;
  /** By path label of the unit's child. */
  rows: Map<string, Figure>;
  computedAt: Date;
}

/** The kept figures of a matrix computed as of the day within the last minutes, by target. */
export async function selectKeptFigures(db: Executor, key: { unitId: string; period: string; asOf: string; targetIds: readonly string[] }): Promise<Map<string, KeptFigure>> {
  if (key.targetIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('compliance_figures')
    .select(['target_id', 'total', 'rows', 'computed_at'])
    .where('unit_id', '=', key.unitId)
    .where('period', '=', key.period)
    .where('as_of', '=', key.asOf)
    .where('target_id', 'in', key.targetIds)
    .where('computed_at', '>', sql<Date>`now() - make_interval(mins => ${KEPT_FOR_MINUTES})`)
    .execute();
  return new Map(rows.map((row) => [row.target_id, { total: row.total, rows: new Map(Object.entries(row.rows)), computedAt: row.computed_at }]));
}

export interface FigureToKeep {
  targetId: string;
  total: Figure;
  rows: Map<string, Figure>;
}

/** Keeps (or replaces) figures of a matrix, each stamped now. */
export async function keepFigures(db: Executor, key: { tenantId: string; unitId: string; period: string; asOf: string }, figures: readonly FigureToKeep[]): Promise<void> {
  if (figures.length === 0) return;
  await db
    .insertInto('compliance_figures')
    .values(
      figures.map((figure) => ({
        target_id: figure.targetId,
        unit_id: key.unitId,
        period: key.period,
        tenant_id: key.tenantId,
        as_of: key.asOf,
        total: JSON.stringify(figure.total),
        rows: JSON.stringify(Object.fromEntries(figure.rows)),
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['target_id', 'unit_id', 'period']).doUpdateSet((eb) => ({
        as_of: eb.ref('excluded.as_of'),
        total: eb.ref('excluded.total'),
        rows: eb.ref('excluded.rows'),
        computed_at: sql<Date>`now()`,
      })),
    )
    .execute();
}

/** Figures evaluated anew that are not worth keeping any more (the subtree shrank): no longer shown. */
export async function dropFigures(db: Executor, key: { unitId: string; period: string }, targetIds: readonly string[]): Promise<void> {
  if (targetIds.length === 0) return;
  await db.deleteFrom('compliance_figures').where('unit_id', '=', key.unitId).where('period', '=', key.period).where('target_id', 'in', targetIds).execute();
}

/** The matrices whose figures are kept for a period: what the refreshing job computes again. */
export function selectKeptMatrices(db: Executor, period: string) {
  return db
    .selectFrom('compliance_figures as f')
    .innerJoin('org_units as u', 'u.id', 'f.unit_id')
    .select(['f.unit_id', 'f.tenant_id', 'u.path'])
    .distinct()
    .where('f.period', '=', period)
    .execute();
}

/** Drops figures nobody can be shown any more: computed on an earlier day, or older than they may be shown. */
export async function dropExpiredFigures(db: Executor, today: string): Promise<void> {
  await db
    .deleteFrom('compliance_figures')
    .where((eb) => eb.or([eb('as_of', '<>', today), eb('computed_at', '<=', sql<Date>`now() - make_interval(mins => ${KEPT_FOR_MINUTES})`)]))
    .execute();
}

/** A target changed: its kept figures measured what it was. */
export async function dropFiguresOfTarget(db: Executor, targetId: string): Promise<void> {
  await db.deleteFrom('compliance_figures').where('target_id', '=', targetId).execute();
}
