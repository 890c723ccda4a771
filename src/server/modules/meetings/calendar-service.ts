import { randomBytes } from 'node:crypto';
import ical, { ICalEventStatus, type ICalLuxonDateTimeStub } from 'ical-generator';
import { meetingKindLabels } from '../../../domain/meeting-kinds.ts';
import { expandMonthly, type MonthlyRule, rruleOf } from '../../../domain/meeting-recurrence.ts';
import { isWithin } from '../../../domain/org-path.ts';
import type { ServiceContext } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import * as cq from './calendar-queries.ts';
import { vietnamInstant, vietnamParts } from './times.ts';

const zone = 'Asia/Ho_Chi_Minh';
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Times go into the file in Vietnam's zone (TZID) so that a monthly RRULE means the same day
 * on every phone. ical-generator formats a Luxon-like object by asking it for its fields; this
 * adapter answers in UTC+7 (no daylight saving), independent of the server's own zone.
 */
function vietnamTime(instant: Date): ICalLuxonDateTimeStub {
  const format = (utc: boolean) => (pattern: string) => {
    const p = utc
      ? { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate(), hour: instant.getUTCHours(), minute: instant.getUTCMinutes(), second: instant.getUTCSeconds() }
      : vietnamParts(instant);
    return pattern === 'yyyyLLdd' ? `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}` : `${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
  };
  const stub = {
    isValid: true,
    zone: { type: 'fixed' },
    toJSDate: () => instant,
    toJSON: () => instant.toISOString(),
    toFormat: format(false),
    setZone: (name: string) => ({ ...stub, toFormat: format(name.toLowerCase() === 'utc') }),
  };
  return stub as unknown as ICalLuxonDateTimeStub;
}

/** A fixed VTIMEZONE for Vietnam: UTC+7 since 1975, no daylight saving. */
const vietnamZone = () => ['BEGIN:VTIMEZONE', `TZID:${zone}`, 'BEGIN:STANDARD', 'DTSTART:19750613T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:+07', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n');

const exdateLine = (instants: Date[]) => {
  const values = instants.map((instant) => {
    const p = vietnamParts(instant);
    return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
  });
  return `EXDATE;TZID=${zone}:${values.join(',')}`;
};

type SeriesRow = Awaited<ReturnType<typeof cq.selectSeriesByIds>>[number];

function describe(row: cq.FeedRow) {
  return [meetingKindLabels[row.kind], row.unit_name, row.online_link ? `Trực tuyến: ${row.online_link}` : null].filter(Boolean).join('\n');
}

/**
 * The calendar (RFC 5545) of a list of meetings. A recurring series becomes one event with its
 * RRULE; occurrences cancelled or not on this calendar are EXDATEs, and an occurrence moved or
 * renamed is an override carrying RECURRENCE-ID, so a phone shows exactly the meetings stored.
 */
export function buildCalendar(name: string, rows: cq.FeedRow[], seriesRows: SeriesRow[], publicUrl: string) {
  const calendar = ical({ name, prodId: { company: 'Congtac', product: 'Lich sinh hoat', language: 'VI' }, timezone: { name: zone, generator: vietnamZone }, ttl: 3600 });
  const series = new Map(seriesRows.map((row) => [row.id, row]));
  const add = (row: cq.FeedRow, extra: { id?: string; recurrenceId?: Date } = {}) =>
    calendar.createEvent({
      id: extra.id ?? row.id,
      start: vietnamTime(row.starts_at),
      end: vietnamTime(row.ends_at),
      timezone: zone,
      summary: row.title,
      location: row.place ?? undefined,
      description: describe(row),
      url: `${publicUrl}/meetings/${row.id}`,
      status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: row.updated_at,
      stamp: row.updated_at,
      ...(extra.recurrenceId ? { recurrenceId: vietnamTime(extra.recurrenceId) } : {}),
    });
  const bySeries = new Map<string, cq.FeedRow[]>();
  for (const row of rows) {
    const owner = row.series_id ? series.get(row.series_id) : undefined;
    if (!owner) add(row);
    else bySeries.set(owner.id, [...(bySeries.get(owner.id) ?? []), row]);
  }
  for (const [seriesId, occurrences] of bySeries) {
    const owner = series.get(seriesId)!;
    const rule = owner.rule as unknown as MonthlyRule;
    const dates = expandMonthly(rule, owner.from_on, owner.until_on);
    const original = (date: string) => vietnamInstant(date, owner.time_of_day);
    const shown = new Map(occurrences.filter((row) => row.status !== 'cancelled').map((row) => [row.series_occurrence_on!, row]));
    const first = dates[0]!;
    const excluded = dates.filter((date) => !shown.has(date)).map(original);
    const master = calendar.createEvent({
      id: seriesId,
      start: vietnamTime(original(first)),
      end: vietnamTime(new Date(original(first).getTime() + owner.duration_minutes * 60_000)),
      timezone: zone,
      summary: owner.title,
      location: owner.place ?? undefined,
      description: meetingKindLabels[owner.kind],
      stamp: owner.updated_at,
      lastModified: owner.updated_at,
    });
    master.repeating([`RRULE:${rruleOf(rule, owner.until_on)}`, ...(excluded.length > 0 ? [exdateLine(excluded)] : [])].join('\n'));
    for (const [date, row] of shown) {
      const start = original(date);
      const moved = row.starts_at.getTime() !== start.getTime() || row.ends_at.getTime() - row.starts_at.getTime() !== owner.duration_minutes * 60_000 || row.title !== owner.title || (row.place ?? null) !== (owner.place ?? null);
      if (moved) add(row, { id: seriesId, recurrenceId: start });
    }
  }
  return calendar.toString();
}

/** Feeds reach back a year, so that recent meetings stay on the phone, and forward without limit. */
const feedFrom = () => new Date(Date.now() - 366 * 86_400_000);
const feedLimit = 2000;

/** The feed behind a subscription address: the account's own meetings, or a unit's it may read. */
export async function calendarFeed(db: Db, token: string, unitId: string | null, publicUrl: string) {
  const owner = await cq.findFeedOwner(db, token);
  if (!owner) throw notFound('route');
  if (unitId) {
    const unit = await cq.findFeedUnit(db, owner.tenant_id, unitId);
    if (!unit || !owner.grants.some((grant) => isWithin(unit.path, grant.path))) throw notFound('unit');
    const rows = await cq.selectUnitFeed(db, owner.tenant_id, unit.id, feedFrom(), feedLimit);
    return buildCalendar(`Lịch họp — ${unit.name}`, rows, await cq.selectSeriesByIds(db, seriesOf(rows)), publicUrl);
  }
  const rows = owner.person_id ? await cq.selectPersonFeed(db, owner.tenant_id, owner.person_id, feedFrom(), feedLimit) : [];
  return buildCalendar(`Lịch họp — ${owner.display_name}`, rows, await cq.selectSeriesByIds(db, seriesOf(rows)), publicUrl);
}

const seriesOf = (rows: cq.FeedRow[]) => [...new Set(rows.flatMap((row) => (row.series_id ? [row.series_id] : [])))];

const feedUrls = (publicUrl: string, token: string) => ({ feedUrl: `${publicUrl}/api/v1/calendar/${token}.ics`, unitFeedUrlTemplate: `${publicUrl}/api/v1/calendar/${token}/units/{unitId}.ics` });

export async function getCalendarToken(ctx: ServiceContext, publicUrl: string) {
  const row = await cq.findToken(ctx.db, ctx.actor.userId);
  return row ? { token: row.token, createdAt: row.created_at.toISOString(), ...feedUrls(publicUrl, row.token) } : { token: null, createdAt: null, feedUrl: null, unitFeedUrlTemplate: null };
}

/** Creates the account's feed token, or replaces it: the old subscription address stops working at once. */
export async function rotateCalendarToken(ctx: ServiceContext, publicUrl: string) {
  const token = randomBytes(24).toString('base64url');
  await ctx.db.transaction().execute(async (tx) => {
    const before = await cq.findToken(tx, ctx.actor.userId);
    await cq.saveToken(tx, { user_id: ctx.actor.userId, tenant_id: ctx.actor.tenantId, token });
    // The token is a secret: the audit log records that it changed, never its value.
    await recordChange(tx, ctx.actor, { action: before ? 'rotate' : 'create', entityType: 'calendar_token', entityId: ctx.actor.userId, unitPath: null, before: before ? { created_at: before.created_at.toISOString() } : null, after: { rotated: true } });
  });
  return getCalendarToken(ctx, publicUrl);
}
