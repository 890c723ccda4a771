import { escapeLikePattern, foldVietnamese } from '../../../domain/text.ts';
import { canMoveUnder, childPath, isWithin } from '../../../domain/org-path.ts';
import { isPartyKind, placementProblem, suggestUnitCode, type AssociationType, type DepartmentFunction, type UnitKind } from '../../../domain/unit-kinds.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { OrgUnit } from '../../db/schema.ts';
import { AppError, badRequest, conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { dropSummariesAroundUnit } from '../reports/rollup-summary-queries.ts';
import { unitPolicy } from './policy.ts';
import * as q from './queries.ts';

type UnitRow = NonNullable<Awaited<ReturnType<typeof q.findUnit>>>;

export interface UnitView {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  departmentFunction: DepartmentFunction | null;
  associationType: AssociationType | null;
  name: string;
  shortName: string | null;
  code: string;
  ledBy: { id: string; name: string } | null;
  displayOrder: number;
  isActive: boolean;
  hasChildren: boolean;
}

export function toUnitView(row: UnitRow): UnitView {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    departmentFunction: row.department_function,
    associationType: row.association_type,
    name: row.name,
    shortName: row.short_name,
    code: row.code,
    ledBy: row.led_by_id ? { id: row.led_by_id, name: row.led_by_name ?? '' } : null,
    displayOrder: row.display_order,
    isActive: row.is_active,
    hasChildren: Boolean(row.has_children),
  };
}

/** The unit, if the actor may read it. Other modules use this to resolve a unit id to its path. */
export async function readableUnit(ctx: ServiceContext, unitId: string): Promise<UnitRow> {
  const unit = await q.findUnit(ctx.db, ctx.actor.tenantId, unitId);
  if (!unit) throw notFound('unit');
  unitPolicy.read(ctx.actor, unit.path);
  return unit;
}

export async function listRootUnits(ctx: ServiceContext): Promise<UnitView[]> {
  const rows = await q.selectUnitsByPaths(ctx.db, ctx.actor.tenantId, unitPolicy.readableScopes(ctx.actor));
  return rows.map(toUnitView);
}

export async function listChildUnits(ctx: ServiceContext, unitId: string, includeInactive: boolean): Promise<UnitView[]> {
  await readableUnit(ctx, unitId);
  const rows = await q.selectChildren(ctx.db, ctx.actor.tenantId, unitId, includeInactive);
  return rows.map(toUnitView);
}

export async function getUnitDetail(ctx: ServiceContext, unitId: string) {
  const unit = await readableUnit(ctx, unitId);
  const [ancestors, members] = await Promise.all([
    q.selectAncestors(ctx.db, ctx.actor.tenantId, unit.path),
    q.countMembersUnder(ctx.db, unit.path),
  ]);
  const scopes = unitPolicy.readableScopes(ctx.actor);
  return {
    ...toUnitView(unit),
    ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, shortName: a.short_name, readable: scopes.some((s) => isWithin(a.path, s)) })),
    memberCounts: members,
  };
}

export async function searchUnitsByName(
  ctx: ServiceContext,
  filter: { search?: string; kind?: UnitKind; associationType?: AssociationType; underId?: string; includeInactive?: boolean; limit?: number },
): Promise<UnitView[]> {
  const scopes = unitPolicy.readableScopes(ctx.actor);
  if (scopes.length === 0) return [];
  const folded = filter.search ? foldVietnamese(filter.search) : '';
  const rows = await q.searchUnits(ctx.db, ctx.actor.tenantId, scopes, {
    underPath: filter.underId ? (await readableUnit(ctx, filter.underId)).path : undefined,
    pattern: folded ? `%${escapeLikePattern(folded)}%` : null,
    kind: filter.kind,
    associationType: filter.associationType,
    includeInactive: filter.includeInactive ?? false,
    limit: Math.min(filter.limit ?? 50, 200),
  });
  return rows.map(toUnitView);
}

export interface UnitInput {
  parentId: string;
  kind: UnitKind;
  name: string;
  shortName?: string | null;
  code?: string | null;
  departmentFunction?: DepartmentFunction | null;
  associationType?: AssociationType | null;
  ledById?: string | null;
  displayOrder?: number;
}

function searchNameOf(unit: { name: string; short_name: string | null; code: string }) {
  return foldVietnamese([unit.name, unit.short_name ?? '', unit.code].join(' '));
}

