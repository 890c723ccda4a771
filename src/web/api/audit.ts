import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { AuditFilter, AuditPage } from './types.ts';

const pageSize = 50;

/** Newest first; each "Xem thêm" fetches the page after the last cursor. */
export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) => api.get<AuditPage>('/audit', { ...filter, cursor: pageParam, limit: pageSize }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
