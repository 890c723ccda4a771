import { describe, expect, it } from 'vitest';
import { formatMessage, localeFromHeader } from './messages.ts';

describe('error messages', () => {
  it('fills placeholders and entity names per language', () => {
    expect(formatMessage('not_found', 'vi', { entity: 'unit' })).toBe('Không tìm thấy đơn vị.');
    expect(formatMessage('not_found', 'en', { entity: 'unit' })).toBe('Unit not found.');
    expect(formatMessage('unit_code_taken', 'vi', { code: 'DUK' })).toContain('"DUK"');
  });
  it('prefers Vietnamese unless English ranks higher', () => {
    expect(localeFromHeader(undefined)).toBe('vi');
    expect(localeFromHeader('en-US,en;q=0.9')).toBe('en');
    expect(localeFromHeader('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(localeFromHeader('fr-FR,en;q=0.5,vi;q=0.9')).toBe('vi');
    expect(localeFromHeader('de')).toBe('vi');
  });
});
