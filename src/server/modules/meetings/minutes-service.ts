import sanitizeHtml from 'sanitize-html';
import type { ServiceContext } from '../../context.ts';
import type { FollowUp } from '../../db/schema.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { loadMeetingToRun, loadReadableMeeting, refOf } from './meetings-service.ts';
import { meetingPolicy } from './policy.ts';
import * as q from './queries.ts';

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

export async function getMinutes(ctx: ServiceContext, meetingId: string) {
  const { meeting } = await loadReadableMeeting(ctx, meetingId);
  const minutes = await q.findMinutes(ctx.db, meeting.id);
  const ref = refOf(meeting);
  const approved = minutes?.status === 'approved';
  return {
    meetingId: meeting.id,
    exists: Boolean(minutes),
    status: minutes?.status ?? 'draft',
    bodyHtml: minutes?.body_html ?? '',
    conclusions: minutes?.conclusions ?? '',
    followUps: (minutes?.follow_ups ?? []) as FollowUp[],
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

/** Saves the draft; once approved the minutes are locked and every edit is refused. */
export async function saveMinutes(ctx: ServiceContext, meetingId: string, input: { bodyHtml: string; conclusions?: string; followUps?: FollowUp[] }) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await loadMeetingToRun(tx, ctx, meetingId);
    if (meeting.status === 'cancelled') throw conflict('meeting_cancelled');
    const before = await q.lockMinutes(tx, meeting.id);
    if (before?.status === 'approved') throw conflict('minutes_locked');
    const body = sanitizeMinutes(input.bodyHtml);
    const conclusions = (input.conclusions ?? before?.conclusions ?? '').trim();
    const followUps = input.followUps ?? ((before?.follow_ups ?? []) as FollowUp[]);
    await q.saveMinutes(tx, { meeting_id: meeting.id, tenant_id: ctx.actor.tenantId, body_html: body, conclusions, follow_ups: JSON.stringify(followUps), written_by: ctx.actor.userId });
    await recordChange(tx, ctx.actor, {
      action: before ? 'update' : 'create',
      entityType: 'minutes',
      entityId: meeting.id,
      unitPath: meeting.unit_path,
      before: before ? { body_html: before.body_html, conclusions: before.conclusions, follow_ups: before.follow_ups } : null,
      after: { body_html: body, conclusions, follow_ups: followUps },
    });
  });
  return getMinutes(ctx, meetingId);
}

export async function approveMinutes(ctx: ServiceContext, meetingId: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await q.lockMeeting(tx, ctx.actor.tenantId, meetingId);
    if (!meeting) throw notFound('meeting');
    meetingPolicy.approveMinutes(ctx.actor, refOf(meeting));
    const minutes = await q.lockMinutes(tx, meeting.id);
    if (!minutes || isBlank(minutes.body_html)) throw conflict('minutes_empty');
    if (minutes.status === 'approved') throw conflict('minutes_locked');
    await q.approveMinutes(tx, meeting.id, ctx.actor.userId);
    await recordChange(tx, ctx.actor, { action: 'approve', entityType: 'minutes', entityId: meeting.id, unitPath: meeting.unit_path, before: { status: 'draft' }, after: { status: 'approved' } });
  });
  return getMinutes(ctx, meetingId);
}
