import type { Permission } from '../../domain/roles.ts';
import type { Grant } from '../api/types.ts';
import { mayAnywhere } from './permissions.ts';

/** The side menu: each page with the permission a user needs somewhere to see it. */
export const navItems = [
  // First: a unit's tasks are where most people start their day (a cell secretary above all).
  { path: '/tasks', label: 'nav.tasks', permission: 'unit.read' },
  // Issue 7: a cell's duties of the month (those who report for a unit), and the targets and their
  // compliance matrix (the home screen of a committee or base organization; not for plain members).
  { path: '/home', label: 'nav.home', permission: 'task.report' },
  { path: '/compliance', label: 'nav.compliance', permission: 'person.read' },
  { path: '/targets', label: 'nav.targets', permission: 'person.read' },
  { path: '/units', label: 'nav.units', permission: 'unit.read' },
  { path: '/documents', label: 'nav.documents', permission: 'unit.read' },
  { path: '/documents/import', label: 'nav.planImport', permission: 'document.draft' },
  { path: '/meetings', label: 'nav.meetings', permission: 'unit.read' },
  { path: '/meetings/topics', label: 'nav.topics', permission: 'unit.read' },
  // The higher committee's inbox: for those who collect reports or sign them.
  { path: '/meetings/topic-reports', label: 'nav.topicReports', permission: ['report.collect', 'report.approve'] },
  { path: '/meetings/compliance', label: 'nav.meetingCompliance', permission: 'person.read' },
  // Periodic reporting: those who fill reports, and those above who collect, approve, roll up and review them.
  { path: '/reports', label: 'nav.reports', permission: ['report.submit', 'report.collect', 'report.approve'] },
  { path: '/reports/received', label: 'nav.receivedReports', permission: ['report.collect', 'report.approve'] },
  { path: '/reports/rollup', label: 'nav.reportRollup', permission: ['report.submit', 'report.collect', 'report.approve'] },
  { path: '/reports/reviews', label: 'nav.reviews', permission: ['report.collect', 'report.approve'] },
  { path: '/reports/templates', label: 'nav.reportTemplates', permission: 'report.template' },
  // Đôn đốc: for those who hand out work (staff) or sign it (leaders).
  { path: '/reminders', label: 'nav.reminders', permission: ['task.assign', 'document.issue'] },
  { path: '/people', label: 'nav.people', permission: 'person.read' },
  { path: '/people/import', label: 'nav.import', permission: 'person.manage' },
  { path: '/accounts', label: 'nav.accounts', permission: 'account.manage' },
  { path: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { path: '/outbox', label: 'nav.outbox', permission: 'account.manage' },
] as const satisfies readonly { path: string; label: `nav.${string}`; permission: Permission | readonly Permission[] }[];

export type NavItem = (typeof navItems)[number];

export function visibleNavItems(grants: readonly Grant[]): NavItem[] {
  return navItems.filter((item) => mayAnywhere(grants, item.permission));
}

/** The menu entry of a location: the longest path it starts with. */
export function activeNavPath(pathname: string): string | undefined {
  return navItems
    .map((item) => item.path as string)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The first page the user may see, where signing in lands. */
export function homePath(grants: readonly Grant[]): string {
  return visibleNavItems(grants)[0]?.path ?? '/units';
}
