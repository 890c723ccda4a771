import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/connection.ts';
import { prepared } from '../../db/prepared.ts';
import type { Tx } from '../../context.ts';
import type { Grant } from '../../auth/actor.ts';

export function findUserByLogin(db: Db | Tx, login: string) {
  return db
    .selectFrom('users')
    .innerJoin('org_units as home', 'home.id', 'users.home_unit_id')
    .selectAll('users')
    .select('home.path as home_unit_path')
    .where('users.login', '=', login.trim().toLowerCase())
    .executeTakeFirst();
}

/** The session, its account and the account's roles on active units: one round trip for every request. */
export async function findSession(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.expires_at',
      'u.id as user_id',
      'u.tenant_id',
      'u.person_id',
      'u.display_name',
      'u.login',
      'u.is_active',
      'u.must_change_password',
      'u.locale',
    ])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('role_grants as g')
          .innerJoin('org_units as o', 'o.id', 'g.unit_id')
          .select(['g.id', 'g.role', 'g.unit_id as unitId', 'o.path as unitPath', 'o.name as unitName'])
          .whereRef('g.user_id', '=', 'u.id')
          .where('o.is_active', '=', true)
          .orderBy(sql`nlevel(o.path)`)
          .orderBy('o.name'),
      ).as('grants'),
    )
    .where('s.token_hash', '=', tokenHash)
    .modifyEnd(prepared)
    .executeTakeFirst();
  return row && { ...row, expires_at: new Date(row.expires_at), grants: row.grants as Grant[] };
}

export async function insertSession(db: Db | Tx, row: { tokenHash: string; tenantId: string; userId: string; csrfToken: string; expiresAt: Date }) {
  await db
    .insertInto('sessions')
    .values({ token_hash: row.tokenHash, tenant_id: row.tenantId, user_id: row.userId, csrf_token: row.csrfToken, expires_at: row.expiresAt })
    .execute();
}

export async function extendSession(db: Db, tokenHash: string, expiresAt: Date) {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db | Tx, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db | Tx, userId: string, exceptTokenHash?: string) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptTokenHash) query = query.where('token_hash', '!=', exceptTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Db) {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
}

export async function recordLoginFailure(db: Db, userId: string, lockUntil: Date | null) {
  await db
    .updateTable('users')
    .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1), locked_until: lockUntil }))
    .where('id', '=', userId)
    .execute();
}

export async function recordLoginSuccess(db: Db | Tx, userId: string) {
  await db
    .updateTable('users')
    .set({ failed_login_count: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export async function updatePasswordHash(db: Db | Tx, userId: string, passwordHash: string, mustChange: boolean) {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: mustChange, updated_at: new Date(), failed_login_count: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}
