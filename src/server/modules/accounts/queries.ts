import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Role } from '../../db/schema.ts';
import { inScopes } from '../units/queries.ts';

type Executor = Db | Tx;

export function selectAccounts(db: Executor, tenantId: string, scopes: string[], search: string | null, limit: number) {
  let query = db
    .selectFrom('users')
    .innerJoin('org_units as u', 'u.id', 'users.home_unit_id')
    .select([
      'users.id',
      'users.login',
      'users.display_name',
      'users.email',
      'users.person_id',
      'users.is_active',
      'users.must_change_password',
      'users.locked_until',
      'users.last_login_at',
      'users.home_unit_id',
      'u.name as home_unit_name',
      'u.path as home_unit_path',
    ])
    .where('users.tenant_id', '=', tenantId)
    .where(inScopes(scopes));
  if (search) query = query.where((eb) => eb.or([eb('users.login', 'like', search), eb(eb.fn('lower', ['users.display_name']), 'like', search)]));
  return query.orderBy('users.login').limit(limit).execute();
}

export function findAccount(db: Executor, tenantId: string, id: string) {
  return db
    .selectFrom('users')
    .innerJoin('org_units as u', 'u.id', 'users.home_unit_id')
    .selectAll('users')
    .select(['u.name as home_unit_name', 'u.path as home_unit_path'])
    .where('users.tenant_id', '=', tenantId)
    .where('users.id', '=', id)
    .executeTakeFirst();
}

export function selectGrantsOf(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_grants as g')
    .innerJoin('org_units as u', 'u.id', 'g.unit_id')
    .select(['g.id', 'g.user_id', 'g.role', 'g.unit_id', 'u.name as unit_name', 'u.path as unit_path'])
    .where('g.user_id', 'in', userIds)
    .orderBy('u.name')
    .execute();
}

export function loginExists(db: Executor, login: string) {
  return db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst().then(Boolean);
}

export function insertAccount(
  tx: Tx,
  row: { id: string; tenant_id: string; login: string; display_name: string; email: string | null; person_id: string | null; home_unit_id: string; password_hash: string; must_change_password: boolean },
) {
  return tx.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateAccount(tx: Tx, id: string, patch: { is_active?: boolean; display_name?: string; email?: string | null; locked_until?: null; failed_login_count?: number }) {
  return tx
    .updateTable('users')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function insertGrant(tx: Tx, row: { id: string; tenant_id: string; user_id: string; unit_id: string; role: Role }) {
  return tx
    .insertInto('role_grants')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'unit_id', 'role']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findGrant(db: Executor, tenantId: string, id: string) {
  return db
    .selectFrom('role_grants as g')
    .innerJoin('org_units as u', 'u.id', 'g.unit_id')
    .selectAll('g')
    .select('u.path as unit_path')
    .where('g.tenant_id', '=', tenantId)
    .where('g.id', '=', id)
    .executeTakeFirst();
}

export function deleteGrant(tx: Tx, id: string) {
  return tx.deleteFrom('role_grants').where('id', '=', id).execute();
}
