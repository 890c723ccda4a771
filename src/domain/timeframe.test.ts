import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  expandTimeframe,
  findTimeframe,
  foldPreservingOffsets,
  isEmptyTimeframe,
  parseTimeframe,
  type Timeframe,
} from './timeframe.ts';

const y2018 = { year: 2018 };

function dates(timeframe: Timeframe) {
  const { start, end, deadline, peaks, recurrence } = timeframe;
  return { start, end, deadline, peaks, recurrence };
}

describe('parseTimeframe: periods', () => {
  it.each([
    ['Cả năm 2018', '2018-01-01', '2018-12-31'],
    ['quý III/2018', '2018-07-01', '2018-09-30'],
    ['Quý III/2018', '2018-07-01', '2018-09-30'],
    ['Quý 4 năm 2018', '2018-10-01', '2018-12-31'],
    ['6 tháng cuối năm 2018', '2018-07-01', '2018-12-31'],
    ['06 tháng cuối năm 2018', '2018-07-01', '2018-12-31'],
    ['6 tháng đầu năm 2019', '2019-01-01', '2019-06-30'],
    ['tháng 3/2018', '2018-03-01', '2018-03-31'],
    ['tháng 2 năm 2020', '2020-02-01', '2020-02-29'],
    ['ngày 26 tháng 3 năm 2018', '2018-03-26', '2018-03-26'],
    ['22/3/2022', '2022-03-22', '2022-03-22'],
    ['năm 2021', '2021-01-01', '2021-12-31'],
    ['từ ngày 01/3/2018 đến ngày 30/6/2018', '2018-03-01', '2018-06-30'],
    ['từ tháng 4 đến hết tháng 9 năm 2018', '2018-04-01', '2018-09-30'],
  ])('%s', (text, start, end) => {
    const timeframe = parseTimeframe(text);
    expect(timeframe).toMatchObject({ text, start, end, deadline: null, recurrence: null, peaks: [] });
  });

  it('takes the plan year where the phrase omits it', () => {
    expect(dates(parseTimeframe('6 tháng đầu năm', y2018))).toMatchObject({ start: '2018-01-01', end: '2018-06-30' });
    expect(dates(parseTimeframe('quý II', y2018))).toMatchObject({ start: '2018-04-01', end: '2018-06-30' });
    expect(dates(parseTimeframe('Cả năm', y2018))).toMatchObject({ start: '2018-01-01', end: '2018-12-31' });
    expect(dates(parseTimeframe('tháng 5', y2018))).toMatchObject({ start: '2018-05-01', end: '2018-05-31' });
    expect(dates(parseTimeframe('6 tháng đầu năm'))).toMatchObject({ start: null, end: null });
  });

  it('keeps the phrase as text without its final stop', () => {
    expect(parseTimeframe('  Cả năm 2018.  ').text).toBe('Cả năm 2018');
    expect(parseTimeframe('   ').text).toBeNull();
  });
});

describe('parseTimeframe: peaks', () => {
  it('reads a peak range beside the whole year', () => {
    expect(dates(parseTimeframe('Cả năm 2018. Cao điểm từ tháng 4/2018 đến tháng 9/2018.'))).toEqual({
      start: '2018-01-01',
      end: '2018-12-31',
      deadline: null,
      peaks: [{ start: '2018-04-01', end: '2018-09-30' }],
      recurrence: null,
    });
  });

  it('gives one peak per listed month', () => {
    expect(parseTimeframe('Cả năm 2018. Tập trung cao điểm vào tháng 3,5,7/2018.').peaks).toEqual([
      { start: '2018-03-01', end: '2018-03-31' },
      { start: '2018-05-01', end: '2018-05-31' },
      { start: '2018-07-01', end: '2018-07-31' },
    ]);
  });

  it('spans the peaks when nothing else is said', () => {
    expect(dates(parseTimeframe('Cao điểm từ tháng 4/2018 đến tháng 9/2018'))).toMatchObject({
      start: '2018-04-01',
      end: '2018-09-30',
      peaks: [{ start: '2018-04-01', end: '2018-09-30' }],
    });
  });
});

