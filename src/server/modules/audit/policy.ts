import type { Permission } from '../../../domain/roles.ts';

/** Admins browse the audit log of their subtree. */
export const auditReadPermission: Permission = 'audit.read';
