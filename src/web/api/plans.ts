import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createTaskBody, patchTaskBody, taskView } from '../../server/modules/plans/schemas.ts';
import { api } from './client.ts';
import { documentKeys } from './documents.ts';
import { useInvalidatingMutation } from './mutation.ts';

export type Task = z.infer<typeof taskView>;
export type TaskTimeframe = Task['timeframe'];
export type Recurrence = NonNullable<TaskTimeframe['recurrence']>;
export type TaskInput = z.input<typeof createTaskBody>;
export type TaskPatch = z.input<typeof patchTaskBody>;

const taskKeys = {
  all: ['tasks'] as const,
  ofDocument: (documentId: string) => ['tasks', 'document', documentId] as const,
};

/** Tasks change the plan's task count too. */
const afterTaskChange = [taskKeys.all, documentKeys.all];

export function usePlanTasks(documentId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: taskKeys.ofDocument(documentId ?? ''),
    queryFn: () => api.get<Task[]>(`/documents/${documentId}/tasks`),
    enabled: enabled && Boolean(documentId),
  });
}

export function useAddTask() {
  return useInvalidatingMutation(({ documentId, ...input }: TaskInput & { documentId: string }) => api.post<Task>(`/documents/${documentId}/tasks`, input), afterTaskChange);
}

export function useUpdateTask() {
  return useInvalidatingMutation(({ id, ...patch }: TaskPatch & { id: string }) => api.patch<Task>(`/tasks/${id}`, patch), afterTaskChange);
}

export function useDeleteTask() {
  return useInvalidatingMutation((id: string) => api.delete<{ ok: true }>(`/tasks/${id}`), afterTaskChange);
}
