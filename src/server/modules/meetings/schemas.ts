import { z } from 'zod';
import { attendanceStatuses } from '../../../domain/attendance.ts';
import { agendaParts, meetingKinds } from '../../../domain/meeting-kinds.ts';
import { isoDate } from '../../http/schemas.ts';
import { assignmentState } from '../assignments/schemas.ts';

const text = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự.`);
const optionalText = (max: number) => text(max).nullable().optional();

export const instant = z.iso.datetime({ offset: true, error: 'Thời điểm phải có dạng 2026-03-05T19:30:00+07:00.' });
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM (00:00–23:59).');
const link = z.url({ protocol: /^https?$/, error: 'Đường dẫn họp trực tuyến phải bắt đầu bằng http:// hoặc https://.' }).max(1000);

export const agendaItem = z.object({ part: z.enum(agendaParts), text: z.string().trim().min(1, 'Nội dung chương trình không được để trống.').max(1000) });

export const guestInput = z.object({
  name: z.string().trim().min(1, 'Cần họ tên đại biểu.').max(200),
  title: optionalText(200),
  organization: optionalText(300),
});

export const warning = z.object({
  code: z.enum(['clash', 'sent_late']),
  message: z.string(),
  meetings: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string(), unitName: z.string() })).optional(),
});

const meetingFields = {
  title: text(500).min(1, 'Tên cuộc họp không được để trống.').optional(),
  startsAt: instant,
  endsAt: instant.optional(),
  place: optionalText(500),
  onlineLink: link.nullable().optional(),
  presidingPersonId: z.uuid().nullable().optional(),
  minuteTakerPersonId: z.uuid().nullable().optional(),
  agenda: z.array(agendaItem).max(100).optional(),
  sendDaysBefore: z.number().int().min(0).max(60).optional(),
};

export const createMeetingBody = z.object({
  unitId: z.uuid(),
  kind: z.enum(meetingKinds),
  ...meetingFields,
  /** Who is invited besides the named people and guests: the unit's members (default), its whole subtree, or nobody. */
  invite: z.enum(['members', 'subtree', 'none']).optional(),
  personIds: z.array(z.uuid()).max(2000).optional(),
  guests: z.array(guestInput).max(200).optional(),
  topicId: z.uuid().optional(),
});

export const patchMeetingBody = z.object(meetingFields).partial();

const personRef = z.object({ id: z.string(), fullName: z.string() }).nullable();

export const meetingSummary = z.object({
  id: z.string(),
  unit: z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() }),
  kind: z.enum(meetingKinds),
  kindLabel: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  seriesId: z.string().nullable(),
  topicId: z.string().nullable(),
  presiding: personRef,
  minuteTaker: personRef,
  attendance: z.object({ invited: z.number(), attended: z.number(), marked: z.number(), rate: z.number().nullable() }),
});

const attendanceView = z.object({ status: z.enum(attendanceStatuses), statusLabel: z.string(), reason: z.string().nullable(), checkedInAt: z.string().nullable(), markedAt: z.string() });

export const inviteeView = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  name: z.string(),
  isGuest: z.boolean(),
  guestTitle: z.string().nullable(),
  guestOrganization: z.string().nullable(),
  attendance: attendanceView.nullable(),
});

export const attendanceSummary = z.object({
  invited: z.number(),
  present: z.number(),
  late: z.number(),
  absentExcused: z.number(),
  absentUnexcused: z.number(),
  unmarked: z.number(),
  rate: z.number().nullable(),
});

export const meetingDetail = meetingSummary.extend({
  agenda: z.array(agendaItem),
  cancelReason: z.string().nullable(),
  sendDaysBefore: z.number(),
  seriesOccurrenceOn: z.string().nullable(),
  /** Shown to those running the meeting, for the screen or a QR code. */
  checkInCode: z.string().nullable(),
  invitees: z.array(inviteeView),
  summary: attendanceSummary,
  minutesStatus: z.enum(['draft', 'approved']).nullable(),
  myInvitation: z.object({ inviteeId: z.string(), attendance: attendanceView.nullable() }).nullable(),
  allowed: z.object({ edit: z.boolean(), cancel: z.boolean(), markHeld: z.boolean(), takeAttendance: z.boolean(), checkIn: z.boolean(), writeMinutes: z.boolean(), approveMinutes: z.boolean() }),
});

export const meetingWithWarnings = z.object({ meeting: meetingDetail, warnings: z.array(warning) });

export const markInput = z.object({
  inviteeId: z.uuid().optional(),
  personId: z.uuid().optional(),
  status: z.enum(attendanceStatuses),
  reason: z.string().trim().max(500).nullable().optional(),
});

export const attendanceBody = z.object({ marks: z.array(markInput).min(1, 'Chưa có ai được điểm danh.').max(2000) });

export const attendanceResult = z.object({ summary: attendanceSummary, invitees: z.array(inviteeView) });

/** A follow-up action; an empty text, a unit outside the meeting's or a due date before it are refused with 422 by the service. */
export const followUpInput = z.object({
  text: z.string().max(2000, 'Tối đa 2000 ký tự.'),
  unitId: z.uuid(),
  personId: z.uuid().nullable().optional().transform((value) => value ?? null),
  dueOn: isoDate,
});

export const minutesBody = z.object({
  bodyHtml: z.string().max(500_000, 'Biên bản quá dài.'),
  conclusions: z.string().max(50_000, 'Kết luận quá dài.').optional(),
  followUps: z.array(followUpInput).max(200).optional(),
});

export const followUpView = z.object({
  id: z.string(),
  text: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  person: personRef,
  /** Null only in actions written before they named units (to be given before approval). */
  dueOn: z.string().nullable(),
  /** Once the minutes are approved: the task of the conclusions notice and its lead unit's assignment. */
  task: z.object({ id: z.string(), code: z.string(), assignment: z.object(assignmentState).nullable() }).nullable(),
});

export const minutesView = z.object({
  meetingId: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  /** The meeting's day in Vietnam: the earliest due date of an action. */
  meetingDay: z.string(),
  /** False until someone saves the first draft. */
  exists: z.boolean(),
  status: z.enum(['draft', 'approved']),
  bodyHtml: z.string(),
  conclusions: z.string(),
  followUps: z.array(followUpView),
  /** The conclusions notice issued on approval (its correction in force, if any). */
  notice: z.object({ id: z.string(), numberLine: z.string().nullable(), title: z.string(), issuedOn: z.string().nullable() }).nullable(),
  writtenBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  allowed: z.object({ edit: z.boolean(), approve: z.boolean() }),
});

export const monthlyRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day_of_month'), day: z.number().int() }),
  z.object({ kind: z.literal('weekday'), weekday: z.number().int(), week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]) }),
]);

const seriesFields = {
  title: text(500).min(1, 'Tên cuộc họp không được để trống.').optional(),
  timeOfDay: timeOfDay,
  durationMinutes: z.number().int().min(15, 'Cuộc họp dài ít nhất 15 phút.').max(1440).optional(),
  place: optionalText(500),
  onlineLink: link.nullable().optional(),
  presidingPersonId: z.uuid().nullable().optional(),
  minuteTakerPersonId: z.uuid().nullable().optional(),
};

export const createSeriesBody = z.object({
  unitId: z.uuid(),
  kind: z.enum(meetingKinds).optional(),
  rule: monthlyRuleSchema,
  fromOn: isoDate.optional(),
  untilOn: isoDate.optional(),
  ...seriesFields,
});

export const patchSeriesBody = z.object(seriesFields).partial();

export const seriesView = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  rule: monthlyRuleSchema,
  ruleText: z.string(),
  rrule: z.string(),
  timeOfDay: z.string(),
  durationMinutes: z.number(),
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  presidingPersonId: z.string().nullable(),
  minuteTakerPersonId: z.string().nullable(),
  fromOn: z.string(),
  untilOn: z.string(),
});

export const seriesWithMeetings = z.object({ series: seriesView, meetings: z.array(meetingSummary), warnings: z.array(warning) });

export const memberAttendanceRow = attendanceSummary.extend({ personId: z.string(), fullName: z.string() });

export const attendanceTotals = z.object({ meetings: z.number(), invited: z.number(), attended: z.number(), rate: z.number().nullable() });
