import type { Tx } from '../../context.ts';
import type { TargetAlertsTable } from '../../db/schema.ts';

/** Writes the alerts not written before; returns those written (the unique key drops repeats). */
export function insertAlerts(tx: Tx, rows: Omit<TargetAlertsTable, 'created_at' | 'recipients'>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return tx
    .insertInto('target_alerts')
    .values(rows)
    .onConflict((oc) => oc.constraint('target_alerts_once').doNothing())
    .returning(['unit_id'])
    .execute();
}
