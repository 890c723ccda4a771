import { groupBy } from '../../../domain/collections.ts';
import type { Gender, MembershipEndReason, MembershipPosition, PartyStatus } from '../../../domain/people.ts';
import { isPartyKind, type UnitKind } from '../../../domain/unit-kinds.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { Membership, Person } from '../../db/schema.ts';
import { badRequest, conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { memberJoined, memberLeft, readableUnit, unitForWrite } from '../units/service.ts';
import { peoplePolicy } from './policy.ts';
import * as q from './queries.ts';

type MembershipRow = Awaited<ReturnType<typeof q.selectMembershipsOf>>[number];

export interface MembershipView {
  id: string;
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  isParty: boolean;
  position: MembershipPosition;
  startedOn: string;
  endedOn: string | null;
  endReason: MembershipEndReason | null;
}

export interface PersonView {
  id: string;
  fullName: string;
  gender: Gender | null;
  birthYear: number | null;
  email: string | null;
  phone: string | null;
  partyStatus: PartyStatus;
  partyJoinedOn: string | null;
  memberCode: string | null;
  isActive: boolean;
  memberships: MembershipView[];
}

function toMembershipView(row: MembershipRow): MembershipView {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitKind: row.unit_kind,
    isParty: row.is_party,
    position: row.position,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    endReason: row.end_reason,
  };
}

function toPersonView(person: Person, memberships: MembershipRow[]): PersonView {
  return {
    id: person.id,
    fullName: person.full_name,
    gender: person.gender,
    birthYear: person.birth_year,
    email: person.email,
    phone: person.phone,
    partyStatus: person.party_status,
    partyJoinedOn: person.party_joined_on,
    memberCode: person.member_code,
    isActive: person.is_active,
    memberships: memberships.map(toMembershipView),
  };
}

export interface PeopleQuery {
  unitId?: string;
  search?: string;
  partyStatus?: PartyStatus;
  includeInactive?: boolean;
  limit?: number;
  offset?: number;
}

export async function listPeople(ctx: ServiceContext, query: PeopleQuery) {
  let scopes = peoplePolicy.readableScopes(ctx.actor);
  if (query.unitId) {
    const unit = await readableUnit(ctx, query.unitId);
    peoplePolicy.readAt(ctx.actor, unit.path);
    scopes = [unit.path];
  }
  if (scopes.length === 0) return { items: [], hasMore: false };
  const limit = Math.min(query.limit ?? 50, 200);
  const term = query.search ? foldVietnamese(query.search) : '';
  const filter = { tenantId: ctx.actor.tenantId, scopes, partyStatus: query.partyStatus, includeInactive: query.includeInactive ?? false, limit: limit + 1, offset: query.offset ?? 0 };
  const people = term ? await q.selectPeopleMatching(ctx.db, filter, term) : await q.selectPeople(ctx.db, filter);
  const page = people.slice(0, limit);
  const memberships = await q.selectMembershipsOf(ctx.db, page.map((p) => p.id), true);
  const byPerson = groupBy(memberships, (m) => m.person_id);
  return { items: page.map((person) => toPersonView(person, byPerson.get(person.id) ?? [])), hasMore: people.length > limit };
}

async function loadPerson(ctx: ServiceContext, db: ServiceContext['db'] | Tx, personId: string) {
  const person = await q.findPerson(db, ctx.actor.tenantId, personId);
  if (!person) throw notFound('person');
  const memberships = await q.selectMembershipsOf(db, [personId], false);
  return { person, memberships };
}

export async function getPerson(ctx: ServiceContext, personId: string): Promise<PersonView> {
  const { person, memberships } = await loadPerson(ctx, ctx.db, personId);
  peoplePolicy.read(ctx.actor, personId, memberships.map((m) => m.unit_path));
  return toPersonView(person, memberships);
}

export interface PersonFields {
  fullName: string;
  gender?: Gender | null;
  birthYear?: number | null;
  email?: string | null;
  phone?: string | null;
  partyStatus?: PartyStatus;
  partyJoinedOn?: string | null;
  memberCode?: string | null;
}

function auditPerson(person: Person) {
  const { search_name: _search, unit_paths: _paths, created_at: _created, updated_at: _updated, ...rest } = person;
  return rest as Record<string, unknown>;
}

function auditMembership(m: Membership) {
  const { created_at: _created, ...rest } = m;
  return rest as Record<string, unknown>;
}

