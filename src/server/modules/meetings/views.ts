import { attendanceLabels, summarizeAttendance } from '../../../domain/attendance.ts';
import { meetingKindLabels } from '../../../domain/meeting-kinds.ts';
import type { InviteeRow, MeetingRecord } from './queries.ts';

const person = (id: string | null, name: string | null) => (id ? { id, fullName: name ?? '' } : null);

/** Share attended of the members invited, one decimal; null before anyone is counted. */
export const rateOf = (attended: number, invited: number) => (invited === 0 ? null : Math.round((1000 * attended) / invited) / 10);

export function toMeetingSummary(row: MeetingRecord) {
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name, shortName: row.unit_short_name },
    kind: row.kind,
    kindLabel: meetingKindLabels[row.kind],
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    place: row.place,
    onlineLink: row.online_link,
    status: row.status,
    seriesId: row.series_id,
    topicId: row.topic_id,
    presiding: person(row.presiding_person_id, row.presiding_name),
    minuteTaker: person(row.minute_taker_person_id, row.minute_taker_name),
    attendance: { invited: row.invited_count, attended: row.attended_count, marked: row.marked_count, rate: rateOf(row.attended_count, row.invited_count) },
  };
}

export function toInviteeView(row: InviteeRow) {
  return {
    id: row.id,
    personId: row.person_id,
    name: row.full_name ?? row.guest_name ?? '',
    isGuest: row.is_guest,
    guestTitle: row.guest_title,
    guestOrganization: row.guest_organization,
    attendance: row.status
      ? { status: row.status, statusLabel: attendanceLabels[row.status], reason: row.reason, checkedInAt: row.checked_in_at?.toISOString() ?? null, markedAt: row.marked_at!.toISOString() }
      : null,
  };
}

/** Counts of the members invited (guests are listed but not counted), as the opening of the meeting reads them out. */
export function attendanceSummaryOf(invitees: InviteeRow[]) {
  const members = invitees.filter((row) => !row.is_guest);
  return summarizeAttendance(
    members.length,
    members.flatMap((row) => (row.status ? [{ status: row.status }] : [])),
  );
}
