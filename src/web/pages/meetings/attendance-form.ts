import { type AttendanceStatus, type AttendanceSummary, summarizeAttendance } from '../../../domain/attendance.ts';

/** What the organizer has tapped for one invitee, before saving. */
export interface FormMark {
  status: AttendanceStatus;
  reason: string;
}

export type FormMarks = Record<string, FormMark | undefined>;

interface InviteeLike {
  id: string;
  attendance: { status: AttendanceStatus; reason: string | null } | null;
}

/** The marks already saved (or made by members checking in), as the form starts. */
export function initialMarks(invitees: readonly InviteeLike[]): FormMarks {
  return Object.fromEntries(invitees.flatMap((invitee) => (invitee.attendance ? [[invitee.id, { status: invitee.attendance.status, reason: invitee.attendance.reason ?? '' }]] : [])));
}

/** The counts and rate at the top of the form, as the taps go; guests are marked but, as on the server, not counted. */
export function tallyMarks(invitees: readonly { id: string; isGuest: boolean }[], marks: FormMarks): AttendanceSummary {
  const members = invitees.filter((invitee) => !invitee.isGuest);
  return summarizeAttendance(
    members.length,
    members.flatMap((invitee) => (marks[invitee.id] ? [marks[invitee.id]!] : [])),
  );
}

/** Everyone not marked yet counted present: the usual first tap in a full room. */
export function markRestPresent(invitees: readonly { id: string }[], marks: FormMarks): FormMarks {
  const next = { ...marks };
  for (const invitee of invitees) next[invitee.id] ??= { status: 'present', reason: '' };
  return next;
}

/** A tap on a status; a reason is kept only for an excused absence. */
export function setMark(marks: FormMarks, inviteeId: string, status: AttendanceStatus, reason = ''): FormMarks {
  return { ...marks, [inviteeId]: { status, reason: status === 'absent_excused' ? reason.trim() : '' } };
}

/** The marks to save in one request; the ids of excused absences still without a reason block it. */
export function marksToSave(invitees: readonly { id: string }[], marks: FormMarks): { marks: { inviteeId: string; status: AttendanceStatus; reason: string | null }[]; missingReason: string[] } {
  const marked = invitees.flatMap((invitee) => {
    const mark = marks[invitee.id];
    return mark ? [{ inviteeId: invitee.id, status: mark.status, reason: mark.status === 'absent_excused' ? mark.reason.trim() : null }] : [];
  });
  return { marks: marked, missingReason: marked.filter((mark) => mark.status === 'absent_excused' && !mark.reason).map((mark) => mark.inviteeId) };
}
