import { describe, expect, it } from 'vitest';
import { permissions, roleAllows, rolePermissions, roles, rolesAllowing } from './roles.ts';

describe('role matrix', () => {
  it('admin may do everything staff may, and manage units, people, accounts and read the audit log', () => {
    for (const permission of rolePermissions.staff) expect(roleAllows('admin', permission)).toBe(true);
    for (const permission of ['unit.manage', 'person.manage', 'account.manage', 'audit.read'] as const) {
      expect(roleAllows('admin', permission)).toBe(true);
      expect(rolesAllowing(permission)).toEqual(['admin']);
    }
  });
  it('only leaders issue documents and approve reports', () => {
    expect(rolesAllowing('document.issue')).toEqual(['leader']);
    expect(rolesAllowing('report.approve')).toEqual(['leader']);
  });
  it('viewers and members only read', () => {
    expect(rolePermissions.viewer).toEqual(['unit.read', 'person.read']);
    expect(roleAllows('member', 'person.read')).toBe(false);
  });
  it('every role reads units and every permission belongs to some role', () => {
    for (const role of roles) expect(roleAllows(role, 'unit.read')).toBe(true);
    for (const permission of permissions) expect(rolesAllowing(permission).length).toBeGreaterThan(0);
  });
});
