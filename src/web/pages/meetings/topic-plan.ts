import type { TopicAction } from '../../../domain/thematic-workflow.ts';

/** The year's topics under their quarters, 1 to 4, each quarter in planned order. */
export function topicsByQuarter<T extends { quarter: number; plannedOn: string | null; title: string }>(topics: readonly T[]): { quarter: number; topics: T[] }[] {
  return [1, 2, 3, 4].map((quarter) => ({
    quarter,
    topics: topics.filter((topic) => topic.quarter === quarter).sort((a, b) => (a.plannedOn ?? '9999').localeCompare(b.plannedOn ?? '9999') || a.title.localeCompare(b.title, 'vi')),
  }));
}

/** Whether sending today misses the lead time ("gửi trước … ít nhất N ngày"): warned before the click, never refused. */
export const sendingLate = (sendBy: string | null, today: string) => sendBy !== null && today > sendBy;

/** The first and last day of a quarter, for the planned-date picker's hint and check. */
export function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  return { from: `${year}-${String(firstMonth).padStart(2, '0')}-01`, to: `${year}-${String(firstMonth + 2).padStart(2, '0')}-${lastDay}` };
}

/** The workflow buttons in the order of the guidance's steps; the primary one is the step that moves the topic forward. */
export const actionOrder: readonly TopicAction[] = ['decide', 'assign_drafters', 'submit_draft', 'approve_draft', 'return_draft', 'send_to_members', 'record_meeting', 'finalize', 'report'];

export const orderedActions = (actions: readonly TopicAction[]) => actionOrder.filter((action) => actions.includes(action));
