import { sql } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { PartyStatus, Person } from '../../db/schema.ts';
import { escapeLikePattern } from '../../../domain/text.ts';
import { inScopes } from '../units/queries.ts';

type Executor = Db | Tx;

export interface PeopleFilter {
  tenantId: string;
  scopes: string[];
  partyStatus?: PartyStatus;
  includeInactive: boolean;
  limit: number;
  offset: number;
}

const byName = sql`p.search_name COLLATE "C"`;

function peopleInScope(db: Executor, filter: PeopleFilter) {
  let query = db
    .selectFrom('people as p')
    .selectAll('p')
    .where('p.tenant_id', '=', filter.tenantId)
    .where(inScopes(filter.scopes, 'p.unit_paths'));
  if (filter.partyStatus) query = query.where('p.party_status', '=', filter.partyStatus);
  if (!filter.includeInactive) query = query.where('p.is_active', '=', true);
  return query;
}

/** People with an active membership in the scopes, in name order (search_name is folded ASCII). */
export function selectPeople(db: Executor, filter: PeopleFilter) {
  return peopleInScope(db, filter).orderBy(byName).orderBy('p.id').limit(filter.limit).offset(filter.offset).execute();
}

/**
 * People whose folded name contains `term`: those whose name starts with it first (an index
 * range in name order, instant even for a family name shared by a tenth of a city), then the
 * others in name order. Pages run across both parts.
 */
export async function selectPeopleMatching(db: Executor, filter: PeopleFilter, term: string) {
  const escaped = escapeLikePattern(term);
  const startsWith = sql<boolean>`${byName} LIKE ${`${escaped}%`}`;
  const first = await peopleInScope(db, filter).where(startsWith).orderBy(byName).orderBy('p.id').limit(filter.limit).offset(filter.offset).execute();
  if (first.length === filter.limit) return first;
  const startingTotal =
    first.length > 0 || filter.offset === 0
      ? filter.offset + first.length
      : Number((await peopleInScope(db, filter).clearSelect().select((eb) => eb.fn.countAll().as('n')).where(startsWith).executeTakeFirstOrThrow()).n);
  const rest = await peopleInScope(db, filter)
    .where('p.search_name', 'like', `%${escaped}%`)
    .where(sql<boolean>`NOT ${startsWith}`)
    // lower() (a no-op on folded names) keeps the planner off the name-order index, which it
    // would otherwise walk end to end looking for rare mid-name matches.
    .orderBy(sql`lower(p.search_name)`)
    .orderBy('p.id')
    .limit(filter.limit - first.length)
    .offset(Math.max(0, filter.offset - startingTotal))
    .execute();
  return [...first, ...rest];
}

export function selectMembershipsOf(db: Executor, personIds: string[], activeOnly: boolean) {
  if (personIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('org_units as u', 'u.id', 'm.unit_id')
    .select([
      'm.id',
      'm.person_id',
      'm.unit_id',
      'm.unit_path',
      'm.is_party',
      'm.position',
      'm.started_on',
      'm.ended_on',
      'm.end_reason',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'u.association_type',
    ])
    .where('m.person_id', 'in', personIds);
  if (activeOnly) query = query.where('m.ended_on', 'is', null);
  return query.orderBy('m.started_on', 'desc').orderBy('m.created_at', 'desc').execute();
}

export function findPerson(db: Executor, tenantId: string, id: string) {
  return db.selectFrom('people').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function lockPerson(tx: Tx, tenantId: string, id: string) {
  return tx.selectFrom('people').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findMembership(db: Executor, tenantId: string, id: string) {
  return db.selectFrom('memberships').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function memberCodesIn(db: Executor, tenantId: string, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('people').select('member_code').where('tenant_id', '=', tenantId).where('member_code', 'in', codes).execute();
  return new Set(rows.map((row) => row.member_code!).filter(Boolean));
}

export function insertPerson(tx: Tx, person: Omit<Person, 'created_at' | 'updated_at' | 'is_active' | 'unit_paths'>) {
  return tx.insertInto('people').values(person).returningAll().executeTakeFirstOrThrow();
}

export function updatePerson(tx: Tx, id: string, patch: Partial<Omit<Person, 'id' | 'tenant_id' | 'created_at'>>) {
  return tx
    .updateTable('people')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function insertMembership(
  tx: Tx,
  row: { id: string; tenant_id: string; person_id: string; unit_id: string; unit_path: string; is_party: boolean; position: string; started_on: string },
) {
  return tx
    .insertInto('memberships')
    .values({ ...row, position: row.position as never })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateMembership(tx: Tx, id: string, patch: { position?: string; ended_on?: string; end_reason?: string }) {
  return tx
    .updateTable('memberships')
    .set(patch as never)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function activeMembershipIn(db: Executor, personId: string, unitId: string) {
  return db
    .selectFrom('memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('unit_id', '=', unitId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
}

export function activePartyMembership(db: Executor, personId: string) {
  return db
    .selectFrom('memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('is_party', '=', true)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
}