describe('parseTimeframe: deadlines', () => {
  it.each([
    'trước ngày 13/4/2018',
    'chậm nhất trước ngày 13/4/2018',
    'chậm nhất ngày 13/4/2018',
    'thời gian hoàn thành chậm nhất trước ngày 13/4/2018',
    'chậm nhất vào ngày 13 tháng 4 năm 2018',
  ])('%s sets deadline and end', (text) => {
    expect(dates(parseTimeframe(text))).toMatchObject({ start: null, end: '2018-04-13', deadline: '2018-04-13' });
  });

  it('reads a deadline without year in the plan year', () => {
    expect(parseTimeframe('trước ngày 15/12', y2018).deadline).toBe('2018-12-15');
  });

  it('keeps the start of a period that the deadline cuts', () => {
    expect(dates(parseTimeframe('Cả năm 2018, chậm nhất trước ngày 13/4/2018'))).toMatchObject({
      start: '2018-01-01',
      end: '2018-04-13',
      deadline: '2018-04-13',
    });
  });

  it('reads "trước tháng M" as the day before that month', () => {
    expect(parseTimeframe('chậm nhất trước tháng 6/2018').deadline).toBe('2018-05-31');
  });

  it('reads "hoàn thành vào năm 2025" as the end of that year', () => {
    expect(parseTimeframe('phấn đấu hoàn thành vào năm 2025').deadline).toBe('2025-12-31');
  });
});

describe('parseTimeframe: recurrences', () => {
  it.each([
    ['hàng quý', 'quarterly'],
    ['định kỳ hàng quý', 'quarterly'],
    ['01 lần/01 quý', 'quarterly'],
    ['1 lần/quý', 'quarterly'],
    ['hằng quý', 'quarterly'],
    ['định kỳ 6 tháng', 'half_yearly'],
    ['6 tháng một lần', 'half_yearly'],
    ['hàng tháng', 'monthly'],
    ['định kỳ hàng tháng', 'monthly'],
    ['hàng năm', 'yearly'],
    ['định kỳ hàng năm', 'yearly'],
    ['Hằng năm', 'yearly'],
  ] as const)('%s → %s', (text, recurrence) => {
    expect(parseTimeframe(text).recurrence).toBe(recurrence);
  });

  it('spans the plan year for a bare recurrence', () => {
    expect(dates(parseTimeframe('hàng quý', { year: 2026 }))).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-31',
      recurrence: 'quarterly',
    });
    expect(dates(parseTimeframe('hàng quý'))).toMatchObject({ start: null, end: null, recurrence: 'quarterly' });
    expect(dates(parseTimeframe('hàng quý', { year: 2026, spanYearForRecurrence: false }))).toMatchObject({
      start: null,
      end: null,
      recurrence: 'quarterly',
    });
  });

  it('recurs from the start of the plan year up to a deadline', () => {
    expect(dates(parseTimeframe('báo cáo hàng quý, chậm nhất ngày 15/12/2026', { year: 2026 }))).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-15',
      deadline: '2026-12-15',
      recurrence: 'quarterly',
    });
  });

  it('keeps the first recurrence in reading order', () => {
    expect(parseTimeframe('hàng năm, 6 tháng, quý, tháng; định kỳ hàng quý').recurrence).toBe('yearly');
  });

  it('does not read "quy định" or "quy chế" as quarters', () => {
    expect(isEmptyTimeframe(parseTimeframe('theo quy định, quy chế'))).toBe(true);
  });
});

describe('findTimeframe: free text', () => {
  it('ignores citation dates and bare years', () => {
    const text = 'Thực hiện Kế hoạch số 59-KH/ĐUK ngày 22/3/2022 và Chỉ thị 12-CT/TW ngày 05 tháng 4 năm 2017, chủ đề năm 2018';
    const found = findTimeframe(text, y2018);
    expect(isEmptyTimeframe(found)).toBe(true);
    expect(found.text).toBeNull();
  });

  it('does not read a citation date as a month', () => {
    expect(isEmptyTimeframe(findTimeframe('Quy định số 08-QĐi/TW ngày 25 tháng 10 năm 2018 của Ban Chấp hành'))).toBe(true);
  });

  it('reads recurrences and lists the phrases it used', () => {
    const found = findTimeframe('Ban Thường vụ thực hiện báo cáo dư luận xã hội hàng quý và họp định kỳ.', y2018);
    expect(found).toMatchObject({ text: 'hàng quý', recurrence: 'quarterly', start: '2018-01-01', end: '2018-12-31' });
  });

  it('joins several quarter mentions into one span', () => {
    const found = findTimeframe(
      'Hàng quý, tổ chức hội nghị (Đoàn Khối phụ trách tổ chức Hội nghị trong quý III/2018, Công đoàn phụ trách tổ chức Hội nghị trong quý IV/2018).',
      y2018,
    );
    expect(dates(found)).toEqual({
      start: '2018-07-01',
      end: '2018-12-31',
      deadline: null,
      peaks: [],
      recurrence: 'quarterly',
    });
    expect(found.text).toBe('Hàng quý; quý III/2018; quý IV/2018');
  });

  it('finds a deadline inside a sentence', () => {
    const found = findTimeframe('các đoàn thể cơ sở chủ động xây dựng kế hoạch liên tịch, thời gian hoàn thành chậm nhất trước ngày 13/4/2018.');
    expect(found).toMatchObject({ text: 'chậm nhất trước ngày 13/4/2018', deadline: '2018-04-13', end: '2018-04-13' });
  });

  it('reads "trong năm 2018" but not "năm 2018" alone', () => {
    expect(findTimeframe('tổ chức ít nhất 01 lớp trong năm 2018').start).toBe('2018-01-01');
    expect(findTimeframe('công trình thi đua yêu nước năm 2018').start).toBeNull();
  });

  it('does not read "6 tháng, quý" lists or document numbers as periods', () => {
    expect(findTimeframe('Nghị quyết 54/2017/QH14 của Quốc hội').text).toBeNull();
  });
});

