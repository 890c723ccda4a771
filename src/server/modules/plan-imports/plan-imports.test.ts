import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from '../../../importer/docx.ts';
import { parsePlanText } from '../../../importer/parse-plan.ts';
import type { PlanExtraction } from '../../../importer/types.ts';
import { createTestApp, type Client, type TestApp } from '../../testing/harness.ts';

const seedDir = join(import.meta.dirname, '../../../importer/fixtures');
const seeds = ['000_5b55f2280d02f04d', '001_16213e8047a7359c', '002_65f7188428fed69d', '003_2770ca0840fd47ad', '004_3232c7ac935419e0'];
const seedText = (seed: string) => readFileSync(join(seedDir, `${seed}.txt`), 'utf8');
const seed003 = seedText('003_2770ca0840fd47ad');

/** A Word file with one paragraph per line of the text, as a typist would have it. */
async function docxOf(text: string): Promise<Buffer> {
  const paragraphs = text.split('\n').map((line) => new Paragraph({ text: line.trim() }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

interface Preview {
  fileName: string;
  fileKind: string;
  extraction: PlanExtraction;
  sources: { tasks: Record<string, { title: { line: number; endLine: number } }>; document: { title: { line: number } | null } };
  sourceText: string;
  unitMatches: { name: string; candidates: { unitId: string; name: string; score: number }[]; unitId: string | null }[];
}

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.signIn('chuyenvien');
});
afterAll(() => t.close());

const documentCount = async () => Number((await t.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function preview(client: Client, filename: string, content: Buffer | string): Promise<Preview> {
  const response = await client.upload('/api/v1/plan-imports', filename, content);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('POST /plan-imports (read a file, store nothing)', () => {
  it.each(seeds)('reads seed %s as the importer does', async (seed) => {
    const before = await documentCount();
    const result = await preview(staff, `${seed}.txt`, seedText(seed));
    expect(result.extraction).toEqual(parsePlanText(seedText(seed)));
    expect(result.fileKind).toBe('txt');
    const names = new Set(result.extraction.tasks.flatMap((task) => [...task.lead, ...task.partners]));
    expect(result.unitMatches.map((match) => match.name).sort()).toEqual([...names].sort());
    expect(await documentCount()).toBe(before);
  });

  it('reads seed 003 from a .txt with spans into its text and flags its unit names as unmatched', async () => {
    const result = await preview(staff, 'ke-hoach-30.txt', seed003);
    const { document, tasks } = result.extraction;
    expect(document).toMatchObject({ number: '30', typeCode: 'KH', issuerCode: 'ĐUK', title: 'Đổi mới công tác tư tưởng trong tình hình mới' });
    expect(tasks.map((task) => task.code)).toContain('II.1.2');
    const lines = result.sourceText.split('\n');
    const titleSpan = result.sources.tasks['II.6']!.title;
    expect(lines[titleSpan.line - 1]).toContain('6. Tăng cường công tác kiểm tra, giám sát');
    expect(lines[result.sources.document.title!.line - 1]).toBe('Đổi mới công tác tư tưởng trong tình hình mới');
    const chiBo = result.unitMatches.find((match) => match.name === 'Cấp ủy các chi bộ')!;
    expect(chiBo.unitId).toBeNull();
    expect(result.unitMatches.every((match) => match.unitId === null)).toBe(true);
  });

  it('reads the same plan from a .docx made from seed 003', async () => {
    const fromText = await preview(staff, 'ke-hoach-30.txt', seed003);
    const fromWord = await preview(staff, 'Kế hoạch 30.docx', await docxOf(seed003));
    expect(fromWord.fileKind).toBe('docx');
    expect(fromWord.extraction.document).toEqual(fromText.extraction.document);
    expect(fromWord.extraction.sections).toEqual(fromText.extraction.sections);
    expect(fromWord.extraction.tasks.map((task) => [task.code, task.parentCode, task.lead])).toEqual(fromText.extraction.tasks.map((task) => [task.code, task.parentCode, task.lead]));
  });

  it('matches unit names without diacritics and abbreviations to units in reach, best first', async () => {
    const result = await preview(staff, '002.txt', seedText('002_65f7188428fed69d'));
    const chosen = (name: string) => result.unitMatches.find((match) => match.name === name)!;
    const doanKhoi = await t.unitId('DK');
    expect(chosen('Đoàn Khối').unitId).toBe(doanKhoi);
    expect(chosen('Đoàn Thanh niên Khối').unitId).toBe(doanKhoi);
    expect(chosen('Công đoàn viên chức').unitId).toBe(await t.unitId('CDVC'));
    expect(chosen('Hội Cựu chiến binh Khối').unitId).toBe(await t.unitId('CCBK'));
    expect(chosen('Đoàn Khối').candidates[0]).toMatchObject({ unitId: doanKhoi, name: 'Đoàn Thanh niên Khối Dân - Chính - Đảng Thành phố', score: 1 });
    const weak = chosen('Đoàn Thanh niên');
    expect(weak.unitId).toBeNull();
    expect(weak.candidates.map((candidate) => candidate.unitId)).toContain(doanKhoi);
    expect(chosen('các đoàn thể cấp cơ sở').unitId).toBeNull();
    for (const match of result.unitMatches) {
      const scores = match.candidates.map((candidate) => candidate.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('offers only units the caller may read', async () => {
    const secretary = await t.signIn('bithu');
    const result = await preview(secretary, '002.txt', seedText('002_65f7188428fed69d'));
    expect(result.unitMatches.length).toBeGreaterThan(0);
    expect(result.unitMatches.every((match) => match.unitId === null && match.candidates.length === 0)).toBe(true);
  });

  it('refuses other files, damaged files and callers who may not draft', async () => {
    const pdf = await staff.upload('/api/v1/plan-imports', 'ke-hoach.pdf', '%PDF-1.7\n');
    expect(pdf.statusCode).toBe(422);
    expect(pdf.json().detail).toBe('Chỉ nhận tệp .docx, .txt.');
    const binary = await staff.upload('/api/v1/plan-imports', 'ke-hoach.txt', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]));
    expect(binary.statusCode).toBe(422);
    const damaged = await staff.upload('/api/v1/plan-imports', 'ke-hoach.docx', Buffer.from('PK\x03\x04 không phải Word'));
    expect(damaged.statusCode).toBe(422);
    expect(damaged.json().detail).toBe('Không đọc được nội dung tệp Word: tệp bị hỏng hoặc không phải tệp .docx.');
    const spreadsheet = await staff.upload('/api/v1/plan-imports', 'ke-hoach.docx', Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })));
    expect(spreadsheet.statusCode).toBe(422);
    expect(spreadsheet.json().detail).toBe('Không đọc được nội dung tệp Word: tệp bị hỏng hoặc không phải tệp .docx.');
    const blank = await staff.upload('/api/v1/plan-imports', 'trong.txt', ' \n\t\n');
    expect(blank.statusCode).toBe(422);
    expect(blank.json().detail).toBe('Tệp không có nội dung văn bản nào.');
    const member = await t.signIn('dangvien');
    expect((await member.upload('/api/v1/plan-imports', 'ke-hoach.txt', seed003)).statusCode).toBe(403);
    expect((await t.anonymous.upload('/api/v1/plan-imports', 'ke-hoach.txt', seed003)).statusCode).toBe(401);
  });
});

describe('POST /plan-imports/save', () => {
  it('saves seed 003 as a draft plan with the mapped units, keeping unmatched names on their tasks', async () => {
    const result = await preview(staff, 'ke-hoach-30.txt', seed003);
    const issuer = await t.unitId('SGDDT');
    const cell = await t.unitId('SGDDT-CB1');
    const saved = await staff.post('/api/v1/plan-imports/save', {
      extraction: result.extraction,
      issuerUnitIds: [issuer],
      unitMapping: { 'Cấp ủy các chi bộ': cell, 'Bí thư cấp ủy': null },
      rollupMethod: 'count_done',
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const doc = saved.json();
    expect(doc).toMatchObject({ status: 'draft', kind: 'plan', typeCode: 'KH', number: 30, title: 'Đổi mới công tác tư tưởng trong tình hình mới', rollupMethod: 'count_done' });
    expect(doc.issuers.map((unit: { id: string }) => unit.id)).toEqual([issuer]);
    expect(doc.signature).toEqual({ capacity: 'T/M', onBehalfOf: 'ĐẢNG ỦY', position: 'PHÓ BÍ THƯ', signer: 'Nguyễn Thị Nghĩa' });
    expect(doc.bases).toEqual([expect.objectContaining({ number: '59', typeCode: 'KH', issuerCode: 'ĐUK', issuedOn: '2022-03-22' })]);

    const tasks = (await staff.get(`/api/v1/documents/${doc.id}/tasks`)).json();
    expect(tasks.map((task: { code: string }) => task.code)).toEqual(result.extraction.tasks.map((task) => task.code));
    const byCode = new Map(tasks.map((task: { code: string }) => [task.code, task]));
    expect(byCode.get('III.1')).toMatchObject({ units: [{ unitId: cell, role: 'lead' }], unmatchedUnits: [], timeframe: { recurrence: 'yearly', text: 'Định kỳ hàng năm' } });
    expect(byCode.get('II.1.2')).toMatchObject({ units: [], unmatchedUnits: ['Bí thư cấp ủy'] });
    expect(byCode.get('II.1.1')).toMatchObject({ units: [], unmatchedUnits: ['Cấp ủy chi bộ', 'đảng bộ'] });
    const parent = byCode.get('II.1') as { id: string };
    expect(byCode.get('II.1.5')).toMatchObject({ parentId: parent.id });
  });

  it('saves a reviewer-corrected extraction of seed 002 with its matched units', async () => {
    const result = await preview(staff, '002.txt', seedText('002_65f7188428fed69d'));
    const mapping = Object.fromEntries(result.unitMatches.map((match) => [match.name, match.unitId]));
    const extraction = { ...result.extraction, document: { ...result.extraction.document, title: 'Kế hoạch liên tịch (đã sửa)' } };
    const issuers = [await t.unitId('DK'), await t.unitId('CCBK'), await t.unitId('CDVC')];
    const saved = await staff.post('/api/v1/plan-imports/save', { extraction, issuerUnitIds: issuers, unitMapping: mapping });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().title).toBe('Kế hoạch liên tịch (đã sửa)');
    expect(saved.json().issuers).toHaveLength(3);
    const tasks: { units: { unitId: string; role: string }[]; unmatchedUnits: string[] }[] = (await staff.get(`/api/v1/documents/${saved.json().id}/tasks`)).json();
    expect(tasks).toHaveLength(result.extraction.tasks.length);
    const assigned = new Set(tasks.flatMap((task) => task.units.map((unit) => unit.unitId)));
    expect(assigned).toEqual(new Set(issuers));
    expect(tasks.flatMap((task) => task.unmatchedUnits)).toContain('các đoàn thể cấp cơ sở');
  });

  it('refuses an invalid extraction, a unit out of reach and an issuer the caller may not draft for, writing nothing', async () => {
    const result = await preview(staff, 'ke-hoach-30.txt', seed003);
    const issuer = await t.unitId('SGDDT');
    const before = await documentCount();
    const tasks = result.extraction.tasks;
    const repeated = await staff.post('/api/v1/plan-imports/save', { extraction: { ...result.extraction, tasks: [...tasks, tasks[0]] }, issuerUnitIds: [issuer], unitMapping: {} });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().errors).toEqual([{ path: `body.extraction.tasks.${tasks.length}.code`, message: 'Mã nhiệm vụ "II.1" bị trùng.' }]);
    const reordered = await staff.post('/api/v1/plan-imports/save', { extraction: { ...result.extraction, tasks: [tasks[1], tasks[0]] }, issuerUnitIds: [issuer], unitMapping: {} });
    expect(reordered.statusCode).toBe(400);
    expect(reordered.json().errors[0].message).toBe('Nhiệm vụ cha "II.1" phải đứng trước nhiệm vụ "II.1.1".');
    const untitled = await staff.post('/api/v1/plan-imports/save', { extraction: { ...result.extraction, document: { ...result.extraction.document, title: ' ' } }, issuerUnitIds: [issuer], unitMapping: {} });
    expect(untitled.statusCode).toBe(400);

    const outside = await staff.post('/api/v1/plan-imports/save', { extraction: result.extraction, issuerUnitIds: [issuer], unitMapping: { 'Cấp ủy các chi bộ': await t.unitId('STP') } });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().detail).toContain('Đảng ủy Sở Tư pháp');

    const secretary = await t.signIn('bithu');
    expect((await secretary.post('/api/v1/plan-imports/save', { extraction: result.extraction, issuerUnitIds: [await t.unitId('DUK')], unitMapping: {} })).statusCode).toBe(403);
    const member = await t.signIn('dangvien');
    expect((await member.post('/api/v1/plan-imports/save', { extraction: result.extraction, issuerUnitIds: [await t.unitId('SGDDT-CB1')], unitMapping: {} })).statusCode).toBe(403);
    expect(await documentCount()).toBe(before);
  });
});

describe('GET /documents/:id/export.docx', () => {
  async function importSeed003() {
    const result = await preview(staff, 'ke-hoach-30.txt', seed003);
    const cell = await t.unitId('SGDDT-CB1');
    const saved = await staff.post('/api/v1/plan-imports/save', { extraction: result.extraction, issuerUnitIds: [await t.unitId('SGDDT')], unitMapping: { 'Cấp ủy các chi bộ': cell } });
    expect(saved.statusCode, saved.body).toBe(201);
    return { id: saved.json().id as string, extraction: result.extraction };
  }

  const exported = async (client: Client, id: string) => {
    const response = await client.get(`/api/v1/documents/${id}/export.docx`);
    return { response, text: response.statusCode === 200 ? await docxToText(response.rawPayload) : '' };
  };

  it('writes an imported plan in the official layout that imports back to the same plan', async () => {
    const { id, extraction } = await importSeed003();
    const { response, text } = await exported(staff, id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Kế hoạch 30-KH-ĐUK.docx')}`);
    expect(text).toContain('ĐẢNG BỘ KHỐI DÂN - CHÍNH - ĐẢNG THÀNH PHỐ\n\nĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n*\n\nSố 30-KH/ĐUK');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    const again = parsePlanText(text);
    expect(again.document).toMatchObject({ number: '30', typeCode: 'KH', issuerCode: 'ĐUK', title: extraction.document.title, recipients: extraction.document.recipients });
    expect(again.sections).toEqual(extraction.sections);
    expect(again.tasks.map((task) => [task.code, task.parentCode])).toEqual(extraction.tasks.map((task) => [task.code, task.parentCode]));
    expect(again.tasks.find((task) => task.code === 'III.1')!.lead).toEqual(['Chi bộ Văn phòng Sở']);
  });

  it('is readable by whoever may read the document, and only by them', async () => {
    const { id } = await importSeed003();
    const secretary = await t.signIn('bithu');
    expect((await exported(secretary, id)).response.statusCode).toBe(403);
    expect((await exported(await t.signIn('kiemtra'), id)).response.statusCode).toBe(200);
    const leader = await t.signIn('lanhdao');
    expect((await leader.post(`/api/v1/documents/${id}/issue`, { issuedOn: '2026-04-05' })).statusCode).toBe(200);
    // The cell assigned III.1 reads the issued plan, without the view of the tree above its issuer.
    const { response, text } = await exported(secretary, id);
    expect(response.statusCode).toBe(200);
    expect(text).toContain('ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(text).not.toContain('ĐẢNG BỘ KHỐI');
    expect(text).toContain('ngày 05 tháng 4 năm 2026');
    expect((await staff.get('/api/v1/documents/01890000-0000-7000-8000-000000000000/export.docx')).statusCode).toBe(404);
  });
});

