import type { AuditEntry } from '../../api/types.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { vi } from '../../i18n/vi.ts';

/** Fields whose values are codes with a label in `enums` of the translations. */
const enumFields = {
  kind: 'unitKind',
  department_function: 'departmentFunction',
  association_type: 'associationType',
  party_status: 'partyStatus',
  position: 'position',
  gender: 'gender',
  role: 'role',
  end_reason: 'endReason',
} as const;

export type EnumGroup = (typeof enumFields)[keyof typeof enumFields];

/** How to show one recorded value: a translated code, yes/no, or plain text. */
export type AuditValue = { type: 'empty' } | { type: 'boolean'; value: boolean } | { type: 'enum'; group: EnumGroup; value: string } | { type: 'text'; text: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function auditValue(field: string, value: unknown): AuditValue {
  if (value === null || value === undefined || value === '') return { type: 'empty' };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'string') {
    const group = enumFields[field as keyof typeof enumFields];
    if (group && value in vi.enums[group]) return { type: 'enum', group, value };
    if (isoDate.test(value)) return { type: 'text', text: formatDate(value) };
    if (isoTimestamp.test(value)) return { type: 'text', text: formatDateTime(value) };
    return { type: 'text', text: value };
  }
  if (typeof value === 'object') return { type: 'text', text: JSON.stringify(value) };
  return { type: 'text', text: String(value) };
}

const technicalFields = new Set(['id', 'tenant_id', 'unit_path']);

/** The fields an entry recorded, meaningful ones first and identifiers last. */
export function auditFields(entry: Pick<AuditEntry, 'before' | 'after'>): string[] {
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return [...fields.filter((field) => !technicalFields.has(field)), ...fields.filter((field) => technicalFields.has(field))];
}

/** A short name for what the entry is about (a unit's or person's name, a login, a file). */
export function auditSubject(entry: Pick<AuditEntry, 'before' | 'after'>): string {
  for (const record of [entry.after, entry.before]) {
    for (const key of ['name', 'full_name', 'display_name', 'login', 'filename']) {
      const value = record?.[key];
      if (typeof value === 'string' && value) return value;
    }
  }
  return '';
}

/** The translation key for a code of the log, when there is one. */
export function auditLabelKey(group: 'actions' | 'entities' | 'fields', code: string): string | null {
  return code in vi.audit[group] ? `audit.${group}.${code}` : null;
}
