import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlan, parsePlanFile, parsePlanText, UnsupportedFileError } from './parse-plan.ts';

/** A plan written in another hand than the seeds: state-form number, letters, labelled lead/partner fields. */
const CELL_PLAN = [
  'ĐẢNG BỘ KHỐI CÁC CƠ QUAN\tĐẢNG CỘNG SẢN VIỆT NAM',
  'CHI BỘ VĂN PHÒNG',
  '*',
  'Số: 18/KH-CB\tHà Nội, ngày 05 tháng 01 năm 2026',
  '',
  'KẾ HOẠCH',
  'Công tác tuyên giáo năm 2026',
  '',
  'Căn cứ Kế hoạch số 12-KH/ĐUK ngày 20/12/2025 của Đảng ủy Khối, Chi bộ xây dựng kế hoạch như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Nâng cao chất lượng sinh hoạt.',
  '',
  'II. NHIỆM VỤ CỤ THỂ',
  '1. Học tập, quán triệt nghị quyết',
  'a) Tổ chức hội nghị quán triệt Nghị quyết Trung ương.',
  '- Thời gian: quý I/2026.',
  '- Đơn vị chủ trì: Văn phòng; đơn vị phối hợp: Ban Tuyên giáo.',
  'b) Báo cáo kết quả học tập hàng quý về Đảng ủy Khối, chậm nhất ngày 15/12/2026.',
  '2. Sinh hoạt chuyên đề',
  'Tổ chức sinh hoạt chuyên đề ít nhất 01 lần/01 quý.',
  '',
  'III. CHỈ TIÊU',
  '1. Trên 95% đảng viên tham gia học tập.',
  '',
  'IV. TỔ CHỨC THỰC HIỆN',
  'Chi ủy phân công đồng chí Bí thư theo dõi, định kỳ 6 tháng báo cáo Đảng ủy Khối.',
  '',
  'Nơi nhận:',
  '- Đảng ủy Khối (để báo cáo);',
  '- Lưu.',
  '',
  'T/M CHI BỘ',
  'BÍ THƯ',
  '',
  'Trần Văn Bình',
].join('\n');

describe('parsePlanText', () => {
  const plan = parsePlanText(CELL_PLAN);

  it('reads the document', () => {
    expect(plan.document).toEqual({
      number: '18',
      typeCode: 'KH',
      issuerCode: 'CB',
      kind: 'plan',
      title: 'Công tác tuyên giáo năm 2026',
      place: 'Hà Nội',
      issuedOn: '2026-01-05',
      bases: [{ number: '12', typeCode: 'KH', issuerCode: 'ĐUK', issuedOn: '2025-12-20' }],
      recipients: ['Đảng ủy Khối (để báo cáo)', 'Lưu'],
      signature: { capacity: 'T/M CHI BỘ', position: 'BÍ THƯ', signer: 'Trần Văn Bình' },
    });
    expect(plan.sections.map((section) => section.role)).toEqual(['purpose', 'tasks', 'targets', 'implementation']);
  });

  it('builds the task tree with lettered items and labelled fields', () => {
    expect(plan.tasks.map((task) => [task.code, task.parentCode])).toEqual([
      ['II.1', null],
      ['II.1.a', 'II.1'],
      ['II.1.b', 'II.1'],
      ['II.2', null],
      ['IV.1', null],
    ]);
    const [, meeting, report, topics, followUp] = plan.tasks;
    expect(meeting).toMatchObject({
      title: 'Tổ chức hội nghị quán triệt Nghị quyết Trung ương',
      description: 'Thời gian: quý I/2026.\nĐơn vị chủ trì: Văn phòng; đơn vị phối hợp: Ban Tuyên giáo.',
      lead: ['Văn phòng'],
      partners: ['Ban Tuyên giáo'],
      timeframe: { text: 'quý I/2026', start: '2026-01-01', end: '2026-03-31', deadline: null, peaks: [], recurrence: null },
    });
    expect(report!.timeframe).toMatchObject({ start: '2026-01-01', end: '2026-12-15', deadline: '2026-12-15', recurrence: 'quarterly' });
    expect(topics).toMatchObject({ description: 'Tổ chức sinh hoạt chuyên đề ít nhất 01 lần/01 quý.', timeframe: { recurrence: 'quarterly', start: '2026-01-01' } });
    expect(followUp).toMatchObject({ lead: ['Chi ủy'], timeframe: { recurrence: 'half_yearly', end: '2026-12-31' } });
  });

  it('reads targets from the targets section and the body', () => {
    expect(plan.targets.map(({ comparator, value, unit, subject }) => [comparator, value, unit, subject])).toEqual([
      ['>=', 1, 'count', 'Tổ chức sinh hoạt chuyên đề'],
      ['>', 95, 'percent', 'đảng viên tham gia học tập'],
    ]);
  });

  it('numbers bullets of a document without sections by position', () => {
    const loose = parsePlanText('1. Việc một.\n- Việc con thứ nhất.\n- Việc con thứ hai.\n2. Việc hai.');
    expect(loose.sections).toEqual([]);
    expect(loose.tasks.map((task) => [task.code, task.parentCode])).toEqual([
      ['1', null],
      ['1.1', '1'],
      ['1.2', '1'],
      ['2', null],
    ]);
  });

  it('keeps lettered items under an activity with labelled fields as its sub-tasks, and its bullets as its description', () => {
    const plan = parsePlanText(
      [
        'II. NHIỆM VỤ',
        '1. Tuyên truyền Nghị quyết',
        'Đơn vị chủ trì: Ban Tuyên giáo; đơn vị phối hợp: Văn phòng.',
        '- Nội dung: các chuyên đề của Nghị quyết.',
        'a) Quán triệt cho cán bộ chủ chốt',
        'Đơn vị chủ trì: Văn phòng.',
        'b) Tổng kết',
      ].join('\n'),
    );
    expect(plan.tasks.map((task) => [task.code, task.parentCode, task.lead, task.partners])).toEqual([
      ['II.1', null, ['Ban Tuyên giáo'], ['Văn phòng']],
      ['II.1.a', 'II.1', ['Văn phòng'], []],
      ['II.1.b', 'II.1', [], []],
    ]);
    expect(plan.tasks[0]!.description).toBe('Đơn vị chủ trì: Ban Tuyên giáo; đơn vị phối hợp: Văn phòng.\nNội dung: các chuyên đề của Nghị quyết.');
  });

  it('keeps codes unique when a document repeats a number', () => {
    const repeated = parsePlanText('II. NHIỆM VỤ\n1. Việc một.\n1. Việc một nữa.');
    expect(repeated.tasks.map((task) => task.code)).toEqual(['II.1', 'II.1~2']);
  });

  it('ignores the tail of another document glued to the first header line', () => {
    const seed = readFileSync(join(import.meta.dirname, 'fixtures', '002_65f7188428fed69d.txt'), 'utf8');
    const glued = `Nguyễn Thị Nghĩa \t${seed.replace(/^ \t/, '')}`;
    expect(parsePlanText(glued)).toEqual(parsePlanText(seed));
  });

  it('returns an empty draft for empty text', () => {
    expect(parsePlanText('')).toEqual({
      document: { number: null, typeCode: null, issuerCode: null, kind: 'other', title: '', place: null, issuedOn: null, bases: [], recipients: [], signature: null },
      sections: [],
      tasks: [],
      targets: [],
    });
  });
});

