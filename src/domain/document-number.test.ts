import { describe, expect, it } from 'vitest';
import { formatNumberLine, formatSymbol, issuerSymbolOf, nextFreeNumber, parseNumberLine } from './document-number.ts';

describe('registry numbers', () => {
  it('writes the Party form and the state form', () => {
    expect(formatNumberLine({ number: 30, typeCode: 'KH', issuerCode: 'ĐUK' }, 'party')).toBe('Số 30-KH/ĐUK');
    expect(formatNumberLine({ number: 18, typeCode: 'KH', issuerCode: 'CĐVC' }, 'state')).toBe('Số: 18/KH-CĐVC');
    expect(formatSymbol({ number: 1, typeCode: 'CTr', issuerCode: 'BTGTU' }, 'party')).toBe('01-CTr/BTGTU');
    expect(formatSymbol({ number: 120, typeCode: 'HD', issuerCode: 'ĐUK' }, 'party')).toBe('120-HD/ĐUK');
  });

  it('reads back the numbers the seeds write', () => {
    expect(parseNumberLine('Số 30-KH/ĐUK')).toEqual({ number: 30, typeCode: 'KH', issuerCode: 'ĐUK', notation: 'party' });
    expect(parseNumberLine('Số 09 -HD/ĐUK')).toEqual({ number: 9, typeCode: 'HD', issuerCode: 'ĐUK', notation: 'party' });
    expect(parseNumberLine('Số 01-CTr/BTGTU')).toEqual({ number: 1, typeCode: 'CTr', issuerCode: 'BTGTU', notation: 'party' });
    expect(parseNumberLine('Số: 18/KH-CĐVC')).toEqual({ number: 18, typeCode: 'KH', issuerCode: 'CĐVC', notation: 'state' });
    expect(parseNumberLine('59-KH/ĐUK')).toMatchObject({ number: 59, notation: 'party' });
    expect(parseNumberLine('18/KHLT-ĐTN-CĐVC')).toEqual({ number: 18, typeCode: 'KHLT', issuerCode: 'ĐTN-CĐVC', notation: 'state' });
  });

  it('round-trips every formatted number', () => {
    for (const notation of ['party', 'state'] as const) {
      for (const value of [{ number: 5, typeCode: 'QĐi', issuerCode: 'TU' }, { number: 2026, typeCode: 'BC', issuerCode: 'BTG-ĐUK' }]) {
        expect(parseNumberLine(formatNumberLine(value, notation))).toEqual({ ...value, notation });
      }
    }
  });

  it('refuses what is not a number line', () => {
    for (const text of ['', 'Số', 'Kế hoạch 30', '0-KH/ĐUK', '30-kh/ĐUK', '30/KH', 'Số 30-KH/ĐUK ngày 1/2/2022']) expect(parseNumberLine(text)).toBeNull();
  });

  it('offers one past the highest number used, leaving gaps alone', () => {
    expect(nextFreeNumber([])).toBe(1);
    expect(nextFreeNumber([1, 2, 3])).toBe(4);
    expect(nextFreeNumber([30, 2, 17])).toBe(31);
  });
});

describe('issuer symbols', () => {
  it('uses a short name written as a symbol, else the unit code', () => {
    expect(issuerSymbolOf({ short_name: 'ĐUK', code: 'DUK' })).toBe('ĐUK');
    expect(issuerSymbolOf({ short_name: 'Đoàn Khối', code: 'DK' })).toBe('DK');
    expect(issuerSymbolOf({ short_name: null, code: 'SGDDT' })).toBe('SGDDT');
  });
});
