/**
 * Who may do what. A role is granted to an account in a unit and applies to the unit's
 * whole subtree (DESIGN.md, "Roles"); README.md shows this table to people.
 */
export const roles = ['admin', 'leader', 'staff', 'secretary', 'member', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'unit.read',
  'unit.manage',
  'person.read',
  'person.manage',
  'account.manage',
  'audit.read',
  'document.draft',
  'document.issue',
  'task.assign',
  'task.report',
  'report.submit',
  'report.collect',
  'report.approve',
  'report.template',
  'meeting.organize',
  'meeting.attend',
  'minutes.approve',
  'target.manage',
] as const;
export type Permission = (typeof permissions)[number];

const staffPermissions: Permission[] = [
  'unit.read',
  'person.read',
  'document.draft',
  'task.assign',
  'task.report',
  'report.submit',
  'report.collect',
  'report.template',
  'meeting.organize',
  'meeting.attend',
  'target.manage',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...staffPermissions, 'unit.manage', 'person.manage', 'account.manage', 'audit.read'],
  leader: ['unit.read', 'person.read', 'document.draft', 'document.issue', 'report.approve', 'report.template', 'minutes.approve', 'meeting.attend', 'target.manage'],
  staff: staffPermissions,
  secretary: ['unit.read', 'person.read', 'task.report', 'report.submit', 'meeting.organize', 'meeting.attend', 'minutes.approve', 'document.draft'],
  member: ['unit.read', 'meeting.attend'],
  viewer: ['unit.read', 'person.read'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function rolesAllowing(permission: Permission): Role[] {
  return roles.filter((role) => roleAllows(role, permission));
}
