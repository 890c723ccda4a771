import sanitizeHtml from 'sanitize-html';
import { type FollowUpInput, followUpProblems } from '../../../domain/meeting-follow-ups.ts';
import { vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { numberLineOf } from '../documents/views.ts';
import { toAssignmentState } from '../assignments/views.ts';
import { issueConclusionNotice } from './conclusion-notice.ts';
import { loadMeetingToRun, loadReadableMeeting, refOf } from './meetings-service.ts';
import * as mq from './minutes-queries.ts';
import { meetingPolicy } from './policy.ts';
import * as q from './queries.ts';
import { vietnamDate } from './times.ts';

/**
 * Minutes are rich text from the browser's editor: only structure and emphasis survive, links
 * only to web and mail addresses, so stored minutes can be shown as HTML without risk.
 */
export function sanitizeMinutes(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'],
    allowedAttributes: { a: ['href', 'rel', 'target'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
  }).trim();
}

const isBlank = (html: string) => sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim() === '';

const toInput = (row: mq.FollowUpRow): FollowUpInput => ({ text: row.text, unitId: row.unit_id, personId: row.person_id, dueOn: row.due_on });

/**
 * Refuses the actions, all or nothing, when one names no text, a unit outside the meeting's
 * unit (or inactive), a person who is not a member there, or a due date before the meeting:
 * 422 with `errors[].path = body.followUps.<index>.<field>`.
 */
async function requireValidFollowUps(tx: Tx, ctx: ServiceContext, meeting: q.MeetingRecord, items: readonly FollowUpInput[]) {
  const [units, people] = await Promise.all([
    mq.selectUnitsByIds(tx, ctx.actor.tenantId, [...new Set(items.map((item) => item.unitId))]),
    q.selectPeopleByIds(tx, ctx.actor.tenantId, [...new Set(items.flatMap((item) => (item.personId ? [item.personId] : [])))]),
  ]);
  const problems = followUpProblems(items, {
    meetingUnit: { name: meeting.unit_name, path: meeting.unit_path },
    meetingDay: vietnamDate(meeting.starts_at),
    units: new Map(units.map((unit) => [unit.id, { id: unit.id, name: unit.name, path: unit.path, isActive: unit.is_active }])),
    people: new Map(people.map((person) => [person.id, { id: person.id, fullName: person.full_name, isActive: person.is_active, unitPaths: person.unit_paths }])),
  });
  if (problems.length === 0) return;
  const errors = problems.map((problem) => ({ path: `body.followUps.${problem.index}.${problem.field}`, message: problem.message }));
  throw unprocessable('follow_ups_invalid', { count: new Set(problems.map((problem) => problem.index)).size }, errors);
}

async function followUpViews(ctx: ServiceContext, meetingId: string, noticeId: string | null) {
  const [rows, notice] = await Promise.all([mq.selectFollowUps(ctx.db, meetingId), noticeId ? mq.currentNotice(ctx.db, noticeId) : undefined]);
  const assignments = notice ? await mq.selectFollowUpAssignments(ctx.db, meetingId, notice.id) : [];
  const today = vietnamToday();
  // The first lead of each action (rows come by position, then due date).
  const byFollowUp = new Map<string, (typeof assignments)[number]>();
  for (const assignment of assignments) if (!byFollowUp.has(assignment.follow_up_id)) byFollowUp.set(assignment.follow_up_id, assignment);
  const followUps = rows.map((row) => {
    const assigned = byFollowUp.get(row.id);
    return {
      id: row.id,
      text: row.text,
      unit: { id: row.unit_id, name: row.unit_name },
      person: row.person_id ? { id: row.person_id, fullName: row.person_name ?? '' } : null,
      dueOn: row.due_on,
      task: assigned
        ? {
            id: assigned.task_id,
            code: assigned.task_code,
            assignment: assigned.id ? toAssignmentState({ ...assigned, id: assigned.id, status: assigned.status!, percent: assigned.percent!, due_on: assigned.due_on }, today) : null,
          }
        : null,
    };
  });
  return { followUps, notice: notice ? { id: notice.id, numberLine: numberLineOf(notice), title: notice.title, issuedOn: notice.issued_on } : null };
}

export async function getMinutes(ctx: ServiceContext, meetingId: string) {
  const { meeting } = await loadReadableMeeting(ctx, meetingId);
  const minutes = await q.findMinutes(ctx.db, meeting.id);
  const ref = refOf(meeting);
  const approved = minutes?.status === 'approved';
  const { followUps, notice } = await followUpViews(ctx, meeting.id, minutes?.notice_document_id ?? null);
  return {
    meetingId: meeting.id,
    /** The meeting's unit: follow-ups go to it or to units under it. */
    unit: { id: meeting.unit_id, name: meeting.unit_name },
    meetingDay: vietnamDate(meeting.starts_at),
    exists: Boolean(minutes),
    status: minutes?.status ?? 'draft',
    bodyHtml: minutes?.body_html ?? '',
    conclusions: minutes?.conclusions ?? '',
    followUps,
    notice,
    writtenBy: minutes?.written_by_name ?? null,
    approvedBy: minutes?.approved_by_name ?? null,
    approvedAt: minutes?.approved_at?.toISOString() ?? null,
    updatedAt: minutes?.updated_at.toISOString() ?? null,
    allowed: {
      edit: !approved && meeting.status !== 'cancelled' && meetingPolicy.canRun(ctx.actor, ref),
      approve: Boolean(minutes) && !approved && meetingPolicy.canApproveMinutes(ctx.actor, ref),
    },
  };
}

const auditFollowUps = (items: readonly FollowUpInput[]) => items.map((item) => ({ text: item.text.trim(), unit_id: item.unitId, person_id: item.personId, due_on: item.dueOn }));

/** Saves the draft; once approved the minutes are locked and every edit is refused. */
export async function saveMinutes(ctx: ServiceContext, meetingId: string, input: { bodyHtml: string; conclusions?: string; followUps?: FollowUpInput[] }) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await loadMeetingToRun(tx, ctx, meetingId);
    if (meeting.status === 'cancelled') throw conflict('meeting_cancelled');
    const before = await q.lockMinutes(tx, meeting.id);
    if (before?.status === 'approved') throw conflict('minutes_locked');
    if (input.followUps) await requireValidFollowUps(tx, ctx, meeting, input.followUps);
    const previous = (await mq.selectFollowUps(tx, meeting.id)).map(toInput);
    const body = sanitizeMinutes(input.bodyHtml);
    const conclusions = (input.conclusions ?? before?.conclusions ?? '').trim();
    await q.saveMinutes(tx, { meeting_id: meeting.id, tenant_id: ctx.actor.tenantId, body_html: body, conclusions, written_by: ctx.actor.userId });
    if (input.followUps) await mq.replaceFollowUps(tx, ctx.actor.tenantId, meeting.id, input.followUps);
    await recordChange(tx, ctx.actor, {
      action: before ? 'update' : 'create',
      entityType: 'minutes',
      entityId: meeting.id,
      unitPath: meeting.unit_path,
      before: before ? { body_html: before.body_html, conclusions: before.conclusions, follow_ups: auditFollowUps(previous) } : null,
      after: { body_html: body, conclusions, follow_ups: auditFollowUps(input.followUps ?? previous) },
    });
  });
  return getMinutes(ctx, meetingId);
}

