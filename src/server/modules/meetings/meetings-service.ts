import { randomInt } from 'node:crypto';
import type { Updateable } from 'kysely';
import type { AgendaItem, MeetingKind } from '../../../domain/meeting-kinds.ts';
import { defaultAgenda, isCellMeeting } from '../../../domain/meeting-kinds.ts';
import { scopesFor } from '../../auth/actor.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { MeetingsTable } from '../../db/schema.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { readableUnit, unitForWrite } from '../units/service.ts';
import { meetingPolicy, type MeetingRef } from './policy.ts';
import * as q from './queries.ts';
import { announceCancellation, announceChange, announceInvited, announceMeeting } from './notices-service.ts';
import { linkTopicToMeeting } from './topic-links.ts';
import { formatVietnamTime } from './times.ts';
import { attendanceSummaryOf, toInviteeView, toMeetingSummary } from './views.ts';

export interface Warning {
  code: 'clash' | 'sent_late';
  message: string;
  meetings?: { id: string; title: string; startsAt: string; unitName: string }[];
}

export interface MeetingFields {
  title?: string;
  startsAt: string;
  endsAt?: string;
  place?: string | null;
  onlineLink?: string | null;
  presidingPersonId?: string | null;
  minuteTakerPersonId?: string | null;
  agenda?: AgendaItem[];
  sendDaysBefore?: number;
}

export interface GuestInput {
  name: string;
  title?: string | null;
  organization?: string | null;
}

export interface CreateMeetingInput extends MeetingFields {
  unitId: string;
  kind: MeetingKind;
  invite?: 'members' | 'subtree' | 'none';
  personIds?: string[];
  guests?: GuestInput[];
  topicId?: string;
}

const defaultMinutes: Record<MeetingKind, number> = {
  regular_cell: 120,
  thematic_cell: 150,
  committee: 120,
  study_conference: 240,
  briefing_conference: 180,
  speaker_conference: 180,
  training: 480,
  joint_activity: 180,
};

export const newCheckInCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export const refOf = (row: q.MeetingRecord): MeetingRef => ({ unitPath: row.unit_path, presidingPersonId: row.presiding_person_id, minuteTakerPersonId: row.minute_taker_person_id });

export function auditMeeting(row: Pick<q.MeetingRecord, 'unit_id' | 'kind' | 'title' | 'starts_at' | 'ends_at' | 'place' | 'online_link' | 'presiding_person_id' | 'minute_taker_person_id' | 'status' | 'series_id' | 'topic_id' | 'send_days_before'>): Record<string, unknown> {
  return {
    unit_id: row.unit_id,
    kind: row.kind,
    title: row.title,
    starts_at: new Date(row.starts_at).toISOString(),
    ends_at: new Date(row.ends_at).toISOString(),
    place: row.place,
    online_link: row.online_link,
    presiding_person_id: row.presiding_person_id,
    minute_taker_person_id: row.minute_taker_person_id,
    status: row.status,
    series_id: row.series_id,
    topic_id: row.topic_id,
    send_days_before: row.send_days_before,
  };
}

/** A unit that may hold meetings of `kind`: cell meetings only in a cell or a base cell (chi bộ cơ sở). */
export async function meetingUnitForWrite(tx: Tx, ctx: ServiceContext, unitId: string, kind: MeetingKind) {
  const unit = await unitForWrite(tx, ctx, unitId);
  meetingPolicy.organize(ctx.actor, unit.path);
  if (!unit.is_active) throw unprocessable('unit_inactive', { name: unit.name });
  if (isCellMeeting(kind) && unit.kind !== 'cell' && unit.kind !== 'base_committee') throw unprocessable('cell_meeting_unit');
  return unit;
}

/** Checks that the presiding person and the minute taker exist in the tenant. */
export async function checkPeople(tx: Tx, tenantId: string, people: { presidingPersonId?: string | null; minuteTakerPersonId?: string | null }) {
  const wanted = [
    ['chủ trì', people.presidingPersonId],
    ['thư ký', people.minuteTakerPersonId],
  ] as const;
  const ids = wanted.flatMap(([, id]) => (id ? [id] : []));
  const found = new Set((await q.selectPeopleByIds(tx, tenantId, ids)).map((person) => person.id));
  for (const [role, id] of wanted) if (id && !found.has(id)) throw unprocessable('meeting_person_unknown', { role });
}

