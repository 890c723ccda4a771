import { meetingPath } from '../../../domain/meeting-notices.ts';
import { assignmentPath } from '../../../domain/reminders.ts';
import type { ServiceContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import * as q from './queries.ts';

export { insertNotifications, type NewNotification } from './queries.ts';

/** What the bell shows; `link` is the app page the notification is about. */
export function toNotificationView(row: q.NotificationRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    assignmentId: row.assignment_id,
    meetingId: row.meeting_id,
    link: row.link ?? (row.assignment_id ? assignmentPath(row.assignment_id) : row.meeting_id ? meetingPath(row.meeting_id) : null),
    readAt: row.read_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Notifications belong to one account: every query here is keyed by the caller's own id, so
 * no role reaches anyone else's. Marking them read is personal state, not a change of shared
 * data, and is therefore not written to the audit log.
 */
export async function listNotifications(ctx: ServiceContext, query: { unread?: boolean; before?: string; limit?: number }) {
  const limit = query.limit ?? 20;
  const [rows, unreadCount] = await Promise.all([
    q.selectNotifications(ctx.db, ctx.actor.userId, { unreadOnly: query.unread ?? false, before: query.before, limit: limit + 1 }),
    q.countUnread(ctx.db, ctx.actor.userId),
  ]);
  return { items: rows.slice(0, limit).map(toNotificationView), hasMore: rows.length > limit, unreadCount };
}

export async function readNotification(ctx: ServiceContext, id: string) {
  const row = await ctx.db.transaction().execute((tx) => q.markRead(tx, ctx.actor.userId, id));
  if (!row) throw notFound('notification');
  return toNotificationView(row);
}

export async function readAllNotifications(ctx: ServiceContext) {
  const updated = await ctx.db.transaction().execute((tx) => q.markAllRead(tx, ctx.actor.userId));
  return { updated };
}
