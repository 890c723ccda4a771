import type { Role } from '../../../domain/roles.ts';
import { escapeLikePattern } from '../../../domain/text.ts';
import { groupBy } from '../../../domain/collections.ts';
import { generateTemporaryPassword, hashPassword, minimumPasswordLength } from '../../auth/passwords.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { AppError, badRequest, conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { deleteSessionsOfUser, updatePasswordHash } from '../auth/queries.ts';
import { unitForWrite } from '../units/service.ts';
import { accountPolicy } from './policy.ts';
import * as q from './queries.ts';

type GrantRow = Awaited<ReturnType<typeof q.selectGrantsOf>>[number];

function toGrantView(grant: GrantRow) {
  return { id: grant.id, role: grant.role, unitId: grant.unit_id, unitName: grant.unit_name };
}

type AccountRow = Awaited<ReturnType<typeof q.selectAccounts>>[number];

function toAccountView(account: AccountRow, grants: GrantRow[]) {
  return {
    id: account.id,
    login: account.login,
    displayName: account.display_name,
    email: account.email,
    personId: account.person_id,
    isActive: account.is_active,
    mustChangePassword: account.must_change_password,
    lockedUntil: account.locked_until && account.locked_until > new Date() ? account.locked_until.toISOString() : null,
    lastLoginAt: account.last_login_at?.toISOString() ?? null,
    homeUnit: { id: account.home_unit_id, name: account.home_unit_name },
    grants: grants.map(toGrantView),
  };
}

export async function listAccounts(ctx: ServiceContext, search?: string) {
  const scopes = accountPolicy.scopes(ctx.actor);
  if (scopes.length === 0) throw new AppError(403, 'forbidden');
  const pattern = search ? `%${escapeLikePattern(search.trim().toLowerCase())}%` : null;
  const accounts = await q.selectAccounts(ctx.db, ctx.actor.tenantId, scopes, pattern, 200);
  const grants = groupBy(await q.selectGrantsOf(ctx.db, accounts.map((a) => a.id)), (g) => g.user_id);
  return accounts.map((account) => toAccountView(account, grants.get(account.id) ?? []));
}

async function accountView(ctx: ServiceContext, id: string) {
  const account = await q.findAccount(ctx.db, ctx.actor.tenantId, id);
  if (!account) throw notFound('account');
  return toAccountView(account, await q.selectGrantsOf(ctx.db, [id]));
}

export interface AccountInput {
  login: string;
  displayName: string;
  email?: string | null;
  personId?: string | null;
  homeUnitId: string;
  password?: string;
  grants?: { unitId: string; role: Role }[];
}

/** Creates an account; without a password a temporary one is generated and shown once. */
export async function createAccount(ctx: ServiceContext, input: AccountInput) {
  const login = input.login.trim().toLowerCase();
  if (input.password && input.password.length < minimumPasswordLength) throw badRequest('password_too_weak');
  const password = input.password ?? generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = await ctx.db.transaction().execute(async (tx) => {
    const home = await unitForWrite(tx, ctx, input.homeUnitId);
    accountPolicy.manage(ctx.actor, home.path);
    if (await q.loginExists(tx, login)) throw conflict('login_taken', { login });
    const id = newId();
    const account = await q.insertAccount(tx, {
      id,
      tenant_id: ctx.actor.tenantId,
      login,
      display_name: input.displayName.trim(),
      email: input.email?.trim().toLowerCase() || null,
      person_id: input.personId ?? null,
      home_unit_id: home.id,
      password_hash: passwordHash,
      must_change_password: !input.password,
    });
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'account', entityId: id, unitPath: home.path, before: null, after: account });
    for (const grant of input.grants ?? []) {
      const unit = await unitForWrite(tx, ctx, grant.unitId);
      accountPolicy.grantAt(ctx.actor, unit.path);
      const row = await q.insertGrant(tx, { id: newId(), tenant_id: ctx.actor.tenantId, user_id: id, unit_id: unit.id, role: grant.role });
      if (row) await recordChange(tx, ctx.actor, { action: 'create', entityType: 'grant', entityId: row.id, unitPath: unit.path, before: null, after: row });
    }
    return id;
  });
  return { account: await accountView(ctx, id), temporaryPassword: input.password ? null : password };
}

export async function grantRole(ctx: ServiceContext, accountId: string, unitId: string, role: Role) {
  await ctx.db.transaction().execute(async (tx) => {
    const account = await q.findAccount(tx, ctx.actor.tenantId, accountId);
    if (!account) throw notFound('account');
    const unit = await unitForWrite(tx, ctx, unitId);
    accountPolicy.grantAt(ctx.actor, unit.path);
    const row = await q.insertGrant(tx, { id: newId(), tenant_id: ctx.actor.tenantId, user_id: accountId, unit_id: unit.id, role });
    if (row) await recordChange(tx, ctx.actor, { action: 'create', entityType: 'grant', entityId: row.id, unitPath: unit.path, before: null, after: row });
  });
  return accountView(ctx, accountId);
}

export async function revokeGrant(ctx: ServiceContext, grantId: string) {
  const accountId = await ctx.db.transaction().execute(async (tx) => {
    const grant = await q.findGrant(tx, ctx.actor.tenantId, grantId);
    if (!grant) throw notFound('grant');
    accountPolicy.grantAt(ctx.actor, grant.unit_path);
    const { unit_path: unitPath, ...row } = grant;
    await q.deleteGrant(tx, grantId);
    await recordChange(tx, ctx.actor, { action: 'delete', entityType: 'grant', entityId: grantId, unitPath, before: row, after: null });
    return grant.user_id;
  });
  return accountView(ctx, accountId);
}

async function lockManagedAccount(ctx: ServiceContext, tx: Tx, accountId: string) {
  const account = await q.findAccount(tx, ctx.actor.tenantId, accountId);
  if (!account) throw notFound('account');
  accountPolicy.manage(ctx.actor, account.home_unit_path);
  if (account.id === ctx.actor.userId) throw badRequest('cannot_manage_self');
  return account;
}

/** Admin-initiated reset: a new temporary password, sessions ended, lockout cleared. */
export async function resetPassword(ctx: ServiceContext, accountId: string) {
  const password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (tx) => {
    const account = await lockManagedAccount(ctx, tx, accountId);
    await updatePasswordHash(tx, accountId, passwordHash, true);
    await deleteSessionsOfUser(tx, accountId);
    await recordChange(tx, ctx.actor, { action: 'reset_password', entityType: 'account', entityId: accountId, unitPath: account.home_unit_path, before: null, after: null });
  });
  return { account: await accountView(ctx, accountId), temporaryPassword: password };
}

export async function setAccountActive(ctx: ServiceContext, accountId: string, active: boolean) {
  await ctx.db.transaction().execute(async (tx) => {
    const before = await lockManagedAccount(ctx, tx, accountId);
    const after = await q.updateAccount(tx, accountId, { is_active: active, ...(active ? { locked_until: null, failed_login_count: 0 } : {}) });
    if (!active) await deleteSessionsOfUser(tx, accountId);
    await recordChange(tx, ctx.actor, {
      action: active ? 'reactivate' : 'deactivate',
      entityType: 'account',
      entityId: accountId,
      unitPath: before.home_unit_path,
      before: { is_active: before.is_active },
      after: { is_active: after.is_active },
    });
  });
  return accountView(ctx, accountId);
}
