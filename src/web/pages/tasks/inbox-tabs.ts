import type { AssignmentFilter, DueCounts } from '../../api/assignments.ts';

/** The inbox's tabs, in the order a secretary looks at them. */
export const inboxTabs = ['due_soon', 'overdue', 'unacknowledged', 'byPlan', 'all'] as const;
export type InboxTab = (typeof inboxTabs)[number];

export function isInboxTab(value: string | null): value is InboxTab {
  return (inboxTabs as readonly string[]).includes(value ?? '');
}

/** What a tab adds to the list's filter. */
export function tabFilter(tab: InboxTab): Pick<AssignmentFilter, 'dueState' | 'acknowledged'> {
  switch (tab) {
    case 'due_soon':
    case 'overdue':
      return { dueState: tab };
    case 'unacknowledged':
      return { acknowledged: false };
    case 'byPlan':
    case 'all':
      return {};
  }
}

/** The number on a tab; the two unfiltered tabs count every due state. */
export function tabCount(tab: InboxTab, counts: DueCounts): number {
  switch (tab) {
    case 'due_soon':
    case 'overdue':
      return counts[tab];
    case 'unacknowledged':
      return counts.unacknowledged;
    case 'byPlan':
    case 'all':
      return counts.overdue + counts.due_soon + counts.upcoming + counts.undated + counts.done;
  }
}