export function checkTimes(startsAt: Date, endsAt: Date, now: Date) {
  if (endsAt <= startsAt) throw badRequest('meeting_times_invalid');
  if (startsAt <= now) throw unprocessable('meeting_in_past', { when: formatVietnamTime(startsAt) });
}

export const endOf = (kind: MeetingKind, startsAt: Date, endsAt?: string) => (endsAt ? new Date(endsAt) : new Date(startsAt.getTime() + defaultMinutes[kind] * 60_000));

/** The people invited by default: the unit's members (its leadership for a committee meeting), or its whole subtree. */
export async function defaultInvitees(tx: Tx, unit: { id: string; path: string }, kind: MeetingKind, invite: 'members' | 'subtree' | 'none') {
  if (invite === 'none') return [];
  const members = await q.selectUnitMembers(tx, unit, { subtree: invite === 'subtree', leadershipOnly: kind === 'committee' });
  return members.map((member) => member.id);
}

export function inviteeRows(tenantId: string, meetingId: string, personIds: string[], guests: GuestInput[]) {
  return [
    ...[...new Set(personIds)].map((personId) => ({ id: newId(), tenant_id: tenantId, meeting_id: meetingId, person_id: personId, is_guest: false, guest_name: null, guest_title: null, guest_organization: null })),
    ...guests.map((guest) => ({
      id: newId(),
      tenant_id: tenantId,
      meeting_id: meetingId,
      person_id: null,
      is_guest: true,
      guest_name: guest.name.trim(),
      guest_title: guest.title?.trim() || null,
      guest_organization: guest.organization?.trim() || null,
    })),
  ];
}

async function checkInvitedPeople(tx: Tx, tenantId: string, personIds: string[]) {
  const found = new Set((await q.selectPeopleByIds(tx, tenantId, personIds)).map((person) => person.id));
  const missing = personIds.findIndex((id) => !found.has(id));
  if (missing >= 0) throw badRequest('validation_failed', {}, [{ path: `body.personIds.${missing}`, message: 'Không tìm thấy người này.' }]);
}

/** Meetings of the same unit or presiding person at overlapping times: a warning, never a refusal. */
export async function clashWarnings(ctx: ServiceContext, meetings: { id: string; unitId: string; presidingPersonId: string | null; startsAt: Date; endsAt: Date }[]): Promise<Warning[]> {
  const ids = meetings.map((meeting) => meeting.id);
  const warnings: Warning[] = [];
  for (const meeting of meetings) {
    const clashes = await q.selectClashes(ctx.db, { tenantId: ctx.actor.tenantId, unitId: meeting.unitId, presidingPersonId: meeting.presidingPersonId, startsAt: meeting.startsAt, endsAt: meeting.endsAt, exceptIds: ids });
    if (clashes.length === 0) continue;
    warnings.push({
      code: 'clash',
      message: `Trùng thời gian với ${clashes.length} cuộc họp khác của cùng đơn vị hoặc cùng người chủ trì (${clashes.map((clash) => `"${clash.title}" lúc ${formatVietnamTime(clash.starts_at)}`).join('; ')}).`,
      meetings: clashes.map((clash) => ({ id: clash.id, title: clash.title, startsAt: clash.starts_at.toISOString(), unitName: clash.unit_name })),
    });
  }
  return warnings;
}

/** A meeting the actor may see: one of the unit's subtree in reach, or one they are invited to. */
export async function loadReadableMeeting(ctx: ServiceContext, meetingId: string) {
  const meeting = await q.findMeeting(ctx.db, ctx.actor.tenantId, meetingId);
  if (!meeting) throw notFound('meeting');
  const mine = ctx.actor.personId ? await q.findInviteeOf(ctx.db, meeting.id, ctx.actor.personId) : undefined;
  meetingPolicy.read(ctx.actor, refOf(meeting), Boolean(mine));
  return { meeting, mine };
}

/** A meeting locked for a change by those running it (organizers, presiding person, minute taker). */
export async function loadMeetingToRun(tx: Tx, ctx: ServiceContext, meetingId: string) {
  const meeting = await q.lockMeeting(tx, ctx.actor.tenantId, meetingId);
  if (!meeting) throw notFound('meeting');
  meetingPolicy.run(ctx.actor, refOf(meeting));
  return meeting;
}

async function loadMeetingToOrganize(tx: Tx, ctx: ServiceContext, meetingId: string) {
  const meeting = await q.lockMeeting(tx, ctx.actor.tenantId, meetingId);
  if (!meeting) throw notFound('meeting');
  meetingPolicy.organize(ctx.actor, meeting.unit_path);
  if (meeting.status === 'cancelled') throw conflict('meeting_cancelled');
  return meeting;
}