async function freeCode(tx: Tx, tenantId: string, wanted: string | null | undefined, name: string, shortName: string | null, exceptId?: string) {
  if (wanted) {
    const code = wanted.trim();
    if (await q.codeTaken(tx, tenantId, code, exceptId)) throw conflict('unit_code_taken', { code });
    return code;
  }
  const base = suggestUnitCode(name, shortName);
  const taken = await q.selectCodesLike(tx, tenantId, base);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function checkLedBy(tx: Tx, ctx: ServiceContext, ledById: string | null | undefined, kind: UnitKind) {
  if (!ledById) return null;
  if (kind !== 'association') throw badRequest('unit_kind_invalid', { reason: 'Chỉ đoàn thể mới có tổ chức Đảng lãnh đạo (led_by).' });
  const leader = await q.findUnit(tx, ctx.actor.tenantId, ledById);
  if (!leader) throw notFound('unit');
  if (!isPartyKind(leader.kind)) throw badRequest('unit_kind_invalid', { reason: 'Đơn vị lãnh đạo đoàn thể phải là một tổ chức Đảng.' });
  return leader.id;
}

function kindAttributes(input: Pick<UnitInput, 'kind' | 'departmentFunction' | 'associationType'>) {
  if (input.kind === 'department' && !input.departmentFunction) {
    throw badRequest('unit_kind_invalid', { reason: 'Ban chuyên môn cần có chức năng (tuyên giáo, tổ chức, dân vận, kiểm tra, văn phòng).' });
  }
  if (input.kind === 'association' && !input.associationType) {
    throw badRequest('unit_kind_invalid', { reason: 'Đoàn thể cần có loại (công đoàn, đoàn thanh niên, cựu chiến binh, phụ nữ).' });
  }
  return {
    department_function: input.kind === 'department' ? (input.departmentFunction ?? null) : null,
    association_type: input.kind === 'association' ? (input.associationType ?? null) : null,
  };
}

function auditRow(unit: OrgUnit) {
  return {
    id: unit.id,
    parent_id: unit.parent_id,
    kind: unit.kind,
    name: unit.name,
    short_name: unit.short_name,
    code: unit.code,
    department_function: unit.department_function,
    association_type: unit.association_type,
    led_by_id: unit.led_by_id,
    display_order: unit.display_order,
    is_active: unit.is_active,
  };
}

export async function createUnit(ctx: ServiceContext, input: UnitInput): Promise<UnitView> {
  const id = await ctx.db.transaction().execute(async (tx) => {
    const parent = await q.lockUnit(tx, ctx.actor.tenantId, input.parentId);
    if (!parent) throw notFound('unit');
    unitPolicy.manage(ctx.actor, parent.path);
    if (!parent.is_active) throw badRequest('unit_inactive', { name: parent.name });
    const attributes = kindAttributes(input);
    const problem = placementProblem({ kind: input.kind, associationType: attributes.association_type }, { kind: parent.kind, associationType: parent.association_type });
    if (problem) throw badRequest('unit_kind_invalid', { reason: problem });
    const id = newId();
    const shortName = input.shortName?.trim() || null;
    const name = input.name.trim();
    const code = await freeCode(tx, ctx.actor.tenantId, input.code, name, shortName);
    const unit = await q.insertUnit(tx, {
      id,
      tenant_id: ctx.actor.tenantId,
      parent_id: parent.id,
      path: childPath(parent.path, id),
      kind: input.kind,
      ...attributes,
      name,
      short_name: shortName,
      code,
      search_name: searchNameOf({ name, short_name: shortName, code }),
      led_by_id: await checkLedBy(tx, ctx, input.ledById, input.kind),
      display_order: input.displayOrder ?? 0,
    });
    await dropSummariesAroundUnit(tx, ctx.actor.tenantId, [unit.path]);
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'unit', entityId: id, unitPath: unit.path, before: null, after: auditRow(unit) });
    return id;
  });
  return toUnitView((await q.findUnit(ctx.db, ctx.actor.tenantId, id))!);
}

export interface UnitPatch {
  name?: string;
  shortName?: string | null;
  code?: string;
  departmentFunction?: DepartmentFunction;
  associationType?: AssociationType;
  ledById?: string | null;
  displayOrder?: number;
}

export async function updateUnitDetails(ctx: ServiceContext, unitId: string, patch: UnitPatch): Promise<UnitView> {
  await ctx.db.transaction().execute(async (tx) => {
    const before = await q.lockUnit(tx, ctx.actor.tenantId, unitId);
    if (!before) throw notFound('unit');
    unitPolicy.manage(ctx.actor, before.path);
    const name = patch.name?.trim() ?? before.name;
    const shortName = patch.shortName === undefined ? before.short_name : patch.shortName?.trim() || null;
    const code = patch.code !== undefined && patch.code.trim() !== before.code ? await freeCode(tx, ctx.actor.tenantId, patch.code, name, shortName, unitId) : before.code;
    const attributes = kindAttributes({
      kind: before.kind,
      departmentFunction: patch.departmentFunction ?? before.department_function,
      associationType: patch.associationType ?? before.association_type,
    });
    if (attributes.association_type !== before.association_type && before.parent_id) {
      const parent = await q.findUnit(tx, ctx.actor.tenantId, before.parent_id);
      const problem = parent && placementProblem({ kind: before.kind, associationType: attributes.association_type }, { kind: parent.kind, associationType: parent.association_type });
      if (problem) throw badRequest('unit_kind_invalid', { reason: problem });
    }
    const after = await q.updateUnit(tx, unitId, {
      name,
      short_name: shortName,
      code,
      ...attributes,
      search_name: searchNameOf({ name, short_name: shortName, code }),
      led_by_id: patch.ledById === undefined ? before.led_by_id : await checkLedBy(tx, ctx, patch.ledById, before.kind),
      display_order: patch.displayOrder ?? before.display_order,
    });
    await dropSummariesAroundUnit(tx, ctx.actor.tenantId, [after.path]);
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'unit', entityId: unitId, unitPath: after.path, before: auditRow(before), after: auditRow(after) });
  });
  return toUnitView((await q.findUnit(ctx.db, ctx.actor.tenantId, unitId))!);
}

