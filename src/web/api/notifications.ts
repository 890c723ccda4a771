import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notificationPage, notificationView } from '../../server/modules/notifications/schemas.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type NotificationItem = z.infer<typeof notificationView>;
export type NotificationPage = z.infer<typeof notificationPage>;

export const notificationKeys = { all: ['notifications'] as const };

/** The bell's list, newest first, and the unread count; refreshed every minute and when the window regains focus. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => api.get<NotificationPage>('/notifications', { limit: 20 }),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useReadNotification() {
  return useInvalidatingMutation((id: string) => api.post<NotificationItem>(`/notifications/${id}/read`), [notificationKeys.all]);
}

export function useReadAllNotifications() {
  return useInvalidatingMutation(() => api.post<{ updated: number }>('/notifications/read-all'), [notificationKeys.all]);
}
