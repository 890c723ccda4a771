import { describe, expect, it } from 'vitest';
import { matchUnits, rankUnits, type OrgUnitRef } from './unit-matching.ts';

const units: OrgUnitRef[] = [
  { id: 'btg', name: 'Ban Tuyên giáo', shortName: 'BTG' },
  { id: 'bdv', name: 'Ban Dân vận' },
  { id: 'vp', name: 'Văn phòng Đảng ủy Khối' },
  { id: 'dtn', name: 'Đoàn Thanh niên Khối' },
  { id: 'cdvc', name: 'Công đoàn Viên chức Thành phố', shortName: 'CĐVC' },
  { id: 'ccb', name: 'Hội Cựu chiến binh Khối' },
];

const unitOf = (name: string) => matchUnits([name], units).matches[0]?.unitId ?? null;

describe('matchUnits', () => {
  it.each([
    ['Ban Tuyên giáo', 'btg'],
    ['ban tuyen giao', 'btg'],
    ['BTG', 'btg'],
    ['Đoàn Khối', 'dtn'],
    ['Đoàn Thanh niên', 'dtn'],
    ['Công đoàn viên chức', 'cdvc'],
    ['CĐVC', 'cdvc'],
    ['VP ĐUK', 'vp'],
    ['Hội CCB Khối', 'ccb'],
    ['Thường trực Công đoàn Viên chức Thành phố', 'cdvc'],
    ['Ban Thường vụ Đoàn Khối', 'dtn'],
    ['Công đoàn Viên chức Thành phố Hồ Chí Minh', 'cdvc'],
  ])('%s', (name, id) => {
    expect(unitOf(name)).toBe(id);
  });

  it('scores exact names highest and looser ones lower', () => {
    const { matches } = matchUnits(['Ban Dân vận', 'Đoàn Khối'], units);
    expect(matches.map((match) => match.score)).toEqual([1, 0.5]);
  });

  it('returns every name it cannot place, including ties and one-word names', () => {
    const result = matchUnits(['Sở Thông tin và Truyền thông', 'Ban', 'các đoàn thể Khối', 'Ban Tuyên giáo'], units);
    expect(result.unmatched).toEqual(['Sở Thông tin và Truyền thông', 'Ban', 'các đoàn thể Khối']);
    expect(result.matches.map((match) => match.name)).toEqual(['Ban Tuyên giáo']);
    const tie = matchUnits(['Ban Khối'], [{ id: 'a', name: 'Ban A Khối' }, { id: 'b', name: 'Ban B Khối' }]);
    expect(tie).toEqual({ matches: [], unmatched: ['Ban Khối'] });
  });

  it('accounts for every distinct name exactly once', () => {
    const names = ['Đoàn Khối', 'đoàn khối', 'Ban Dân vận', 'Không có', 'BTG'];
    const { matches, unmatched } = matchUnits(names, units);
    expect(matches.length + unmatched.length).toBe(4);
  });
});

describe('rankUnits', () => {
  it('lists the candidates best first and proposes the best', () => {
    const ranked = rankUnits('Đoàn Khối', [...units, { id: 'dk2', name: 'Đoàn cơ sở Khối Y tế' }]);
    expect(ranked.candidates.map((candidate) => candidate.unitId)).toEqual(['dtn', 'dk2']);
    expect(ranked.best).toEqual({ unitId: 'dtn', unitName: 'Đoàn Thanh niên Khối', score: 0.5 });
  });

  it('proposes nothing on a tie or without candidates, and keeps to the limit', () => {
    const tie = rankUnits('Ban Khối', [{ id: 'a', name: 'Ban A Khối' }, { id: 'b', name: 'Ban B Khối' }, { id: 'c', name: 'Ban C Khối' }], 2);
    expect(tie.best).toBeNull();
    expect(tie.candidates.map((candidate) => candidate.unitId)).toHaveLength(2);
    expect(rankUnits('Cấp ủy các chi bộ', units)).toEqual({ candidates: [], best: null });
  });

  it('lists but never proposes one unit for a group ("các …", "những …")', () => {
    const withShortName = [...units, { id: 'dk', name: 'Đoàn Thanh niên Khối Dân - Chính - Đảng', shortName: 'Đoàn Khối' }];
    const group = rankUnits('Ban Thường vụ các Đoàn thể khối', withShortName);
    expect(group.candidates[0]?.unitId).toBe('dk');
    expect(group.best).toBeNull();
    expect(matchUnits(['Các Ban Đảng ủy Khối'], [{ id: 'duk', name: 'Đảng ủy Khối' }]).unmatched).toEqual(['Các Ban Đảng ủy Khối']);
  });
});
