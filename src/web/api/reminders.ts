import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { outboxItem, outboxPage, overdueItem, overduePage, overdueQuery, remindResult } from '../../server/modules/reminders/schemas.ts';
import { assignmentKeys } from './assignments.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type OverdueItem = z.infer<typeof overdueItem>;
export type OverduePage = z.infer<typeof overduePage>;
export type OverdueFilter = z.infer<typeof overdueQuery>;
export type RemindResult = z.infer<typeof remindResult>;
export type OutboxItem = z.infer<typeof outboxItem>;
export type OutboxPage = z.infer<typeof outboxPage>;

const reminderKeys = {
  allOverdue: ['overdue'] as const,
  allOutbox: ['outbox'] as const,
  overdue: (filter: OverdueFilter) => ['overdue', filter] as const,
  outbox: (page: { limit: number; offset: number }) => ['outbox', page] as const,
};

/** The đôn đốc list of a unit's subtree, a page at a time. */
export function useOverdue(filter: OverdueFilter, enabled = true) {
  return useQuery({ queryKey: reminderKeys.overdue(filter), queryFn: () => api.get<OverduePage>('/overdue', { ...filter }), placeholderData: keepPreviousData, enabled });
}

/** "Nhắc": the list shows the new reminder, and the task pages their last reminder. */
export function useRemind() {
  return useInvalidatingMutation((assignmentId: string) => api.post<RemindResult>(`/assignments/${assignmentId}/remind`), [reminderKeys.allOverdue, assignmentKeys.all, reminderKeys.allOutbox]);
}

export function useOutbox(page: { limit: number; offset: number }) {
  return useQuery({ queryKey: reminderKeys.outbox(page), queryFn: () => api.get<OutboxPage>('/outbox', page), placeholderData: keepPreviousData });
}
