import { lockUntilAfterFailure, minutesLocked } from '../../../domain/lockout.ts';
import { type Actor } from '../../auth/actor.ts';
import { hashPassword, minimumPasswordLength, verifyPassword } from '../../auth/passwords.ts';
import { hashToken, newToken } from '../../auth/tokens.ts';
import type { Db } from '../../db/connection.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import {
  deleteSession,
  deleteSessionsOfUser,
  extendSession,
  findSession,
  findUserByLogin,
  insertSession,
  recordLoginFailure,
  recordLoginSuccess,
  updatePasswordHash,
} from './queries.ts';

// Verifying against a real hash when the login is unknown keeps both answers equally slow.
const unknownUserHash = hashPassword('congtac-unknown-user-password');

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function signIn(db: Db, login: string, password: string, sessionHours: number): Promise<SignedIn> {
  const user = await findUserByLogin(db, login);
  const now = new Date();
  if (!user || !user.is_active) {
    await verifyPassword(await unknownUserHash, password);
    throw new AppError(401, 'invalid_credentials');
  }
  const locked = minutesLocked(user.locked_until, now);
  if (locked > 0) throw new AppError(423, 'account_locked', { minutes: locked });
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.locked_until ? 0 : user.failed_login_count;
    await recordLoginFailure(db, user.id, lockUntilAfterFailure(failures, now));
    throw new AppError(401, 'invalid_credentials');
  }
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
  await db.transaction().execute(async (tx) => {
    await recordLoginSuccess(tx, user.id);
    await insertSession(tx, { tokenHash: hashToken(token), tenantId: user.tenant_id, userId: user.id, csrfToken, expiresAt });
    await recordChange(tx, { tenantId: user.tenant_id, userId: user.id }, {
      action: 'sign_in',
      entityType: 'account',
      entityId: user.id,
      unitPath: user.home_unit_path,
      before: null,
      after: null,
    });
  });
  return { token, csrfToken, expiresAt };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
  locale: 'vi' | 'en';
}

/** The actor behind a session cookie; `expired` when the cookie names no live session. */
export async function resolveSession(db: Db, token: string, sessionHours: number): Promise<ResolvedSession | 'expired'> {
  const tokenHash = hashToken(token);
  const session = await findSession(db, tokenHash);
  const now = new Date();
  if (!session || session.expires_at <= now || !session.is_active) return 'expired';
  // Sliding expiry, written at most once per quarter of the session length.
  const renewAt = session.expires_at.getTime() - (sessionHours * 3_600_000 * 3) / 4;
  if (now.getTime() > renewAt) await extendSession(db, tokenHash, new Date(now.getTime() + sessionHours * 3_600_000));
  return {
    actor: {
      userId: session.user_id,
      tenantId: session.tenant_id,
      personId: session.person_id,
      displayName: session.display_name,
      login: session.login,
      grants: session.grants,
    },
    csrfToken: session.csrf_token,
    mustChangePassword: session.must_change_password,
    locale: session.locale,
  };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

export async function changeOwnPassword(db: Db, actor: Actor, currentToken: string, currentPassword: string, newPassword: string): Promise<void> {
  if (newPassword.length < minimumPasswordLength) throw badRequest('password_too_weak');
  const user = await findUserByLogin(db, actor.login);
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) throw badRequest('wrong_current_password');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash, false);
    await deleteSessionsOfUser(tx, user.id, hashToken(currentToken));
    await recordChange(tx, actor, { action: 'change_password', entityType: 'account', entityId: user.id, unitPath: user.home_unit_path, before: null, after: null });
  });
}