async function ensureMemberCodeFree(tx: Tx, tenantId: string, code: string | null | undefined, exceptId?: string) {
  if (!code) return;
  const taken = await tx.selectFrom('people').select('id').where('tenant_id', '=', tenantId).where('member_code', '=', code).executeTakeFirst();
  if (taken && taken.id !== exceptId) throw conflict('member_code_taken', { code });
}

/** Adds a membership after checking the unit and the Party-membership rules. */
async function joinUnit(tx: Tx, ctx: ServiceContext, person: Person, unitId: string, position: MembershipPosition, startedOn: string) {
  const unit = await unitForWrite(tx, ctx, unitId);
  peoplePolicy.manageAt(ctx.actor, unit.path);
  if (!unit.is_active) throw badRequest('unit_inactive', { name: unit.name });
  const isParty = isPartyKind(unit.kind);
  if (isParty && person.party_status === 'none') throw badRequest('party_unit_needs_party_member');
  if (await q.activeMembershipIn(tx, person.id, unit.id)) throw conflict('membership_exists', { unit: unit.name });
  if (isParty && (await q.activePartyMembership(tx, person.id))) throw conflict('party_membership_exists');
  const membership = await q.insertMembership(tx, {
    id: newId(),
    tenant_id: ctx.actor.tenantId,
    person_id: person.id,
    unit_id: unit.id,
    unit_path: unit.path,
    is_party: isParty,
    position,
    started_on: startedOn,
  });
  await memberJoined(tx, unit.id, isParty);
  await recordChange(tx, ctx.actor, { action: 'create', entityType: 'membership', entityId: membership.id, unitPath: unit.path, before: null, after: auditMembership(membership) });
  return membership;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function createPersonIn(tx: Tx, ctx: ServiceContext, fields: PersonFields, unitId: string, position: MembershipPosition, startedOn: string) {
  await ensureMemberCodeFree(tx, ctx.actor.tenantId, fields.memberCode);
  const fullName = fields.fullName.trim().replace(/\s+/g, ' ');
  const person = await q.insertPerson(tx, {
    id: newId(),
    tenant_id: ctx.actor.tenantId,
    full_name: fullName,
    search_name: foldVietnamese(fullName),
    gender: fields.gender ?? null,
    birth_year: fields.birthYear ?? null,
    email: fields.email?.trim().toLowerCase() || null,
    phone: fields.phone?.trim() || null,
    party_status: fields.partyStatus ?? 'none',
    party_joined_on: fields.partyJoinedOn ?? null,
    member_code: fields.memberCode?.trim() || null,
  });
  const membership = await joinUnit(tx, ctx, person, unitId, position, startedOn);
  await recordChange(tx, ctx.actor, { action: 'create', entityType: 'person', entityId: person.id, unitPath: membership.unit_path, before: null, after: auditPerson(person) });
  return person;
}

export async function createPerson(ctx: ServiceContext, input: PersonFields & { unitId: string; position?: MembershipPosition; startedOn?: string }) {
  const person = await ctx.db.transaction().execute((tx) => createPersonIn(tx, ctx, input, input.unitId, input.position ?? 'member', input.startedOn ?? today()));
  return getPerson(ctx, person.id);
}

/** Fields a member may change in their own profile. */
const selfEditable = new Set<keyof PersonFields>(['email', 'phone']);

export async function updatePerson(ctx: ServiceContext, personId: string, patch: Partial<PersonFields>) {
  await ctx.db.transaction().execute(async (tx) => {
    const before = await q.lockPerson(tx, ctx.actor.tenantId, personId);
    if (!before) throw notFound('person');
    const memberships = await q.selectMembershipsOf(tx, [personId], true);
    const onlySelfFields = Object.keys(patch).every((key) => selfEditable.has(key as keyof PersonFields));
    if (!(peoplePolicy.isSelf(ctx.actor, personId) && onlySelfFields)) peoplePolicy.manage(ctx.actor, memberships.map((m) => m.unit_path));
    if (patch.partyStatus === 'none' && memberships.some((m) => m.is_party)) throw badRequest('party_unit_needs_party_member');
    if (patch.memberCode !== undefined) await ensureMemberCodeFree(tx, ctx.actor.tenantId, patch.memberCode, personId);
    const fullName = patch.fullName?.trim().replace(/\s+/g, ' ');
    const after = await q.updatePerson(tx, personId, {
      ...(fullName ? { full_name: fullName, search_name: foldVietnamese(fullName) } : {}),
      ...(patch.gender !== undefined ? { gender: patch.gender } : {}),
      ...(patch.birthYear !== undefined ? { birth_year: patch.birthYear } : {}),
      ...(patch.email !== undefined ? { email: patch.email?.trim().toLowerCase() || null } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone?.trim() || null } : {}),
      ...(patch.partyStatus !== undefined ? { party_status: patch.partyStatus } : {}),
      ...(patch.partyJoinedOn !== undefined ? { party_joined_on: patch.partyJoinedOn } : {}),
      ...(patch.memberCode !== undefined ? { member_code: patch.memberCode?.trim() || null } : {}),
    });
    await recordChange(tx, ctx.actor, {
      action: 'update',
      entityType: 'person',
      entityId: personId,
      unitPath: memberships[0]?.unit_path ?? null,
      before: auditPerson(before),
      after: auditPerson(after),
    });
  });
  return getPerson(ctx, personId);
}

