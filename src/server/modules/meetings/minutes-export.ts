import { isPartyKind } from '../../../domain/unit-kinds.ts';
import { writeMinutesDocx } from '../../../importer/minutes-docx.ts';
import type { ServiceContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import { superiorName } from '../plan-imports/export.ts';
import { getMeetingDetail } from './meetings-service.ts';
import { selectHeaderUnit } from './minutes-queries.ts';
import { getMinutes } from './minutes-service.ts';
import { formatVietnamTime, vietnamDate } from './times.ts';

const timeOf = (iso: string) => formatVietnamTime(new Date(iso)).slice(11);

/**
 * The minutes as a .docx in the official layout, for whoever may read the meeting (a guest
 * from above too). A draft is marked "(Dự thảo)"; approved minutes name the notice that gave
 * their follow-up actions to the units.
 */
export async function exportMinutesDocx(ctx: ServiceContext, meetingId: string): Promise<{ filename: string; content: Buffer }> {
  const [meeting, minutes] = await Promise.all([getMeetingDetail(ctx, meetingId), getMinutes(ctx, meetingId)]);
  if (!minutes.exists) throw notFound('minutes');
  const unit = await selectHeaderUnit(ctx.db, meeting.unit.id);
  const members = meeting.invitees.filter((invitee) => !invitee.isGuest);
  const absent = (status: 'absent_excused' | 'absent_unexcused') => members.filter((invitee) => invitee.attendance?.status === status);
  const day = vietnamDate(new Date(meeting.startsAt));
  const content = await writeMinutesDocx({
    notation: unit.kind === 'association' ? 'state' : 'party',
    unit: { name: unit.name, superior: unit.parent_name ? superiorName(isPartyKind(unit.kind), unit.parent_name) : null },
    title: meeting.title,
    day,
    startTime: timeOf(meeting.startsAt),
    endTime: timeOf(meeting.endsAt),
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    presiding: meeting.presiding?.fullName ?? null,
    minuteTaker: meeting.minuteTaker?.fullName ?? null,
    attendance: {
      invited: meeting.summary.invited,
      present: meeting.summary.present,
      late: meeting.summary.late,
      absentExcused: absent('absent_excused').map((invitee) => ({ name: invitee.name, reason: invitee.attendance?.reason ?? null })),
      absentUnexcused: absent('absent_unexcused').map((invitee) => invitee.name),
      unmarked: meeting.summary.unmarked,
    },
    guests: meeting.invitees.filter((invitee) => invitee.isGuest).map((guest) => ({ name: guest.name, title: guest.guestTitle, organization: guest.guestOrganization })),
    bodyHtml: minutes.bodyHtml,
    conclusions: minutes.conclusions,
    followUps: minutes.followUps.map((item) => ({ text: item.text, unit: item.unit.name, person: item.person?.fullName ?? null, dueOn: item.dueOn })),
    notice: minutes.notice ? { numberLine: minutes.notice.numberLine, issuedOn: minutes.notice.issuedOn } : null,
    approvedOn: minutes.approvedAt ? vietnamDate(new Date(minutes.approvedAt)) : null,
  });
  const name = `Biên bản ${meeting.title} ${day.split('-').reverse().join('-')}`.replace(/[\\/:*?"<>|]+/g, '-');
  return { filename: `${name}.docx`, content };
}
