import type { Tx } from '../../context.ts';
import type { Executor } from './queries.ts';

export function findToken(db: Executor, userId: string) {
  return db.selectFrom('calendar_tokens').select(['token', 'created_at']).where('user_id', '=', userId).executeTakeFirst();
}

export function saveToken(tx: Tx, row: { user_id: string; tenant_id: string; token: string }) {
  return tx
    .insertInto('calendar_tokens')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token: row.token, created_at: new Date() }))
    .execute();
}

/** The active account a feed token belongs to, with the subtrees it may read. */
export async function findFeedOwner(db: Executor, token: string) {
  const owner = await db
    .selectFrom('calendar_tokens as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['u.id', 'u.tenant_id', 'u.person_id', 'u.display_name'])
    .where('c.token', '=', token)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
  if (!owner) return undefined;
  const grants = await db.selectFrom('role_grants as g').innerJoin('org_units as o', 'o.id', 'g.unit_id').select(['g.role', 'o.path']).where('g.user_id', '=', owner.id).execute();
  return { ...owner, grants };
}

const feedColumns = [
  'm.id',
  'm.unit_id',
  'm.kind',
  'm.title',
  'm.starts_at',
  'm.ends_at',
  'm.place',
  'm.online_link',
  'm.status',
  'm.series_id',
  'm.series_occurrence_on',
  'm.updated_at',
  'u.name as unit_name',
] as const;

export function selectPersonFeed(db: Executor, tenantId: string, personId: string, from: Date, limit: number) {
  return db
    .selectFrom('meeting_invitees as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .select(feedColumns)
    .where('i.person_id', '=', personId)
    .where('i.tenant_id', '=', tenantId)
    .where('m.starts_at', '>=', from)
    .orderBy('m.starts_at')
    .limit(limit)
    .execute();
}

export function selectUnitFeed(db: Executor, tenantId: string, unitId: string, from: Date, limit: number) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .select(feedColumns)
    .where('m.unit_id', '=', unitId)
    .where('m.tenant_id', '=', tenantId)
    .where('m.starts_at', '>=', from)
    .orderBy('m.starts_at')
    .limit(limit)
    .execute();
}

export type FeedRow = Awaited<ReturnType<typeof selectUnitFeed>>[number];

export function selectSeriesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('meeting_series').selectAll().where('id', 'in', ids).execute();
}

export function findFeedUnit(db: Executor, tenantId: string, unitId: string) {
  return db.selectFrom('org_units').select(['id', 'name', 'path']).where('tenant_id', '=', tenantId).where('id', '=', unitId).executeTakeFirst();
}
