import { z } from 'zod';
import { assignmentItem } from '../assignments/schemas.ts';

const page = {
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
};

export const pageQuery = z.object(page);

export const overdueQuery = z.object({ unitId: z.uuid({ error: 'Chọn đơn vị.' }), state: z.enum(['overdue', 'due_soon']).optional(), ...page });

/** A row of the đôn đốc list: the inbox row, and when the unit was last reminded. */
export const overdueItem = assignmentItem.extend({ lastReminderAt: z.string().nullable(), remindedToday: z.boolean() });

export const overduePage = z.object({
  items: z.array(overdueItem),
  hasMore: z.boolean(),
  counts: z.object({ overdue: z.number(), dueSoon: z.number() }).describe('Each counted up to 1000; 1001 means "more than 1000".'),
});

export const remindResult = z.object({ sent: z.literal(true), recipients: z.number() });

export const outboxItem = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const outboxPage = z.object({ items: z.array(outboxItem), hasMore: z.boolean() });