describe('parsePlan sources', () => {
  const { extraction, sources } = parsePlan(CELL_PLAN);

  it('points each document field at its lines', () => {
    expect(sources.document).toEqual({
      number: { line: 4, endLine: 4 },
      kind: { line: 6, endLine: 6 },
      title: { line: 7, endLine: 7 },
      placeAndDate: { line: 4, endLine: 4 },
      bases: [{ line: 9, endLine: 9 }],
      recipients: [{ line: 30, endLine: 30 }, { line: 31, endLine: 31 }],
      signature: { line: 33, endLine: 36 },
    });
    expect(sources.sections).toEqual({
      I: { line: 11, endLine: 11 },
      II: { line: 14, endLine: 14 },
      III: { line: 23, endLine: 23 },
      IV: { line: 26, endLine: 26 },
    });
    expect(sources.targets).toEqual([{ line: 21, endLine: 21 }, { line: 24, endLine: 24 }]);
  });

  it('points each task at its paragraphs, title, timeframe and assignment', () => {
    expect(Object.keys(sources.tasks)).toEqual(extraction.tasks.map((task) => task.code));
    expect(sources.tasks['II.1.a']).toEqual({
      task: { line: 16, endLine: 18 },
      title: { line: 16, endLine: 16 },
      timeframe: { line: 17, endLine: 17 },
      assignment: { line: 18, endLine: 18 },
    });
    expect(sources.tasks['II.2']).toMatchObject({ task: { line: 20, endLine: 21 }, timeframe: { line: 21, endLine: 21 }, assignment: null });
  });
});

describe('parsePlanFile', () => {
  const directory = mkdtemp(join(tmpdir(), 'congtac-import-'));
  afterAll(async () => rm(await directory, { recursive: true, force: true }));

  it('reads a text file', async () => {
    const path = join(await directory, 'plan.txt');
    await writeFile(path, CELL_PLAN, 'utf8');
    expect((await parsePlanFile(path)).document.number).toBe('18');
  });

  it('refuses other file types', async () => {
    const path = join(await directory, 'plan.pdf');
    await writeFile(path, '%PDF');
    await expect(parsePlanFile(path)).rejects.toBeInstanceOf(UnsupportedFileError);
  });
});
