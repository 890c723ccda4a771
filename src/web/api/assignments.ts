import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { fileView } from '../../server/modules/documents/schemas.ts';
import type {
  assignmentDetail,
  assignmentItem,
  boardView,
  CascadeNodeView,
  cascadeView,
  inboxPage,
  inboxQuery,
  progressBody,
  progressReportView,
} from '../../server/modules/assignments/schemas.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';
import { networkError, problemFrom } from './problem.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type FileView = z.infer<typeof fileView>;
export type AssignmentItem = z.infer<typeof assignmentItem>;
export type AssignmentDetail = z.infer<typeof assignmentDetail>;
export type AssignmentPage = z.infer<typeof inboxPage>;
export type DueCounts = AssignmentPage['counts'];
export type ProgressReport = z.infer<typeof progressReportView>;
export type ProgressInput = z.input<typeof progressBody>;
export type Board = z.infer<typeof boardView>;
export type BoardTask = Board['tasks'][number];
export type BoardUnit = BoardTask['units'][number];
/** Where an assignment stands: what every view of one carries. */
export type AssignmentState = BoardUnit['assignments'][number];
export type Figure = BoardTask['figure'];
export type Cascade = z.infer<typeof cascadeView>;
export type CascadeNode = CascadeNodeView;
export type CascadeAssignment = CascadeNode['assignments'][number];
export type PendingUnit = Cascade['pending']['notAcknowledged'][number];

/** The inbox's filters (the page comes from useAssignments). */
export type AssignmentFilter = Omit<z.infer<typeof inboxQuery>, 'limit' | 'offset'>;

const pageSize = 30;

export const assignmentKeys = {
  all: ['assignments'] as const,
  list: (filter: AssignmentFilter) => ['assignments', 'list', filter] as const,
  detail: (id: string) => ['assignments', 'detail', id] as const,
  board: (documentId: string) => ['assignments', 'board', documentId] as const,
  cascade: (taskId: string) => ['assignments', 'cascade', taskId] as const,
};

/** The inbox, a page at a time ("Xem thêm"); the counts for the tabs come with every page. */
export function useAssignments(filter: AssignmentFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: assignmentKeys.list(filter),
    queryFn: ({ pageParam }) => api.get<AssignmentPage>('/assignments', { ...filter, limit: pageSize, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (page, pages) => (page.hasMore ? pages.length * pageSize : undefined),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAssignment(id: string | undefined) {
  return useQuery({ queryKey: assignmentKeys.detail(id ?? ''), queryFn: () => api.get<AssignmentDetail>(`/assignments/${id}`), enabled: Boolean(id) });
}

export function useBoard(documentId: string | undefined) {
  return useQuery({ queryKey: assignmentKeys.board(documentId ?? ''), queryFn: () => api.get<Board>(`/documents/${documentId}/board`), enabled: Boolean(documentId) });
}

export function useCascade(taskId: string | undefined) {
  return useQuery({ queryKey: assignmentKeys.cascade(taskId ?? ''), queryFn: () => api.get<Cascade>(`/tasks/${taskId}/cascade`), enabled: Boolean(taskId) });
}

/** Progress changes the inbox, the boards and the cascades alike: they all share the first key. */
export function useAcknowledge() {
  return useInvalidatingMutation((id: string) => api.post<AssignmentItem>(`/assignments/${id}/acknowledge`), [assignmentKeys.all]);
}

/**
 * A progress report and its evidence files: the report first, then each file attached to it.
 * A refused file does not undo the saved report: it is answered in `failedFiles`, so the form
 * can close instead of inviting a second, duplicate report.
 */
export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input, files }: { id: string; input: ProgressInput; files: readonly File[] }) => {
      const report = await api.post<ProgressReport>(`/assignments/${id}/progress`, input);
      const failedFiles: { file: File; error: unknown }[] = [];
      for (const file of files) {
        const form = new FormData();
        form.append('file', file, file.name);
        await api.upload<FileView>(`/progress-reports/${report.id}/files`, form).catch((error: unknown) => failedFiles.push({ file, error }));
      }
      await queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
      return { report, failedFiles };
    },
  });
}

/** Turns a higher task into a draft plan of the unit; answers the new plan. */
export function useImplementTask() {
  return useInvalidatingMutation(
    ({ taskId, unitId }: { taskId: string; unitId: string }) => api.post<{ id: string }>(`/tasks/${taskId}/implement`, { unitId }),
    [assignmentKeys.all, ['documents']],
  );
}

/** The plan's task table as an .xlsx file (the session cookie goes along as for any request). */
export async function fetchTasksWorkbook(documentId: string, language: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/documents/${documentId}/tasks.xlsx`, { credentials: 'same-origin', headers: { 'accept-language': language } });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw problemFrom(response.status, await response.json().catch(() => null));
  return response.blob();
}
