import { formatPeriod, periodOf } from '../../../domain/periods.ts';
import type { Db } from '../../db/connection.ts';
import { dropExpiredFigures, selectKeptMatrices } from './kept-figures.ts';
import { matrixFigures } from './matrix-service.ts';
import { selectTargetsApplyingTo } from './queries.ts';

/**
 * The `compliance-figures` job, every five minutes: the kept figures of the quarter in progress —
 * the home screens' matrices too wide to read live, such as a city's root — evaluated again, so
 * that they open on figures at most a few minutes old and nobody waits for them. Kept figures of
 * other periods, or of an earlier day, that may no longer be shown are dropped; those matrices are
 * evaluated again when someone opens them.
 */
export async function keepComplianceFigures(db: Db, { today }: { today: string }): Promise<{ matrices: number }> {
  const quarter = periodOf('quarter', today);
  const period = formatPeriod(quarter);
  const matrices = await selectKeptMatrices(db, period);
  for (const matrix of matrices) {
    const targets = await selectTargetsApplyingTo(db, matrix.tenant_id, matrix.path, quarter.year);
    await matrixFigures(db, { tenantId: matrix.tenant_id, unit: { id: matrix.unit_id, path: matrix.path }, period, asOf: today }, targets, true);
  }
  await dropExpiredFigures(db, today);
  return { matrices: matrices.length };
}
