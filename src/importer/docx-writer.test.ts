/**
 * The official-layout writer: a plan written to .docx reads back through the importer to the
 * same structure, and the document XML carries the fonts and sizes of Hướng dẫn 36-HD/VPTW.
 * fflate opens the package.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTimeframe, type Timeframe } from '../domain/timeframe.ts';
import { dateLine, type OfficialPlan, type OfficialTask, timeframePhrase, writeOfficialDocx } from './docx-writer.ts';
import { parsePlanFile } from './parse-plan.ts';
import type { PlanExtraction } from './types.ts';

const timeframe = (patch: Partial<Timeframe>): Timeframe => ({ ...emptyTimeframe(), ...patch });
const task = (code: string, title: string, patch: Partial<OfficialTask> = {}): OfficialTask => ({
  code,
  sectionCode: null,
  title,
  description: '',
  lead: [],
  partners: [],
  timeframe: emptyTimeframe(),
  ...patch,
});

const plan: OfficialPlan = {
  notation: 'party',
  issuers: [{ superior: 'Đảng bộ Thành phố Hồ Chí Minh', name: 'Đảng ủy Khối Dân - Chính - Đảng Thành phố' }],
  typeCode: 'KH',
  issuerCode: 'ĐUK',
  number: 30,
  place: 'TP. Hồ Chí Minh',
  issuedOn: '2026-04-05',
  year: 2026,
  title: 'Đổi mới công tác tư tưởng năm 2026',
  bases: [{ number: '59', typeCode: 'KH', issuerCode: 'TU', issuedOn: '2026-03-22' }],
  sections: [
    { code: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purpose', text: 'Tiếp tục đổi mới nội dung, phương thức công tác tư tưởng.' },
    { code: 'II', title: 'NHIỆM VỤ VÀ GIẢI PHÁP', role: 'tasks', text: '' },
    { code: 'III', title: 'CHỈ TIÊU', role: 'targets', text: '' },
    { code: 'IV', title: 'TỔ CHỨC THỰC HIỆN', role: 'implementation', text: '' },
  ],
  tasks: [
    task('II.1', 'Đổi mới nội dung công tác tư tưởng', {
      lead: ['Ban Tuyên giáo Đảng ủy Khối'],
      partners: ['Văn phòng Đảng ủy Khối', 'Đoàn Thanh niên Khối Dân - Chính - Đảng Thành phố'],
      timeframe: timeframe({ text: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30' }),
    }),
    task('II.1.a', 'Quán triệt Nghị quyết số 35-NQ/TW cho cán bộ chủ chốt', {
      description: 'tổ chức hội nghị trực tiếp và trực tuyến.\nMời báo cáo viên Thành ủy.',
      lead: ['Đảng ủy Sở Giáo dục và Đào tạo'],
      timeframe: timeframe({ start: null, end: '2026-09-15', deadline: '2026-09-15' }),
    }),
    task('II.1.b', 'Tổng kết công tác tư tưởng'),
    task('II.2', 'Nâng cao chất lượng cán bộ làm công tác tư tưởng', { lead: ['Công đoàn Viên chức Thành phố'] }),
    task('II.2.1', 'Bồi dưỡng báo cáo viên', { timeframe: timeframe({ text: 'hàng quý', start: '2026-01-01', end: '2026-12-31', recurrence: 'quarterly' }) }),
    task('II.2.2', 'Cập nhật tài liệu sinh hoạt chi bộ', { partners: ['Hội Cựu chiến binh Khối Dân - Chính - Đảng Thành phố'] }),
    task('IV.1', 'Các chi bộ triển khai thực hiện kế hoạch này', { lead: ['Ban Tuyên giáo Đảng ủy Khối'] }),
  ],
  targets: ['100% chi bộ tổ chức quán triệt Nghị quyết.', 'Ít nhất 80% đảng viên được bồi dưỡng.'],
  recipients: ['Thành ủy (để báo cáo)', 'Các đảng ủy cơ sở', 'Lưu Văn phòng'],
  signature: { capacity: 'T/M', onBehalfOf: 'Ban Thường vụ', position: 'Phó Bí thư', signer: 'Nguyễn Văn An' },
};

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'congtac-docx-writer-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

async function roundTrip(value: OfficialPlan, name: string): Promise<{ extraction: PlanExtraction; xml: string }> {
  const bytes = await writeOfficialDocx(value);
  const path = join(directory, `${name}.docx`);
  await writeFile(path, bytes);
  const xml = strFromU8(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!);
  return { extraction: await parsePlanFile(path), xml };
}

/** The run properties (<w:rPr>) of the run that holds `text`, and of its paragraph. */
function runOf(xml: string, text: string): { run: string; paragraph: string } {
  const at = xml.indexOf(`>${text}</w:t>`);
  expect(at, `"${text}" in document.xml`).toBeGreaterThan(0);
  const paragraphStart = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const runStart = xml.lastIndexOf('<w:r>', at);
  return { run: xml.slice(runStart, at), paragraph: xml.slice(paragraphStart, runStart) };
}