export async function getMeetingDetail(ctx: ServiceContext, meetingId: string) {
  const { meeting } = await loadReadableMeeting(ctx, meetingId);
  const [invitees, minutes] = await Promise.all([q.selectInvitees(ctx.db, meeting.id), q.findMinutes(ctx.db, meeting.id)]);
  const ref = refOf(meeting);
  const organize = meetingPolicy.canOrganize(ctx.actor, meeting.unit_path);
  const run = meetingPolicy.canRun(ctx.actor, ref);
  const live = meeting.status !== 'cancelled';
  const now = new Date();
  const mine = invitees.find((row) => row.person_id !== null && row.person_id === ctx.actor.personId);
  const myView = mine ? toInviteeView(mine) : null;
  return {
    ...toMeetingSummary(meeting),
    agenda: meeting.agenda,
    cancelReason: meeting.cancel_reason,
    sendDaysBefore: meeting.send_days_before,
    seriesOccurrenceOn: meeting.series_occurrence_on,
    checkInCode: run ? meeting.check_in_code : null,
    invitees: invitees.map(toInviteeView),
    summary: attendanceSummaryOf(invitees),
    minutesStatus: minutes?.status ?? null,
    myInvitation: myView ? { inviteeId: myView.id, attendance: myView.attendance } : null,
    allowed: {
      edit: organize && meeting.status === 'scheduled',
      cancel: organize && meeting.status === 'scheduled',
      markHeld: run && meeting.status === 'scheduled' && meeting.starts_at <= now,
      takeAttendance: run && live,
      checkIn: Boolean(mine) && live && checkInOpen(meeting, now),
      writeMinutes: run && live && minutes?.status !== 'approved',
      approveMinutes: Boolean(minutes) && minutes?.status === 'draft' && meetingPolicy.canApproveMinutes(ctx.actor, ref),
    },
  };
}

/** Members check themselves in from half an hour before the start until the end. */
export const checkInWindow = (meeting: { starts_at: Date; ends_at: Date }) => ({ from: new Date(meeting.starts_at.getTime() - 30 * 60_000), to: meeting.ends_at });
export const checkInOpen = (meeting: { starts_at: Date; ends_at: Date }, now: Date) => {
  const window = checkInWindow(meeting);
  return now >= window.from && now <= window.to;
};

export async function listMeetings(
  ctx: ServiceContext,
  query: { unitId?: string; subtree?: boolean; from?: string; to?: string; kind?: string; status?: string; seriesId?: string; limit?: number; offset?: number },
) {
  const limit = Math.min(query.limit ?? 100, 500);
  const window = { from: query.from ? new Date(`${query.from}T00:00:00+07:00`) : undefined, to: query.to ? new Date(new Date(`${query.to}T00:00:00+07:00`).getTime() + 86_400_000) : undefined };
  let rows;
  if (query.unitId || query.seriesId) {
    const unit = query.unitId ? await readableUnit(ctx, query.unitId) : null;
    rows = await q.selectMeetings(ctx.db, {
      tenantId: ctx.actor.tenantId,
      scopes: scopesFor(ctx.actor, 'unit.read'),
      unitId: unit && !query.subtree ? unit.id : undefined,
      underPath: unit && query.subtree ? unit.path : undefined,
      ...window,
      kind: query.kind,
      status: query.status,
      seriesId: query.seriesId,
      limit: limit + 1,
      offset: query.offset ?? 0,
    });
  } else {
    // Without a unit: the meetings the signed-in member is invited to.
    if (!ctx.actor.personId) return { items: [], hasMore: false };
    const from = window.from ?? new Date(Date.now() - 30 * 86_400_000);
    const to = window.to ?? new Date(from.getTime() + 400 * 86_400_000);
    rows = await q.selectMeetingsOfPerson(ctx.db, ctx.actor.tenantId, ctx.actor.personId, from, to, limit + 1);
  }
  return { items: rows.slice(0, limit).map(toMeetingSummary), hasMore: rows.length > limit };
}

