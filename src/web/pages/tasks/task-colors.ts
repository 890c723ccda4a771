import type { DueState, ProgressStatus } from '../../../domain/task-status.ts';

/**
 * One colour per due state and per status, shared by the inbox, the board, the timeline and
 * the cascade: red always means overdue, green always means done, and a blocked task
 * ("Vướng mắc") has a colour of its own so it is not mistaken for a late one.
 */
export const dueStateColors: Record<DueState, string> = {
  overdue: '#cf1322',
  due_soon: '#d46b08',
  upcoming: '#1677ff',
  undated: '#8c8c8c',
  done: '#389e0d',
};

export const statusColors: Record<ProgressStatus, string> = {
  not_started: '#8c8c8c',
  in_progress: '#1677ff',
  done: '#389e0d',
  blocked: '#722ed1',
};

/** antd Tag presets, lighter than the solid colours above, for tags next to text. */
export const dueStateTagColors: Record<DueState, string> = {
  overdue: 'error',
  due_soon: 'warning',
  upcoming: 'processing',
  undated: 'default',
  done: 'success',
};

export const statusTagColors: Record<ProgressStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  blocked: 'purple',
};

/** Where attention is needed first: overdue before due soon before the rest. */
const dueStateRank: Record<DueState, number> = { overdue: 0, due_soon: 1, upcoming: 2, undated: 3, done: 4 };

/** The state that needs the most attention among several (e.g. a task's units), or null for none. */
export function mostUrgent(states: Iterable<DueState>): DueState | null {
  let worst: DueState | null = null;
  for (const state of states) if (worst === null || dueStateRank[state] < dueStateRank[worst]) worst = state;
  return worst;
}
