import type { MeetingKind } from '../../../domain/meeting-kinds.ts';
import type { CreateMeetingInput, MeetingDetail, PatchMeetingInput } from '../../api/meetings.ts';
import { timeOfInstant } from '../../format/dates.ts';
import { instantOf, dayOfInstant } from './meeting-calendar.ts';

export interface GuestValues {
  name?: string;
  title?: string;
  organization?: string;
}

/** The fields of the meeting form as antd holds them (the day as "YYYY-MM-DD"). */
export interface MeetingFormValues {
  kind: MeetingKind;
  title?: string;
  day: string;
  startTime: string;
  endTime?: string;
  place?: string;
  onlineLink?: string;
  presidingPersonId?: string | null;
  minuteTakerPersonId?: string | null;
  invite?: 'members' | 'subtree' | 'none';
  personIds?: string[];
  guests?: GuestValues[];
  sendDaysBefore?: number | null;
}

const blankToNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** The fields both a new meeting and a change carry. */
function sharedFields(values: MeetingFormValues) {
  return {
    title: values.title?.trim() || undefined,
    startsAt: instantOf(values.day, values.startTime),
    endsAt: values.endTime ? instantOf(values.day, values.endTime) : undefined,
    place: blankToNull(values.place),
    onlineLink: blankToNull(values.onlineLink),
    presidingPersonId: values.presidingPersonId ?? null,
    minuteTakerPersonId: values.minuteTakerPersonId ?? null,
    sendDaysBefore: values.sendDaysBefore ?? undefined,
  };
}

/** A new meeting: the unit's members are invited unless told otherwise; empty guest rows are dropped. */
export function createBody(unitId: string, values: MeetingFormValues, topicId?: string): CreateMeetingInput {
  return {
    unitId,
    kind: values.kind,
    ...sharedFields(values),
    invite: values.invite ?? 'members',
    personIds: values.personIds?.length ? values.personIds : undefined,
    guests: (values.guests ?? []).filter((guest) => guest.name?.trim()).map((guest) => ({ name: guest.name!.trim(), title: blankToNull(guest.title), organization: blankToNull(guest.organization) })),
    topicId,
  };
}

/** A change; the times go only when they changed, since moving a meeting is checked again (not in the past, clashes). */
export function patchBody(values: MeetingFormValues, before: MeetingFormValues): PatchMeetingInput {
  const { startsAt, endsAt, ...rest } = sharedFields(values);
  const moved = values.day !== before.day || values.startTime !== before.startTime || (values.endTime ?? '') !== (before.endTime ?? '');
  return moved ? { ...rest, startsAt, endsAt } : rest;
}

/** The form filled from a saved meeting, for a change. */
export function valuesOf(meeting: MeetingDetail): MeetingFormValues {
  return {
    kind: meeting.kind,
    title: meeting.title,
    day: dayOfInstant(meeting.startsAt),
    startTime: timeOfInstant(meeting.startsAt),
    endTime: dayOfInstant(meeting.endsAt) === dayOfInstant(meeting.startsAt) ? timeOfInstant(meeting.endsAt) : undefined,
    place: meeting.place ?? undefined,
    onlineLink: meeting.onlineLink ?? undefined,
    presidingPersonId: meeting.presiding?.id ?? null,
    minuteTakerPersonId: meeting.minuteTaker?.id ?? null,
    sendDaysBefore: meeting.sendDaysBefore,
  };
}