/** Schedules a meeting; its invitation reaches the invitees (links in e-mails start with `publicUrl`). */
export async function createMeeting(ctx: ServiceContext, input: CreateMeetingInput, publicUrl: string) {
  const id = newId();
  const now = new Date();
  const startsAt = new Date(input.startsAt);
  const endsAt = endOf(input.kind, startsAt, input.endsAt);
  await ctx.db.transaction().execute(async (tx) => {
    const unit = await meetingUnitForWrite(tx, ctx, input.unitId, input.kind);
    checkTimes(startsAt, endsAt, now);
    await checkPeople(tx, ctx.actor.tenantId, input);
    await checkInvitedPeople(tx, ctx.actor.tenantId, input.personIds ?? []);
    const row = {
      id,
      tenant_id: ctx.actor.tenantId,
      unit_id: unit.id,
      kind: input.kind,
      title: input.title?.trim() || defaultTitle(input.kind, unit.name),
      starts_at: startsAt,
      ends_at: endsAt,
      place: input.place?.trim() || null,
      online_link: input.onlineLink ?? null,
      presiding_person_id: input.presidingPersonId ?? null,
      minute_taker_person_id: input.minuteTakerPersonId ?? null,
      series_id: null,
      series_occurrence_on: null,
      agenda: JSON.stringify(input.agenda ?? defaultAgenda(input.kind)),
      topic_id: null,
      check_in_code: newCheckInCode(),
      send_days_before: input.sendDaysBefore ?? 3,
      cancel_reason: null,
      created_by: ctx.actor.userId,
    } satisfies Parameters<typeof q.insertMeetings>[1][number];
    await q.insertMeetings(tx, [row]);
    const invited = [...(await defaultInvitees(tx, unit, input.kind, input.invite ?? 'members')), ...(input.personIds ?? [])];
    await q.insertInvitees(tx, inviteeRows(ctx.actor.tenantId, id, invited, input.guests ?? []));
    await q.recountMeeting(tx, id);
    if (input.topicId) await linkTopicToMeeting(tx, ctx, input.topicId, { id, unitId: unit.id, kind: input.kind, startsAt });
    await announceMeeting(tx, ctx, id, publicUrl);
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'meeting', entityId: id, unitPath: unit.path, before: null, after: { ...auditMeeting({ ...row, status: 'scheduled', topic_id: input.topicId ?? null }), invited: invited.length, guests: input.guests?.length ?? 0 } });
  });
  const meeting = await getMeetingDetail(ctx, id);
  const warnings = await clashWarnings(ctx, [{ id, unitId: input.unitId, presidingPersonId: input.presidingPersonId ?? null, startsAt, endsAt }]);
  return { meeting, warnings };
}

function defaultTitle(kind: MeetingKind, unitName: string): string {
  const titles: Partial<Record<MeetingKind, string>> = { regular_cell: 'Sinh hoạt chi bộ thường kỳ', thematic_cell: 'Sinh hoạt chi bộ chuyên đề', committee: 'Họp cấp ủy' };
  return `${titles[kind] ?? 'Cuộc họp'} — ${unitName}`;
}

export async function updateMeeting(ctx: ServiceContext, meetingId: string, patch: Partial<MeetingFields>, publicUrl: string) {
  const now = new Date();
  const { before, after } = await ctx.db.transaction().execute(async (tx) => {
    const before = await loadMeetingToOrganize(tx, ctx, meetingId);
    const moving = patch.startsAt !== undefined || patch.endsAt !== undefined;
    if (before.status === 'held' && moving) throw conflict('meeting_held');
    const startsAt = patch.startsAt ? new Date(patch.startsAt) : before.starts_at;
    const endsAt = patch.endsAt ? new Date(patch.endsAt) : patch.startsAt ? new Date(startsAt.getTime() + (before.ends_at.getTime() - before.starts_at.getTime())) : before.ends_at;
    if (moving) checkTimes(startsAt, endsAt, now);
    await checkPeople(tx, ctx.actor.tenantId, patch);
    const set: Updateable<MeetingsTable> = {
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
      ...(moving ? { starts_at: startsAt, ends_at: endsAt } : {}),
      ...(patch.place !== undefined ? { place: patch.place?.trim() || null } : {}),
      ...(patch.onlineLink !== undefined ? { online_link: patch.onlineLink } : {}),
      ...(patch.presidingPersonId !== undefined ? { presiding_person_id: patch.presidingPersonId } : {}),
      ...(patch.minuteTakerPersonId !== undefined ? { minute_taker_person_id: patch.minuteTakerPersonId } : {}),
      ...(patch.agenda !== undefined ? { agenda: JSON.stringify(patch.agenda) } : {}),
      ...(patch.sendDaysBefore !== undefined ? { send_days_before: patch.sendDaysBefore } : {}),
    };
    await q.updateMeeting(tx, meetingId, set);
    const after = (await q.findMeeting(tx, ctx.actor.tenantId, meetingId))!;
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'meeting', entityId: meetingId, unitPath: before.unit_path, before: auditMeeting(before), after: auditMeeting(after) });
    await announceChange(tx, ctx, before, after, publicUrl);
    return { before, after };
  });
  const moved = after.starts_at.getTime() !== before.starts_at.getTime() || after.ends_at.getTime() !== before.ends_at.getTime() || after.presiding_person_id !== before.presiding_person_id;
  const warnings = moved ? await clashWarnings(ctx, [{ id: after.id, unitId: after.unit_id, presidingPersonId: after.presiding_person_id, startsAt: after.starts_at, endsAt: after.ends_at }]) : [];
  return { meeting: await getMeetingDetail(ctx, meetingId), warnings };
}

