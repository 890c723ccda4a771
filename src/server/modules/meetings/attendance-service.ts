import { attendanceLabels, attendanceProblem, type AttendanceStatus, summarizeAttendance } from '../../../domain/attendance.ts';
import { can } from '../../auth/actor.ts';
import type { ServiceContext } from '../../context.ts';
import type { FieldError } from '../../http/errors.ts';
import { AppError, conflict, notFound, outOfScope, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { readableUnit } from '../units/service.ts';
import { selectMemberAttendance, selectPersonAttendance, selectUnitAttendance, type YearWindow } from './attendance-queries.ts';
import { checkInOpen, checkInWindow, getMeetingDetail, loadMeetingToRun } from './meetings-service.ts';
import * as q from './queries.ts';
import { formatVietnamTime } from './times.ts';
import { attendanceSummaryOf, rateOf, toInviteeView } from './views.ts';

export interface MarkInput {
  inviteeId?: string;
  personId?: string;
  status: AttendanceStatus;
  reason?: string | null;
}

/** Arriving more than this after the start counts as late when members check themselves in. */
const lateAfterMinutes = 15;

/**
 * The organizer marks many people in one request. Every mark is checked first — it must name
 * someone invited or a guest, once, with a reason exactly when excused — and if any is wrong
 * nothing is written and each wrong line is reported.
 */
export async function takeAttendance(ctx: ServiceContext, meetingId: string, marks: MarkInput[]) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await loadMeetingToRun(tx, ctx, meetingId);
    if (meeting.status === 'cancelled') throw conflict('meeting_cancelled');
    const invitees = await q.selectInvitees(tx, meeting.id);
    const byId = new Map(invitees.map((row) => [row.id, row]));
    const byPerson = new Map(invitees.flatMap((row) => (row.person_id ? [[row.person_id, row] as const] : [])));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const rows = [];
    const now = new Date();
    for (const [index, mark] of marks.entries()) {
      const path = `body.marks.${index}`;
      const invitee = mark.inviteeId ? byId.get(mark.inviteeId) : mark.personId ? byPerson.get(mark.personId) : undefined;
      if (!invitee) {
        errors.push({ path, message: mark.inviteeId || mark.personId ? 'Người này không có trong danh sách mời hoặc đại biểu của cuộc họp.' : 'Cần chọn người được điểm danh.' });
        continue;
      }
      if (seen.has(invitee.id)) {
        errors.push({ path, message: `"${invitee.full_name ?? invitee.guest_name}" được điểm danh hai lần.` });
        continue;
      }
      seen.add(invitee.id);
      const problem = attendanceProblem(mark);
      if (problem) {
        errors.push({ path, message: problem });
        continue;
      }
      rows.push({
        invitee_id: invitee.id,
        meeting_id: meeting.id,
        tenant_id: ctx.actor.tenantId,
        status: mark.status,
        reason: mark.status === 'absent_excused' ? mark.reason!.trim() : null,
        checked_in_at: invitee.checked_in_at ?? null,
        marked_by: ctx.actor.userId,
        marked_at: now,
      });
    }
    if (errors.length > 0) throw unprocessable('attendance_invalid', { count: errors.length }, errors);
    await q.upsertAttendance(tx, rows);
    await q.recountMeeting(tx, meeting.id);
    await recordChange(tx, ctx.actor, {
      action: 'take_attendance',
      entityType: 'meeting',
      entityId: meeting.id,
      unitPath: meeting.unit_path,
      before: null,
      after: { marks: rows.map((row) => ({ invitee_id: row.invitee_id, status: row.status })) },
    });
  });
  return attendanceOf(ctx, meetingId);
}

async function attendanceOf(ctx: ServiceContext, meetingId: string) {
  const invitees = await q.selectInvitees(ctx.db, meetingId);
  return { summary: attendanceSummaryOf(invitees), invitees: invitees.map(toInviteeView) };
}

