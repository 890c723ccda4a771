import type { Insertable, Updateable } from 'kysely';
import type { Tx } from '../../context.ts';
import type { MeetingSeriesTable } from '../../db/schema.ts';
import type { Executor } from './queries.ts';

/** Series with the path of their unit, which every permission check needs. */
function seriesWithPath(db: Executor, tenantId: string) {
  return db.selectFrom('meeting_series as s').innerJoin('org_units as u', 'u.id', 's.unit_id').selectAll('s').select(['u.path as unit_path']).where('s.tenant_id', '=', tenantId);
}

export function findSeries(db: Executor, tenantId: string, id: string) {
  return seriesWithPath(db, tenantId).where('s.id', '=', id).executeTakeFirst();
}

export type SeriesRecord = NonNullable<Awaited<ReturnType<typeof findSeries>>>;

export async function lockSeries(tx: Tx, tenantId: string, id: string) {
  const locked = await tx.selectFrom('meeting_series').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
  return locked ? findSeries(tx, tenantId, id) : undefined;
}

export function selectSeriesOfUnit(db: Executor, tenantId: string, unitId: string) {
  return seriesWithPath(db, tenantId).where('s.unit_id', '=', unitId).orderBy('s.from_on', 'desc').execute();
}

export function insertSeries(tx: Tx, row: Insertable<MeetingSeriesTable>) {
  return tx.insertInto('meeting_series').values(row).execute();
}

export function updateSeries(tx: Tx, id: string, set: Updateable<MeetingSeriesTable>) {
  return tx.updateTable('meeting_series').set({ ...set, updated_at: new Date() }).where('id', '=', id).execute();
}

/** The occurrences still ahead and not yet held or cancelled: what a change to the series moves. */
export function selectUpcomingOccurrences(tx: Tx, seriesId: string, now: Date) {
  return tx
    .selectFrom('meetings')
    .select(['id', 'series_occurrence_on', 'starts_at'])
    .where('series_id', '=', seriesId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .execute();
}
