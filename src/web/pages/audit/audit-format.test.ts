import { describe, expect, it } from 'vitest';
import { auditFields, auditLabelKey, auditSubject, auditValue } from './audit-format.ts';

describe('audit values', () => {
  it('recognizes codes with Vietnamese labels', () => {
    expect(auditValue('kind', 'cell')).toEqual({ type: 'enum', group: 'unitKind', value: 'cell' });
    expect(auditValue('party_status', 'probationary')).toEqual({ type: 'enum', group: 'partyStatus', value: 'probationary' });
    expect(auditValue('kind', 'unknown')).toEqual({ type: 'text', text: 'unknown' });
  });

  it('shows dates dd/mm/yyyy, times in Vietnam, yes/no and empties', () => {
    expect(auditValue('started_on', '2021-01-01')).toEqual({ type: 'text', text: '01/01/2021' });
    expect(auditValue('last_login_at', '2026-01-31T18:30:00.000Z')).toEqual({ type: 'text', text: '01/02/2026 01:30' });
    expect(auditValue('is_active', false)).toEqual({ type: 'boolean', value: false });
    expect(auditValue('short_name', null)).toEqual({ type: 'empty' });
    expect(auditValue('display_order', 3)).toEqual({ type: 'text', text: '3' });
  });
});

describe('audit entries', () => {
  const entry = { before: { id: 'u1', name: 'Chi bộ 1', is_active: true }, after: { id: 'u1', name: 'Chi bộ Văn phòng', tenant_id: 't', is_active: true } };

  it('lists the recorded fields with identifiers last', () => {
    expect(auditFields(entry)).toEqual(['name', 'is_active', 'id', 'tenant_id']);
    expect(auditFields({ before: null, after: null })).toEqual([]);
  });

  it('names the subject from the newest values', () => {
    expect(auditSubject(entry)).toBe('Chi bộ Văn phòng');
    expect(auditSubject({ before: { full_name: 'Lê Thị Hoa' }, after: null })).toBe('Lê Thị Hoa');
    expect(auditSubject({ before: null, after: { units: 3 } })).toBe('');
  });

  it('finds labels for known codes only', () => {
    expect(auditLabelKey('actions', 'move')).toBe('audit.actions.move');
    expect(auditLabelKey('entities', 'people_import')).toBe('audit.entities.people_import');
    expect(auditLabelKey('fields', 'nonsense')).toBeNull();
  });
});