/** A member checks in with the code shown in the room, from half an hour before the start to the end. */
export async function checkIn(ctx: ServiceContext, meetingId: string, code: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await q.lockMeeting(tx, ctx.actor.tenantId, meetingId);
    if (!meeting) throw notFound('meeting');
    const invitee = ctx.actor.personId ? await q.findInviteeOf(tx, meeting.id, ctx.actor.personId) : undefined;
    if (!invitee) throw can(ctx.actor, 'unit.read', meeting.unit_path) ? new AppError(403, 'check_in_not_invited') : outOfScope();
    if (meeting.status === 'cancelled') throw conflict('meeting_cancelled');
    const now = new Date();
    if (!checkInOpen(meeting, now)) {
      const window = checkInWindow(meeting);
      throw conflict('check_in_closed', { from: formatVietnamTime(window.from), to: formatVietnamTime(window.to) });
    }
    if (code.trim() !== meeting.check_in_code) throw unprocessable('check_in_code_wrong');
    // Checking in twice keeps the first arrival time.
    if (invitee.checked_in_at) return;
    const status = now.getTime() > meeting.starts_at.getTime() + lateAfterMinutes * 60_000 ? 'late' : 'present';
    await q.upsertAttendance(tx, [{ invitee_id: invitee.id, meeting_id: meeting.id, tenant_id: ctx.actor.tenantId, status, reason: null, checked_in_at: now, marked_by: ctx.actor.userId, marked_at: now }]);
    await q.recountMeeting(tx, meeting.id);
    await recordChange(tx, ctx.actor, { action: 'check_in', entityType: 'meeting', entityId: meeting.id, unitPath: meeting.unit_path, before: null, after: { invitee_id: invitee.id, status } });
  });
  return getMeetingDetail(ctx, meetingId);
}

/** From 1 January of the year to its end or to now, whichever comes first: meetings still ahead are not absences. */
export function yearWindow(year: number, now = new Date()): YearWindow {
  const from = new Date(`${year}-01-01T00:00:00+07:00`);
  const end = new Date(`${year + 1}-01-01T00:00:00+07:00`);
  return { from, to: end < now ? end : now };
}

function memberRow(row: Awaited<ReturnType<typeof selectMemberAttendance>>[number]) {
  const marks = [
    ...Array<{ status: AttendanceStatus }>(row.present).fill({ status: 'present' }),
    ...Array<{ status: AttendanceStatus }>(row.late).fill({ status: 'late' }),
    ...Array<{ status: AttendanceStatus }>(row.absent_excused).fill({ status: 'absent_excused' }),
    ...Array<{ status: AttendanceStatus }>(row.absent_unexcused).fill({ status: 'absent_unexcused' }),
  ];
  return { personId: row.person_id, fullName: row.full_name, ...summarizeAttendance(row.invited, marks) };
}

/** Per member of a unit over a year, and the unit's totals. */
export async function unitAttendance(ctx: ServiceContext, unitId: string, year: number) {
  const unit = await readableUnit(ctx, unitId);
  const window = yearWindow(year);
  const [members, totals] = await Promise.all([selectMemberAttendance(ctx.db, unit.id, window), selectUnitAttendance(ctx.db, unit.id, window)]);
  return { unit: { id: unit.id, name: unit.name }, year, totals: { ...totals, rate: rateOf(totals.attended, totals.invited) }, members: members.map(memberRow) };
}

/** One member's year: every meeting they were invited to, with their mark. Members see their own. */
export async function personAttendance(ctx: ServiceContext, personId: string, year: number) {
  const people = await q.selectPeopleByIds(ctx.db, ctx.actor.tenantId, [personId]);
  const person = people[0];
  if (!person) throw notFound('person');
  const self = ctx.actor.personId === personId;
  if (!self && !person.unit_paths.some((path) => can(ctx.actor, 'person.read', path))) throw outOfScope();
  const rows = await selectPersonAttendance(ctx.db, ctx.actor.tenantId, personId, yearWindow(year));
  const marks = rows.flatMap((row) => (row.status ? [{ status: row.status as AttendanceStatus }] : []));
  return {
    person: { id: person.id, fullName: person.full_name },
    year,
    summary: summarizeAttendance(rows.length, marks),
    meetings: rows.map((row) => ({
      meetingId: row.meeting_id,
      title: row.title,
      startsAt: row.starts_at.toISOString(),
      unitName: row.unit_name,
      status: row.status as AttendanceStatus | null,
      statusLabel: row.status ? attendanceLabels[row.status as AttendanceStatus] : null,
      reason: row.reason,
    })),
  };
}