/**
 * Approves and locks the minutes. The follow-up actions are checked again (a unit may have
 * moved, a person left) and become the tasks of the unit's conclusions notice, issued in the
 * same transaction, so that approval and the work it hands out stand or fall together.
 */
export async function approveMinutes(ctx: ServiceContext, meetingId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await q.lockMeeting(tx, ctx.actor.tenantId, meetingId);
    if (!meeting) throw notFound('meeting');
    meetingPolicy.approveMinutes(ctx.actor, refOf(meeting));
    const minutes = await q.lockMinutes(tx, meeting.id);
    if (!minutes || isBlank(minutes.body_html)) throw conflict('minutes_empty');
    if (minutes.status === 'approved') throw conflict('minutes_locked');
    const actions = await mq.selectFollowUps(tx, meeting.id);
    await requireValidFollowUps(tx, ctx, meeting, actions.map(toInput));
    const notice = actions.length > 0 ? await issueConclusionNotice(tx, ctx, meeting, minutes.conclusions, actions) : null;
    await q.approveMinutes(tx, meeting.id, ctx.actor.userId, notice?.documentId ?? null);
    await recordChange(tx, ctx.actor, {
      action: 'approve',
      entityType: 'minutes',
      entityId: meeting.id,
      unitPath: meeting.unit_path,
      before: { status: 'draft' },
      after: { status: 'approved', notice_document_id: notice?.documentId ?? null, task_ids: notice?.taskIds ?? [] },
    });
  });
  return getMinutes(ctx, meetingId);
}