export async function moveUnit(ctx: ServiceContext, unitId: string, newParentId: string): Promise<UnitView> {
  await ctx.db.transaction().execute(async (tx) => {
    const unit = await q.lockUnit(tx, ctx.actor.tenantId, unitId);
    if (!unit) throw notFound('unit');
    unitPolicy.manage(ctx.actor, unit.path);
    if (!unit.parent_id) throw badRequest('root_unit_immutable');
    const parent = await q.lockUnit(tx, ctx.actor.tenantId, newParentId);
    if (!parent) throw notFound('unit');
    unitPolicy.manage(ctx.actor, parent.path);
    if (!canMoveUnder(unit.path, parent.path)) throw new AppError(409, 'unit_move_cycle');
    if (!parent.is_active) throw badRequest('unit_inactive', { name: parent.name });
    const problem = placementProblem({ kind: unit.kind, associationType: unit.association_type }, { kind: parent.kind, associationType: parent.association_type });
    if (problem) throw badRequest('unit_kind_invalid', { reason: problem });
    if (parent.id === unit.parent_id) return;
    const newPath = childPath(parent.path, unit.id);
    await q.rebaseSubtree(tx, unit.path, newPath);
    const after = await q.updateUnit(tx, unit.id, { parent_id: parent.id });
    await dropSummariesAroundUnit(tx, ctx.actor.tenantId, [unit.path, newPath]);
    await recordChange(tx, ctx.actor, { action: 'move', entityType: 'unit', entityId: unit.id, unitPath: after.path, before: auditRow(unit), after: auditRow(after) });
  });
  return toUnitView((await q.findUnit(ctx.db, ctx.actor.tenantId, unitId))!);
}

export async function setUnitActive(ctx: ServiceContext, unitId: string, active: boolean): Promise<UnitView> {
  await ctx.db.transaction().execute(async (tx) => {
    const unit = await q.lockUnit(tx, ctx.actor.tenantId, unitId);
    if (!unit) throw notFound('unit');
    unitPolicy.manage(ctx.actor, unit.path);
    if (unit.is_active === active) return;
    if (!active) {
      if (!unit.parent_id) throw badRequest('root_unit_immutable');
      const children = await q.countActiveChildren(tx, unit.id);
      if (children > 0) throw conflict('unit_has_active_children', { count: children });
      const members = await q.countActiveMembers(tx, unit.id);
      if (members > 0) throw conflict('unit_has_active_members', { count: members });
    } else if (unit.parent_id) {
      const parent = await q.findUnit(tx, ctx.actor.tenantId, unit.parent_id);
      if (parent && !parent.is_active) throw badRequest('unit_inactive', { name: parent.name });
    }
    const after = await q.updateUnit(tx, unit.id, { is_active: active });
    await dropSummariesAroundUnit(tx, ctx.actor.tenantId, [unit.path]);
    await recordChange(tx, ctx.actor, {
      action: active ? 'reactivate' : 'deactivate',
      entityType: 'unit',
      entityId: unit.id,
      unitPath: unit.path,
      before: auditRow(unit),
      after: auditRow(after),
    });
  });
  return toUnitView((await q.findUnit(ctx.db, ctx.actor.tenantId, unitId))!);
}

/** Every unit in the given scopes (for bulk lookups such as imports), without view shaping. */
export function unitsInScopes(ctx: ServiceContext, scopes: string[]) {
  if (scopes.length === 0) return Promise.resolve([]);
  return q.selectUnitsInScopes(ctx.db, ctx.actor.tenantId, scopes);
}

/** A unit by id for another module's write, locked in that module's transaction. */
export async function unitForWrite(tx: Tx, ctx: ServiceContext, unitId: string) {
  const unit = await q.lockUnit(tx, ctx.actor.tenantId, unitId);
  if (!unit) throw notFound('unit');
  return unit;
}

/** Membership changes of the people module keep the unit's member counts in step. */
export function memberJoined(tx: Tx, unitId: string, isParty: boolean) {
  return q.adjustMemberCount(tx, unitId, isParty, 1);
}

export function memberLeft(tx: Tx, unitId: string, isParty: boolean) {
  return q.adjustMemberCount(tx, unitId, isParty, -1);
}

export { recountMembers } from './queries.ts';
