import { z } from 'zod';
import { booleanQuery } from '../../http/schemas.ts';

export const notificationQuery = z.object({
  unread: booleanQuery,
  /** The id of the oldest notification already shown: the next page starts below it. */
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  assignmentId: z.string().nullable(),
  meetingId: z.string().nullable(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

export const notificationPage = z.object({ items: z.array(notificationView), hasMore: z.boolean(), unreadCount: z.number() });