describe('expandTimeframe', () => {
  it('expands a quarterly task into four quarters due at quarter ends', () => {
    const instances = expandTimeframe(parseTimeframe('hàng quý', { year: 2026 }));
    expect(instances).toEqual([
      { period: '2026-Q1', start: '2026-01-01', end: '2026-03-31', due: '2026-03-31' },
      { period: '2026-Q2', start: '2026-04-01', end: '2026-06-30', due: '2026-06-30' },
      { period: '2026-Q3', start: '2026-07-01', end: '2026-09-30', due: '2026-09-30' },
      { period: '2026-Q4', start: '2026-10-01', end: '2026-12-31', due: '2026-12-31' },
    ]);
  });

  it('clips instances to the timeframe', () => {
    const timeframe = { ...parseTimeframe('6 tháng cuối năm 2018'), recurrence: 'monthly' as const };
    const instances = expandTimeframe(timeframe);
    expect(instances.map((instance) => instance.period)).toEqual([
      '2018-07', '2018-08', '2018-09', '2018-10', '2018-11', '2018-12',
    ]);
  });

  it('gives one occurrence for a one-off timeframe and none without dates', () => {
    expect(expandTimeframe(parseTimeframe('chậm nhất trước ngày 13/4/2018'))).toEqual([
      { period: null, start: '2018-04-13', end: '2018-04-13', due: '2018-04-13' },
    ]);
    expect(expandTimeframe(parseTimeframe('Cả năm 2018'))).toEqual([
      { period: null, start: '2018-01-01', end: '2018-12-31', due: '2018-12-31' },
    ]);
    expect(expandTimeframe(parseTimeframe('hàng quý'))).toEqual([]);
  });
});

describe('properties', () => {
  const phraseParts = fc.constantFrom(
    'Cả năm 2018', 'quý III/2018', 'quý II', '6 tháng cuối năm', 'trước ngày 13/4/2018', 'chậm nhất ngày 31/2/2018',
    'tháng 3,5,7/2018', 'Cao điểm từ tháng 9/2018 đến tháng 4/2018', 'hàng quý', '01 lần/01 quý', 'định kỳ 6 tháng',
    'ngày 26 tháng 3 năm 2018', '22/3/2022', 'từ ngày 30/6/2018 đến ngày 1/3/2018', 'năm 0000', 'tháng 13/2018',
  );
  const textArbitrary = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.array(fc.oneof(phraseParts, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(' ')),
  );
  const yearArbitrary = fc.option(
    fc.oneof(fc.integer({ min: 1990, max: 2040 }), fc.constantFrom(-1, 0, 1, 9999, 10_000, 2018.5)),
    { nil: null },
  );

  it('never throws and keeps start <= end <= …, deadline = end', () => {
    fc.assert(fc.property(textArbitrary, yearArbitrary, (text, year) => {
      for (const timeframe of [parseTimeframe(text, { year }), findTimeframe(text, { year })]) {
        const ordered =
          (timeframe.start === null || timeframe.end === null || timeframe.start <= timeframe.end) &&
          (timeframe.deadline === null || timeframe.deadline === timeframe.end) &&
          timeframe.peaks.every((peak) => peak.start <= peak.end) &&
          expandTimeframe(timeframe).every((instance) => instance.start <= instance.end && instance.due === instance.end);
        expect(ordered, JSON.stringify(timeframe)).toBe(true);
      }
    }), { numRuns: 400 });
  });

  // A quadratic scan would run past the test timeout here; the speed itself is measured in bench/.
  it('reads text full of phrases', () => {
    const text = 'quý I/2018, hàng quý, trước ngày 1/2/2018, '.repeat(3000);
    expect(findTimeframe(text, y2018)).toMatchObject({ start: '2018-01-01', deadline: '2018-02-01', recurrence: 'quarterly' });
  });

  it('gives no date before year 1', () => {
    expect(parseTimeframe('trước tháng 1/0001').deadline).toBeNull();
  });

  it('folding keeps offsets', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(foldPreservingOffsets(text)).toHaveLength(text.length);
    }));
    expect(foldPreservingOffsets('Quý III, ĐẢNG ủy')).toBe('quy iii, dang uy');
  });
});
