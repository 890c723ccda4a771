import { describe, expect, it } from 'vitest';
import { auditDiff } from './audit-diff.ts';

describe('auditDiff', () => {
  it('keeps only changed fields', () => {
    const diff = auditDiff({ id: '1', name: 'A', code: 'X', updated_at: new Date(1) }, { id: '1', name: 'B', code: 'X', updated_at: new Date(2) });
    expect(diff).toEqual({ before: { name: 'A' }, after: { name: 'B' } });
  });
  it('keeps the whole row on creation, without secrets', () => {
    expect(auditDiff(null, { id: '1', login: 'a', password_hash: 'h' })).toEqual({ before: null, after: { id: '1', login: 'a' } });
  });
  it('compares dates and nested values by content', () => {
    expect(auditDiff({ at: new Date(5), tags: ['a'] }, { at: new Date(5), tags: ['a'] })).toEqual({ before: {}, after: {} });
  });
});
