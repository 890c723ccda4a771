/**
 * A Word file built here with the `docx` library from seed 003's wording — numbered tasks
 * with bullet sub-tasks, a table of activities (content / lead / partners / time), and the
 * recipients and signature side by side in a table — read back through mammoth.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from './docx.ts';
import { parsePlanFile, parsePlanText } from './parse-plan.ts';

const text = (value: string) => new Paragraph({ children: [new TextRun(value)] });
const task = (value: string, instance: number) => new Paragraph({ text: value, numbering: { reference: 'plan', level: 0, instance } });
const subTask = (value: string, instance: number) => new Paragraph({ text: value, numbering: { reference: 'plan', level: 1, instance } });
const cell = (...values: string[]) => new TableCell({ children: values.map(text) });
const row = (...values: string[]) => new TableRow({ children: values.map((value) => cell(value)) });

function buildDocument(): Document {
  return new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Table({ rows: [new TableRow({ children: [cell('ĐẢNG BỘ KHỐI', 'ĐẢNG ỦY SỞ', 'Số 30-KH/ĐUK'), cell('ĐẢNG CỘNG SẢN VIỆT NAM', 'Đồng Nai, ngày 05 tháng 4 năm 2022')] })] }),
          text('KẾ HOẠCH'),
          text('Đổi mới công tác tư tưởng trong tình hình mới'),
          text('Thực hiện Kế hoạch số 59-KH/ĐUK ngày 22/3/2022 của Đảng ủy Khối các cơ quan và doanh nghiệp về đổi mới công tác tư tưởng, Đảng ủy Sở xây dựng kế hoạch như sau:'),
          text('I- MỤC ĐÍCH, YÊU CẦU'),
          text('Tiếp tục đổi mới mạnh mẽ nội dung, phương thức công tác tư tưởng.'),
          text('II- NHIỆM VỤ VÀ GIẢI PHÁP'),
          task('Đổi mới mạnh mẽ, sâu sắc và vững chắc nội dung, phương thức công tác tư tưởng', 1),
          subTask('Cấp ủy chi bộ, đảng bộ nâng cao nhận thức về vai trò của công tác tư tưởng.', 1),
          subTask('Bí thư cấp ủy chủ trì và chịu trách nhiệm chỉ đạo, tổ chức học tập các nghị quyết.', 1),
          text('Công tác tư tưởng phải bám sát thực tiễn.'),
          task('Nâng cao chất lượng cán bộ làm công tác tư tưởng', 1),
          subTask('Thường xuyên bồi dưỡng, cập nhật kiến thức hàng năm.', 1),
          text('III- NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN'),
          new Table({
            rows: [
              row('STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'),
              row('1', 'Quán triệt Nghị quyết số 35-NQ/TW cho cán bộ, đảng viên', 'Ban Tuyên giáo', 'Văn phòng, Công đoàn cơ sở', 'Quý III/2022'),
              row('2', 'Tổng kết công tác tư tưởng năm 2022', 'Văn phòng Đảng ủy', 'Các chi bộ trực thuộc', 'Trước ngày 15/12/2022'),
            ],
          }),
          text('IV- TỔ CHỨC THỰC HIỆN'),
          text('Cấp ủy các chi bộ căn cứ Kế hoạch này quán triệt, triển khai thực hiện. Định kỳ hàng năm báo cáo kết quả thực hiện về Đảng ủy Sở.'),
          new Table({
            rows: [
              new TableRow({
                children: [cell('Nơi nhận:', '- ĐUK;', '- Chi bộ trực thuộc;', '- Lưu: ĐU.'), cell('T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ', 'Nguyễn Thị Nghĩa')],
              }),
            ],
          }),
        ],
      },
    ],
  });
}

let buffer: Buffer;
let directory: string;

beforeAll(async () => {
  buffer = await Packer.toBuffer(buildDocument());
  directory = await mkdtemp(join(tmpdir(), 'congtac-docx-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('docxToText', () => {
  it('writes list numbers, nested bullets and table rows as plan text', async () => {
    const lines = (await docxToText(buffer)).split('\n\n');
    expect(lines).toContain('Số 30-KH/ĐUK');
    expect(lines).toContain('1. Đổi mới mạnh mẽ, sâu sắc và vững chắc nội dung, phương thức công tác tư tưởng');
    expect(lines).toContain('- Cấp ủy chi bộ, đảng bộ nâng cao nhận thức về vai trò của công tác tư tưởng.');
    expect(lines).toContain('2. Nâng cao chất lượng cán bộ làm công tác tư tưởng');
    expect(lines.slice(lines.indexOf('1. Quán triệt Nghị quyết số 35-NQ/TW cho cán bộ, đảng viên'))).toEqual(
      expect.arrayContaining(['- Đơn vị chủ trì: Ban Tuyên giáo', '- Đơn vị phối hợp: Văn phòng, Công đoàn cơ sở', '- Thời gian: Quý III/2022']),
    );
  });
});

describe('a .docx plan', () => {
  it('comes through with its header, tasks, leads, partners and signature', async () => {
    const path = join(directory, 'ke-hoach.docx');
    await writeFile(path, buffer);
    const plan = await parsePlanFile(path);
    expect(plan).toEqual(parsePlanText(await docxToText(buffer)));
    expect(plan.document).toMatchObject({
      number: '30',
      typeCode: 'KH',
      issuerCode: 'ĐUK',
      kind: 'plan',
      title: 'Đổi mới công tác tư tưởng trong tình hình mới',
      place: 'Đồng Nai',
      issuedOn: '2022-04-05',
      bases: [{ number: '59', typeCode: 'KH', issuerCode: 'ĐUK', issuedOn: '2022-03-22' }],
      recipients: ['ĐUK', 'Chi bộ trực thuộc', 'Lưu: ĐU'],
      signature: { capacity: 'T/M ĐẢNG ỦY', position: 'PHÓ BÍ THƯ', signer: 'Nguyễn Thị Nghĩa' },
    });
    expect(plan.sections.map((section) => [section.code, section.role])).toEqual([
      ['I', 'purpose'],
      ['II', 'tasks'],
      ['III', 'content'],
      ['IV', 'implementation'],
    ]);
    const byCode = Object.fromEntries(plan.tasks.map((item) => [item.code, item]));
    expect(Object.keys(byCode)).toEqual(['II.1', 'II.1.1', 'II.1.2', 'II.2', 'II.2.1', 'III.1', 'III.2', 'IV.1']);
    expect(byCode['II.1.2']).toMatchObject({ parentCode: 'II.1', lead: ['Bí thư cấp ủy'], description: 'Công tác tư tưởng phải bám sát thực tiễn.' });
    expect(byCode['III.1']).toMatchObject({
      title: 'Quán triệt Nghị quyết số 35-NQ/TW cho cán bộ, đảng viên',
      lead: ['Ban Tuyên giáo'],
      partners: ['Văn phòng', 'Công đoàn cơ sở'],
      timeframe: { start: '2022-07-01', end: '2022-09-30', recurrence: null },
    });
    expect(byCode['III.2']).toMatchObject({
      lead: ['Văn phòng Đảng ủy'],
      partners: ['Các chi bộ trực thuộc'],
      timeframe: { deadline: '2022-12-15', end: '2022-12-15' },
    });
    expect(byCode['IV.1']).toMatchObject({ lead: ['Cấp ủy các chi bộ'], timeframe: { recurrence: 'yearly', start: '2022-01-01' } });
  });

  it('reports a damaged file', async () => {
    const path = join(directory, 'hong.docx');
    await writeFile(path, 'not a zip');
    await expect(parsePlanFile(path)).rejects.toThrow();
  });
});