export async function addMembership(ctx: ServiceContext, personId: string, input: { unitId: string; position?: MembershipPosition; startedOn?: string }) {
  await ctx.db.transaction().execute(async (tx) => {
    const person = await q.lockPerson(tx, ctx.actor.tenantId, personId);
    if (!person) throw notFound('person');
    const memberships = await q.selectMembershipsOf(tx, [personId], false);
    peoplePolicy.read(ctx.actor, personId, memberships.map((m) => m.unit_path));
    await joinUnit(tx, ctx, person, input.unitId, input.position ?? 'member', input.startedOn ?? today());
  });
  return getPerson(ctx, personId);
}

async function lockActiveMembership(tx: Tx, ctx: ServiceContext, membershipId: string) {
  const membership = await q.findMembership(tx, ctx.actor.tenantId, membershipId);
  if (!membership) throw notFound('membership');
  peoplePolicy.manageAt(ctx.actor, membership.unit_path);
  if (membership.ended_on) throw conflict('membership_ended');
  await q.lockPerson(tx, ctx.actor.tenantId, membership.person_id);
  return membership;
}

export async function changePosition(ctx: ServiceContext, membershipId: string, position: MembershipPosition) {
  const personId = await ctx.db.transaction().execute(async (tx) => {
    const before = await lockActiveMembership(tx, ctx, membershipId);
    const after = await q.updateMembership(tx, membershipId, { position });
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'membership', entityId: membershipId, unitPath: before.unit_path, before: auditMembership(before), after: auditMembership(after) });
    return before.person_id;
  });
  return getPerson(ctx, personId);
}

async function endMembershipIn(tx: Tx, ctx: ServiceContext, before: Membership, endedOn: string, reason: 'transfer' | 'left') {
  if (endedOn < before.started_on) throw badRequest('date_before_start', { start: before.started_on });
  const after = await q.updateMembership(tx, before.id, { ended_on: endedOn, end_reason: reason });
  await memberLeft(tx, before.unit_id, before.is_party);
  await recordChange(tx, ctx.actor, { action: 'end', entityType: 'membership', entityId: before.id, unitPath: before.unit_path, before: auditMembership(before), after: auditMembership(after) });
}

export async function endMembership(ctx: ServiceContext, membershipId: string, endedOn: string = today()) {
  const personId = await ctx.db.transaction().execute(async (tx) => {
    const before = await lockActiveMembership(tx, ctx, membershipId);
    await endMembershipIn(tx, ctx, before, endedOn, 'left');
    return before.person_id;
  });
  return getPerson(ctx, personId);
}

/**
 * Moves a person from one unit to another: the old membership ends (kept as history) and
 * a new one starts the same day, in one transaction.
 */
export async function transferPerson(ctx: ServiceContext, membershipId: string, input: { toUnitId: string; position?: MembershipPosition; on?: string }) {
  const personId = await ctx.db.transaction().execute(async (tx) => {
    const from = await lockActiveMembership(tx, ctx, membershipId);
    const on = input.on ?? today();
    const person = (await q.findPerson(tx, ctx.actor.tenantId, from.person_id))!;
    await endMembershipIn(tx, ctx, from, on, 'transfer');
    const target = await unitForWrite(tx, ctx, input.toUnitId);
    if (isPartyKind(target.kind) !== from.is_party) {
      throw badRequest('unit_kind_invalid', { reason: 'Chỉ chuyển sinh hoạt giữa các tổ chức cùng loại (tổ chức Đảng sang tổ chức Đảng, đoàn thể sang đoàn thể).' });
    }
    await joinUnit(tx, ctx, person, target.id, input.position ?? from.position, on);
    return from.person_id;
  });
  return getPerson(ctx, personId);
}
