import type { Updateable } from 'kysely';
import { defaultAgenda, type MeetingKind } from '../../../domain/meeting-kinds.ts';
import { describeMonthlyRule, expandMonthly, type MonthlyRule, monthlyRuleProblem, rruleOf } from '../../../domain/meeting-recurrence.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import { can } from '../../auth/actor.ts';
import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import type { MeetingSeriesTable } from '../../db/schema.ts';
import { badRequest, notFound, outOfScope, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { readableUnit } from '../units/service.ts';
import { checkPeople, clashWarnings, defaultInvitees, inviteeRows, meetingUnitForWrite, newCheckInCode } from './meetings-service.ts';
import { announceSeries, announceSeriesChange, announceSeriesStop } from './notices-service.ts';
import { meetingPolicy } from './policy.ts';
import * as q from './queries.ts';
import * as sq from './series-queries.ts';
import { vietnamInstant } from './times.ts';
import { toMeetingSummary } from './views.ts';
import { formatDayMonthYear } from '../../../domain/periods.ts';

export interface SeriesFields {
  title?: string;
  timeOfDay: string;
  durationMinutes?: number;
  place?: string | null;
  onlineLink?: string | null;
  presidingPersonId?: string | null;
  minuteTakerPersonId?: string | null;
}

export interface CreateSeriesInput extends SeriesFields {
  unitId: string;
  kind?: MeetingKind;
  rule: MonthlyRule;
  fromOn?: string;
  untilOn?: string;
}

/** A series spans at most three years, so that one request never generates more than 36 meetings. */
const maxSpanDays = 3 * 366;

export function toSeriesView(row: sq.SeriesRecord) {
  const rule = row.rule as unknown as MonthlyRule;
  return {
    id: row.id,
    unitId: row.unit_id,
    kind: row.kind,
    title: row.title,
    rule,
    ruleText: describeMonthlyRule(rule),
    rrule: rruleOf(rule, row.until_on),
    timeOfDay: row.time_of_day,
    durationMinutes: row.duration_minutes,
    place: row.place,
    onlineLink: row.online_link,
    presidingPersonId: row.presiding_person_id,
    minuteTakerPersonId: row.minute_taker_person_id,
    fromOn: row.from_on,
    untilOn: row.until_on,
  };
}

const occurrenceTimes = (date: string, timeOfDay: string, durationMinutes: number) => {
  const startsAt = vietnamInstant(date, timeOfDay);
  return { starts_at: startsAt, ends_at: new Date(startsAt.getTime() + durationMinutes * 60_000) };
};

/**
 * Creates the monthly meeting on a fixed day and generates its meetings from `fromOn` (today
 * by default) to `untilOn` (the end of that year by default). Dates already past are skipped:
 * nothing is scheduled in the past.
 */
export async function createSeries(ctx: ServiceContext, input: CreateSeriesInput, publicUrl: string) {
  const problem = monthlyRuleProblem(input.rule);
  if (problem) throw unprocessable('recurrence_invalid', { reason: problem });
  const fromOn = input.fromOn ?? vietnamToday();
  const untilOn = input.untilOn ?? `${fromOn.slice(0, 4)}-12-31`;
  if (untilOn < fromOn) throw badRequest('date_before_start', { start: formatDayMonthYear(fromOn) });
  if ((Date.parse(untilOn) - Date.parse(fromOn)) / 86_400_000 > maxSpanDays) throw unprocessable('recurrence_invalid', { reason: 'Lịch họp định kỳ tối đa 3 năm.' });
  const kind = input.kind ?? 'regular_cell';
  const durationMinutes = input.durationMinutes ?? 120;
  const now = new Date();
  const seriesId = newId();
  const generated = await ctx.db.transaction().execute(async (tx) => {
    const unit = await meetingUnitForWrite(tx, ctx, input.unitId, kind);
    await checkPeople(tx, ctx.actor.tenantId, input);
    const dates = expandMonthly(input.rule, fromOn, untilOn).filter((date) => vietnamInstant(date, input.timeOfDay) > now);
    if (dates.length === 0) throw unprocessable('series_empty', { from: formatDayMonthYear(fromOn), until: formatDayMonthYear(untilOn) });
    const title = input.title?.trim() || `Sinh hoạt chi bộ thường kỳ — ${unit.name}`;
    const series = {
      id: seriesId,
      tenant_id: ctx.actor.tenantId,
      unit_id: unit.id,
      kind,
      title,
      rule: JSON.stringify(input.rule),
      time_of_day: input.timeOfDay,
      duration_minutes: durationMinutes,
      place: input.place?.trim() || null,
      online_link: input.onlineLink ?? null,
      presiding_person_id: input.presidingPersonId ?? null,
      minute_taker_person_id: input.minuteTakerPersonId ?? null,
      from_on: fromOn,
      until_on: untilOn,
      created_by: ctx.actor.userId,
    };
    await sq.insertSeries(tx, series);
    const agenda = JSON.stringify(defaultAgenda(kind));
    const meetings = dates.map((date) => ({
      id: newId(),
      tenant_id: ctx.actor.tenantId,
      unit_id: unit.id,
      kind,
      title,
      ...occurrenceTimes(date, input.timeOfDay, durationMinutes),
      place: series.place,
      online_link: series.online_link,
      presiding_person_id: series.presiding_person_id,
      minute_taker_person_id: series.minute_taker_person_id,
      cancel_reason: null,
      series_id: seriesId,
      series_occurrence_on: date,
      agenda,
      topic_id: null,
      check_in_code: newCheckInCode(),
      created_by: ctx.actor.userId,
    }));
    await q.insertMeetings(tx, meetings);
    const members = await defaultInvitees(tx, unit, kind, 'members');
    await q.insertInvitees(tx, meetings.flatMap((meeting) => inviteeRows(ctx.actor.tenantId, meeting.id, members, [])));
    await q.recountMeetings(tx, meetings.map((meeting) => meeting.id));
    await recordChange(tx, ctx.actor, { action: 'create', entityType: 'meeting_series', entityId: seriesId, unitPath: unit.path, before: null, after: { ...series, rule: input.rule, meetings: dates } });
    // One invitation describing the series, not one per meeting.
    await announceSeries(tx, ctx, { ...series, rule: input.rule }, meetings, publicUrl);
    return meetings;
  });
  const warnings = await clashWarnings(
    ctx,
    generated.map((meeting) => ({ id: meeting.id, unitId: meeting.unit_id, presidingPersonId: meeting.presiding_person_id, startsAt: meeting.starts_at, endsAt: meeting.ends_at })),
  );
  return { ...(await getSeries(ctx, seriesId)), warnings };
}

async function loadReadableSeries(ctx: ServiceContext, seriesId: string) {
  const series = await sq.findSeries(ctx.db, ctx.actor.tenantId, seriesId);
  if (!series) throw notFound('meeting_series');
  if (!can(ctx.actor, 'unit.read', series.unit_path)) throw outOfScope();
  return series;
}

export async function getSeries(ctx: ServiceContext, seriesId: string) {
  const series = await loadReadableSeries(ctx, seriesId);
  const meetings = await q.selectMeetings(ctx.db, { tenantId: ctx.actor.tenantId, scopes: [series.unit_path], seriesId, limit: 100, offset: 0 });
  return { series: toSeriesView(series), meetings: meetings.map(toMeetingSummary), warnings: [] };
}

export async function listSeries(ctx: ServiceContext, unitId: string) {
  const unit = await readableUnit(ctx, unitId);
  return (await sq.selectSeriesOfUnit(ctx.db, ctx.actor.tenantId, unit.id)).map(toSeriesView);
}

/** Changes the series and every occurrence still ahead; held, cancelled and past ones keep what they were. */
export async function updateSeries(ctx: ServiceContext, seriesId: string, patch: Partial<SeriesFields>, publicUrl: string) {
  const now = new Date();
  const moved = await ctx.db.transaction().execute(async (tx) => {
    const before = await sq.lockSeries(tx, ctx.actor.tenantId, seriesId);
    if (!before) throw notFound('meeting_series');
    meetingPolicy.organize(ctx.actor, before.unit_path);
    await checkPeople(tx, ctx.actor.tenantId, patch);
    const set: Updateable<MeetingSeriesTable> = {
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
      ...(patch.timeOfDay !== undefined ? { time_of_day: patch.timeOfDay } : {}),
      ...(patch.durationMinutes !== undefined ? { duration_minutes: patch.durationMinutes } : {}),
      ...(patch.place !== undefined ? { place: patch.place?.trim() || null } : {}),
      ...(patch.onlineLink !== undefined ? { online_link: patch.onlineLink } : {}),
      ...(patch.presidingPersonId !== undefined ? { presiding_person_id: patch.presidingPersonId } : {}),
      ...(patch.minuteTakerPersonId !== undefined ? { minute_taker_person_id: patch.minuteTakerPersonId } : {}),
    };
    await sq.updateSeries(tx, seriesId, set);
    const after = (await sq.findSeries(tx, ctx.actor.tenantId, seriesId))!;
    const retime = patch.timeOfDay !== undefined || patch.durationMinutes !== undefined;
    const upcoming = await sq.selectUpcomingOccurrences(tx, seriesId, now);
    const ids = upcoming.map((occurrence) => occurrence.id);
    await q.updateMeetings(tx, ids, { title: after.title, place: after.place, online_link: after.online_link, presiding_person_id: after.presiding_person_id, minute_taker_person_id: after.minute_taker_person_id });
    if (retime) {
      // An occurrence moved into the past by an earlier hour is left where it was.
      const moves = upcoming.map((occurrence) => ({ id: occurrence.id, ...occurrenceTimes(occurrence.series_occurrence_on!, after.time_of_day, after.duration_minutes) })).filter((move) => move.starts_at > now);
      await q.retimeMeetings(tx, moves);
    }
    await recordChange(tx, ctx.actor, { action: 'update', entityType: 'meeting_series', entityId: seriesId, unitPath: before.unit_path, before: Object.fromEntries(Object.keys(set).map((key) => [key, before[key as keyof typeof before]])), after: { ...set, occurrences: upcoming.length } });
    await announceSeriesChange(tx, ctx, before, after, upcoming, publicUrl);
    return upcoming.map((occurrence) => occurrence.id);
  });
  const result = await getSeries(ctx, seriesId);
  const warnings = await clashWarnings(
    ctx,
    result.meetings.filter((meeting) => moved.includes(meeting.id)).map((meeting) => ({ id: meeting.id, unitId: meeting.unit.id, presidingPersonId: meeting.presiding?.id ?? null, startsAt: new Date(meeting.startsAt), endsAt: new Date(meeting.endsAt) })),
  );
  return { ...result, warnings };
}

/** Ends the series today: its occurrences still ahead are cancelled, the past stays. */
export async function stopSeries(ctx: ServiceContext, seriesId: string, publicUrl: string) {
  const now = new Date();
  await ctx.db.transaction().execute(async (tx) => {
    const series = await sq.lockSeries(tx, ctx.actor.tenantId, seriesId);
    if (!series) throw notFound('meeting_series');
    meetingPolicy.organize(ctx.actor, series.unit_path);
    const upcoming = await sq.selectUpcomingOccurrences(tx, seriesId, now);
    await q.updateMeetings(
      tx,
      upcoming.map((occurrence) => occurrence.id),
      { status: 'cancelled', cancel_reason: 'Dừng lịch họp định kỳ' },
    );
    const today = vietnamToday(now);
    const untilOn = today < series.from_on ? series.from_on : today;
    await sq.updateSeries(tx, seriesId, { until_on: untilOn });
    await recordChange(tx, ctx.actor, { action: 'stop', entityType: 'meeting_series', entityId: seriesId, unitPath: series.unit_path, before: { until_on: series.until_on }, after: { until_on: untilOn, cancelled: upcoming.length } });
    await announceSeriesStop(tx, ctx, series, upcoming, publicUrl);
  });
  return getSeries(ctx, seriesId);
}
