import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { timeframeParts } from './timeframe-text.ts';

const translator = async (language: 'vi' | 'en') => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng: language, interpolation: { escapeValue: false } });
  return instance.t;
};

const empty = { text: null, start: null, end: null, deadline: null, peaks: [], recurrence: null };

describe('timeframe text', () => {
  it('says nothing about a task without a timeframe', async () => {
    expect(timeframeParts(empty, await translator('vi'))).toEqual([]);
  });

  it('keeps the document’s words and adds the dates in dd/mm/yyyy', async () => {
    const t = await translator('vi');
    expect(timeframeParts({ ...empty, text: 'Cả năm 2026', start: '2026-01-01', end: '2026-12-31' }, t)).toEqual(['Cả năm 2026', '01/01/2026 – 31/12/2026']);
    expect(timeframeParts({ ...empty, start: '2026-07-01' }, t)).toEqual(['từ 01/07/2026']);
    expect(timeframeParts({ ...empty, end: '2026-06-30' }, t)).toEqual(['đến 30/06/2026']);
  });

  it('names the deadline, the peak periods and the recurrence in Vietnamese', async () => {
    const t = await translator('vi');
    const timeframe = { ...empty, deadline: '2018-04-13', peaks: [{ start: '2018-04-01', end: '2018-09-30' }], recurrence: 'quarterly' as const };
    expect(timeframeParts(timeframe, t)).toEqual(['hạn chót 13/04/2018', 'cao điểm 01/04/2018 – 30/09/2018', 'hàng quý']);
    expect(timeframeParts({ ...empty, recurrence: 'half_yearly' }, t)).toEqual(['6 tháng một lần']);
  });

  it('does not repeat a recurrence the document already words', async () => {
    const t = await translator('vi');
    expect(timeframeParts({ ...empty, text: 'Báo cáo Hàng quý', recurrence: 'quarterly' }, t)).toEqual(['Báo cáo Hàng quý']);
    expect(timeframeParts({ ...empty, text: 'Hàng quý', recurrence: 'monthly' }, t)).toEqual(['Hàng quý', 'hàng tháng']);
  });

  it('speaks English when the interface does', async () => {
    const t = await translator('en');
    expect(timeframeParts({ ...empty, deadline: '2026-03-31', recurrence: 'yearly' }, t)).toEqual(['due 31/03/2026', 'yearly']);
  });
});