const size = (points: number) => `<w:sz w:val="${points * 2}"/>`;

describe('writeOfficialDocx', () => {
  it('reads back through the importer to the same structure', async () => {
    const { extraction } = await roundTrip(plan, 'party');
    expect(extraction.document).toMatchObject({
      number: '30',
      typeCode: 'KH',
      issuerCode: 'ĐUK',
      kind: 'plan',
      title: plan.title,
      place: 'TP. Hồ Chí Minh',
      issuedOn: '2026-04-05',
      bases: [{ number: '59', typeCode: 'KH', issuerCode: 'TU', issuedOn: '2026-03-22' }],
      recipients: plan.recipients,
      signature: { capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', signer: 'Nguyễn Văn An' },
    });
    expect(extraction.sections).toEqual(plan.sections.map(({ code, title, role }) => ({ code, title, role })));
    expect(extraction.tasks.map((read) => [read.code, read.title, read.lead, read.partners])).toEqual(plan.tasks.map((written) => [written.code, written.title, written.lead, written.partners]));
    const read = new Map(extraction.tasks.map((item) => [item.code, item]));
    expect(read.get('II.1')!.parentCode).toBeNull();
    expect(read.get('II.1.a')).toMatchObject({ parentCode: 'II.1', timeframe: { deadline: '2026-09-15', end: '2026-09-15' } });
    expect(read.get('II.1.a')!.description).toMatch(/^tổ chức hội nghị trực tiếp và trực tuyến.\nMời báo cáo viên Thành ủy.\n/);
    expect(read.get('II.1')!.timeframe).toMatchObject({ text: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30' });
    expect(read.get('II.2.1')).toMatchObject({ parentCode: 'II.2', timeframe: { recurrence: 'quarterly' } });
    expect(extraction.targets.map((target) => [target.comparator, target.value])).toEqual([
      ['=', 100],
      ['>=', 80],
    ]);
  });

  it('lays the page out per Hướng dẫn 36: A4, Times New Roman, the sizes and weights of each part', async () => {
    const { xml } = await roundTrip(plan, 'layout');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const fonts = [...xml.matchAll(/<w:rFonts [^>]*>/g)].map((match) => match[0]);
    expect(fonts.length).toBeGreaterThan(20);
    for (const font of fonts) expect(font).toContain('w:ascii="Times New Roman"');

    const party = runOf(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party.run).toContain('<w:b/>');
    expect(party.run).toContain(size(15));
    expect(party.paragraph).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(runOf(xml, 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH').run).toContain(size(14));
    expect(runOf(xml, 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH').run).not.toContain('<w:b/>');
    const issuer = runOf(xml, 'ĐẢNG ỦY KHỐI DÂN - CHÍNH - ĐẢNG THÀNH PHỐ').run;
    expect(issuer).toContain('<w:b/>');
    expect(issuer).toContain(size(14));
    expect(runOf(xml, '*').paragraph).toContain('<w:jc w:val="center"/>');
    expect(runOf(xml, 'Số 30-KH/ĐUK').run).toContain(size(14));
    const date = runOf(xml, 'TP. Hồ Chí Minh, ngày 05 tháng 4 năm 2026').run;
    expect(date).toContain('<w:i/>');
    expect(date).toContain(size(14));
    const type = runOf(xml, 'KẾ HOẠCH').run;
    expect(type).toContain('<w:b/>');
    expect(type).toContain(size(16));
    const title = runOf(xml, plan.title).run;
    expect(title).toContain('<w:b/>');
    expect(title).toContain(size(14));
    expect(runOf(xml, 'Tiếp tục đổi mới nội dung, phương thức công tác tư tưởng.').run).toContain(size(14));
    expect(runOf(xml, 'Nơi nhận:').run).toContain('<w:u w:val="single"/>');
    expect(runOf(xml, '- Các đảng ủy cơ sở,').run).toContain(size(12));
    expect(runOf(xml, 'T/M BAN THƯỜNG VỤ').run).toContain('<w:b/>');
    expect(runOf(xml, 'PHÓ BÍ THƯ').run).toContain('<w:b/>');
  });

  it('sets the headers of a joint plan side by side', async () => {
    const joint: OfficialPlan = {
      ...plan,
      issuerCode: 'ĐTN',
      issuers: [
        { superior: 'Đảng ủy Khối', name: 'Đoàn Thanh niên Khối' },
        { superior: 'Đảng ủy Khối', name: 'Hội Cựu chiến binh Khối' },
        { superior: null, name: 'Công đoàn Viên chức Thành phố' },
      ],
    };
    const { extraction, xml } = await roundTrip(joint, 'joint');
    const headerRow = xml.slice(xml.indexOf('<w:tr'), xml.indexOf('</w:tr>'));
    expect(headerRow.match(/<w:tc>/g)).toHaveLength(4);
    for (const name of ['ĐOÀN THANH NIÊN KHỐI', 'HỘI CỰU CHIẾN BINH KHỐI', 'CÔNG ĐOÀN VIÊN CHỨC THÀNH PHỐ', 'ĐẢNG CỘNG SẢN VIỆT NAM']) expect(headerRow).toContain(name);
    expect(xml).toContain('KẾ HOẠCH LIÊN TỊCH');
    expect(extraction.document).toMatchObject({ number: '30', issuerCode: 'ĐTN', kind: 'plan', title: plan.title });
    expect(extraction.tasks.map((read) => read.code)).toEqual(plan.tasks.map((written) => written.code));
  });

  it('gives a state-form document the state header and marks, and leaves a draft number blank', async () => {
    const state: OfficialPlan = {
      ...plan,
      notation: 'state',
      issuerCode: 'CĐVC',
      number: 18,
      issuers: [{ superior: 'Liên đoàn Lao động Thành phố', name: 'Công đoàn Viên chức Thành phố' }],
      signature: { capacity: 'T/M', onBehalfOf: 'Ban Thường vụ', position: 'Chủ tịch', signer: 'Trần Thị Bình' },
    };
    const { extraction, xml } = await roundTrip(state, 'state');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runOf(xml, 'Độc lập - Tự do - Hạnh phúc').paragraph).toMatch(/<w:pBdr><w:bottom/);
    expect(runOf(xml, 'CÔNG ĐOÀN VIÊN CHỨC THÀNH PHỐ').paragraph).toMatch(/<w:pBdr><w:bottom/);
    expect(xml).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(xml).toContain('TM. BAN THƯỜNG VỤ');
    expect(extraction.document).toMatchObject({ number: '18', typeCode: 'KH', issuerCode: 'CĐVC', issuedOn: '2026-04-05' });

    const draft = await roundTrip({ ...plan, number: null, issuedOn: null }, 'draft');
    expect(draft.xml).toContain('>Số      -KH/ĐUK<');
    expect(draft.xml).toContain('>TP. Hồ Chí Minh, ngày      tháng      năm 2026<');
    expect(draft.extraction.document).toMatchObject({ number: null, issuedOn: null, title: plan.title });
    expect(draft.extraction.tasks.map((read) => read.code)).toEqual(plan.tasks.map((written) => written.code));
  });
});

describe('phrases of the layout', () => {
  it('writes dates with the zeros of the official style', () => {
    expect(dateLine('Hà Nội', '2026-01-05', 2026)).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(dateLine(null, '2026-11-20', 2026)).toBe('ngày 20 tháng 11 năm 2026');
  });

  it('keeps a written timeframe and phrases one from dates', () => {
    expect(timeframePhrase(timeframe({ text: 'Cả năm 2026', start: '2026-01-01', end: '2026-12-31' }))).toBe('Cả năm 2026');
    expect(timeframePhrase(timeframe({ start: '2026-07-01', end: '2026-09-30', recurrence: 'monthly' }))).toBe('hàng tháng, từ ngày 1/7/2026 đến ngày 30/9/2026');
    expect(timeframePhrase(timeframe({ end: '2026-04-13', deadline: '2026-04-13' }))).toBe('chậm nhất ngày 13/4/2026');
    expect(timeframePhrase(emptyTimeframe())).toBeNull();
  });
});