export async function cancelMeeting(ctx: ServiceContext, meetingId: string, reason: string | null, publicUrl: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const before = await loadMeetingToOrganize(tx, ctx, meetingId);
    if (before.status === 'held') throw conflict('meeting_held');
    await q.updateMeeting(tx, meetingId, { status: 'cancelled', cancel_reason: reason?.trim() || null });
    await recordChange(tx, ctx.actor, { action: 'cancel', entityType: 'meeting', entityId: meetingId, unitPath: before.unit_path, before: { status: before.status }, after: { status: 'cancelled', cancel_reason: reason } });
    await announceCancellation(tx, ctx, before, reason?.trim() || null, publicUrl);
  });
  return getMeetingDetail(ctx, meetingId);
}

/** Records that the meeting took place; compliance counts held meetings only. */
export async function markHeldIn(tx: Tx, ctx: ServiceContext, meeting: q.MeetingRecord, now: Date) {
  if (meeting.status === 'cancelled') throw conflict('meeting_cancelled');
  if (meeting.starts_at > now) throw conflict('meeting_not_started', { when: formatVietnamTime(meeting.starts_at) });
  if (meeting.status === 'held') return;
  await q.updateMeeting(tx, meeting.id, { status: 'held' });
  await recordChange(tx, ctx.actor, { action: 'hold', entityType: 'meeting', entityId: meeting.id, unitPath: meeting.unit_path, before: { status: meeting.status }, after: { status: 'held' } });
}

export async function markHeld(ctx: ServiceContext, meetingId: string) {
  await ctx.db.transaction().execute(async (tx) => markHeldIn(tx, ctx, await loadMeetingToRun(tx, ctx, meetingId), new Date()));
  return getMeetingDetail(ctx, meetingId);
}

export async function addInvitees(ctx: ServiceContext, meetingId: string, input: { personIds?: string[]; guests?: GuestInput[] }, publicUrl: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await loadMeetingToOrganize(tx, ctx, meetingId);
    await checkInvitedPeople(tx, ctx.actor.tenantId, input.personIds ?? []);
    const already = new Set((await q.selectInvitees(tx, meeting.id)).map((row) => row.person_id));
    const rows = inviteeRows(ctx.actor.tenantId, meeting.id, input.personIds ?? [], input.guests ?? []);
    await q.insertInvitees(tx, rows);
    await q.recountMeeting(tx, meeting.id);
    await recordChange(tx, ctx.actor, { action: 'invite', entityType: 'meeting', entityId: meeting.id, unitPath: meeting.unit_path, before: null, after: { personIds: input.personIds ?? [], guests: (input.guests ?? []).map((guest) => guest.name) } });
    await announceInvited(tx, ctx, meeting, (input.personIds ?? []).filter((personId) => !already.has(personId)), publicUrl);
  });
  return getMeetingDetail(ctx, meetingId);
}

export async function removeInvitee(ctx: ServiceContext, meetingId: string, inviteeId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await loadMeetingToOrganize(tx, ctx, meetingId);
    const invitee = (await q.selectInvitees(tx, meeting.id)).find((row) => row.id === inviteeId);
    if (!invitee) throw notFound('invitee');
    if (invitee.status) throw conflict('invitee_has_attendance');
    await q.deleteInvitee(tx, meeting.id, inviteeId);
    await q.recountMeeting(tx, meeting.id);
    await recordChange(tx, ctx.actor, { action: 'uninvite', entityType: 'meeting', entityId: meeting.id, unitPath: meeting.unit_path, before: { inviteeId, personId: invitee.person_id, guestName: invitee.guest_name }, after: null });
  });
  return getMeetingDetail(ctx, meetingId);
}
