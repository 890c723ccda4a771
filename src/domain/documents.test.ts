import { describe, expect, it } from 'vitest';
import { isEditable, kindOfType, readCapacityLine } from './documents.ts';

describe('documents', () => {
  it('splits capacity lines as the seeds write them', () => {
    expect(readCapacityLine('T/M ĐẢNG ỦY')).toEqual({ capacity: 'T/M', onBehalfOf: 'ĐẢNG ỦY' });
    expect(readCapacityLine('KT. TRƯỞNG BAN')).toEqual({ capacity: 'K/T', onBehalfOf: 'TRƯỞNG BAN' });
    expect(readCapacityLine('TL BAN THƯỜNG VỤ')).toEqual({ capacity: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ' });
    expect(readCapacityLine('TRƯỞNG BAN')).toEqual({ capacity: null, onBehalfOf: 'TRƯỞNG BAN' });
    expect(readCapacityLine(null)).toEqual({ capacity: null, onBehalfOf: null });
  });

  it('knows plan kinds from type codes and that only drafts change', () => {
    expect(kindOfType('KH')).toBe('plan');
    expect(kindOfType('HD')).toBe('guidance');
    expect(kindOfType('CTr')).toBe('program');
    expect(kindOfType('NQ')).toBe('other');
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('issued')).toBe(false);
    expect(isEditable('superseded')).toBe(false);
  });
});
