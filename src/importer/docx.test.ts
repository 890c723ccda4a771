/**
 * A Word file built here with the `docx` library from seed 003's wording — numbered tasks
 * with bullet sub-tasks, a table of activities (content / lead / partners / time), and the
 * recipients and signature side by side in a table — read back as plan text; then the pieces
 * of WordprocessingML the reader keeps or drops, written by hand (`fixtures/word-package.ts`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocxReadError } from './docx-package.ts';
import { docxToText } from './docx.ts';
import { listItem, numberingDefinition, paragraph, wordPackage } from './fixtures/word-package.ts';
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
    await expect(parsePlanFile(path)).rejects.toThrow(DocxReadError);
  });
});

const lines = async (body: string, parts?: Parameters<typeof wordPackage>[1]) => (await docxToText(wordPackage(body, parts))).split('\n\n');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cellOf = (content: string, properties = '') => `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${content}</w:tc>`;
const rowOf = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tableOf = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="900"/></w:tblGrid>${rows.join('')}</w:tbl>`;

describe('docxToText on WordprocessingML', () => {
  it('reads runs, tabs, breaks, hyperlinks, field results, content controls and smart tags', async () => {
    expect(
      await lines(
        [
          `<w:p>${run('Số')}<w:r><w:tab/><w:t>30</w:t><w:noBreakHyphen/><w:t>KH/ĐUK</w:t></w:r></w:p>`,
          `<w:p>${run('Xem ')}<w:hyperlink r:id="rId9">${run('Cổng thông tin')}</w:hyperlink><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:br/><w:t>của Đảng bộ</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
          `<w:p>${run('Ngày ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('05/4/2022')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(', trang ')}<w:fldSimple w:instr=" PAGE ">${run('2')}</w:fldSimple></w:p>`,
          `<w:sdt><w:sdtPr><w:alias w:val="Địa danh"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:smartTagPr><w:attr w:name="x" w:val="y"/></w:smartTagPr>${run('Đồng Nai')}</w:smartTag><w:sdt><w:sdtContent>${run(', ngày 05 tháng 4 năm 2022')}</w:sdtContent></w:sdt></w:p></w:sdtContent></w:sdt>`,
        ].join(''),
      ),
    ).toEqual(['Số 30-KH/ĐUK', 'Xem Cổng thông tin của Đảng bộ', 'Ngày 05/4/2022, trang 2', 'Đồng Nai, ngày 05 tháng 4 năm 2022']);
  });

  it('keeps inserted text and drops deleted and moved-away text; a deleted paragraph mark joins two paragraphs', async () => {
    expect(
      await lines(
        [
          `<w:p>${run('Hoàn thành trước ngày ')}<w:del w:id="1" w:author="A">${run('15/11/2022')}</w:del><w:ins w:id="2" w:author="A">${run('15/12/2022')}</w:ins></w:p>`,
          `<w:p><w:moveFrom w:id="3" w:author="A">${run('Văn phòng ')}</w:moveFrom>${run('Ban Tuyên giáo ')}<w:moveTo w:id="4" w:author="A">${run('và Văn phòng ')}</w:moveTo></w:p>`,
          `<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="A"/></w:rPr></w:pPr>${run('Đoàn Thanh niên ')}</w:p>`,
          `<w:p>${run('phối hợp.')}</w:p>`,
          `<w:p><w:del w:id="6" w:author="A"><w:r><w:delText>Đoạn đã xóa.</w:delText></w:r></w:del></w:p>`,
        ].join(''),
      ),
    ).toEqual(['Hoàn thành trước ngày 15/12/2022', 'Ban Tuyên giáo và Văn phòng', 'Đoàn Thanh niên phối hợp.']);
  });

  it('writes a text box once, after its paragraph', async () => {
    const textBox = `<w:txbxContent>${paragraph('Lưu: VP.')}</w:txbxContent>`;
    const shape = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${textBox}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${textBox}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;
    expect(await lines(`<w:p>${run('Nơi nhận:')}<w:r>${shape}</w:r></w:p>${paragraph('T/M ĐẢNG ỦY')}`)).toEqual(['Nơi nhận:', 'Lưu: VP.', 'T/M ĐẢNG ỦY']);
  });

  it('numbers sections, tasks and sub-tasks as Word shows them, so that the plan reads with its codes', async () => {
    const numbering = numberingDefinition(1, [['upperRoman', '%1.'], ['decimal', '%2.'], ['lowerLetter', '%3)'], ['bullet', '-']]);
    const body = [
      paragraph('KẾ HOẠCH'),
      paragraph('Tổng kết công tác tư tưởng năm 2022'),
      listItem('MỤC ĐÍCH, YÊU CẦU', 1, 0),
      paragraph('Nâng cao nhận thức của cán bộ, đảng viên.'),
      listItem('NHIỆM VỤ VÀ GIẢI PHÁP', 1, 0),
      listItem('Quán triệt các nghị quyết của Đảng', 1, 1),
      listItem('Ban Tuyên giáo chủ trì tổ chức hội nghị', 1, 2),
      listItem('Các chi bộ tổ chức học tập', 1, 2),
      listItem('Hoàn thành trong quý III/2022', 1, 3),
      listItem('Tổng kết năm', 1, 1),
    ].join('');
    const text = await docxToText(wordPackage(body, { numbering }));
    expect(text.split('\n\n')).toEqual([
      'KẾ HOẠCH',
      'Tổng kết công tác tư tưởng năm 2022',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nâng cao nhận thức của cán bộ, đảng viên.',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Quán triệt các nghị quyết của Đảng',
      'a) Ban Tuyên giáo chủ trì tổ chức hội nghị',
      'b) Các chi bộ tổ chức học tập',
      '- Hoàn thành trong quý III/2022',
      '2. Tổng kết năm',
    ]);
    const plan = parsePlanText(text);
    expect(plan.sections.map((section) => section.code)).toEqual(['I', 'II']);
    expect(plan.tasks.map((item) => item.code)).toEqual(['II.1', 'II.1.a', 'II.1.b', 'II.1.b.1', 'II.2']);
  });

  it('turns activity rows into numbered items, with merged and spanning cells and deleted rows', async () => {
    const numbering = numberingDefinition(1, [['bullet', '-']]);
    const header = rowOf(
      cellOf(paragraph('STT')),
      cellOf(paragraph('Nội dung công việc'), '<w:gridSpan w:val="2"/>'),
      cellOf(paragraph('Đơn vị chủ trì')),
      cellOf(paragraph('Thời gian thực hiện')),
    );
    const rows = [
      rowOf(cellOf(paragraph('1')), cellOf(paragraph('Quán triệt Nghị quyết') + listItem('Hội nghị báo cáo viên', 1), '<w:gridSpan w:val="2"/>'), cellOf(paragraph('Ban Tuyên giáo'), '<w:vMerge w:val="restart"/>'), cellOf(paragraph('Quý III/2022'))),
      rowOf(cellOf(paragraph('2.')), cellOf(paragraph('Sơ kết 6 tháng'), '<w:gridSpan w:val="2"/>'), cellOf('<w:p/>', '<w:vMerge/>'), cellOf(paragraph('Tháng 7/2022'))),
      `<w:tr><w:trPr><w:del w:id="9" w:author="A"/></w:trPr>${cellOf(paragraph('3'))}${cellOf(paragraph('Việc đã bỏ'), '<w:gridSpan w:val="2"/>')}${cellOf(paragraph('Văn phòng'))}${cellOf('<w:p/>')}</w:tr>`,
      rowOf(cellOf('<w:p/>'), cellOf('<w:p/>', '<w:gridSpan w:val="2"/>'), cellOf(paragraph('Văn phòng')), cellOf('<w:p/>')),
      rowOf(cellOf('<w:p/>'), cellOf(paragraph('Tổng kết năm'), '<w:gridSpan w:val="2"/>'), cellOf(paragraph('Văn phòng Đảng ủy')), cellOf(paragraph('Trước ngày 15/12/2022'))),
    ];
    expect(await lines(tableOf(header, ...rows), { numbering })).toEqual([
      '1. Quán triệt Nghị quyết',
      '- Hội nghị báo cáo viên',
      '- Đơn vị chủ trì: Ban Tuyên giáo',
      '- Thời gian: Quý III/2022',
      '2. Sơ kết 6 tháng',
      '- Đơn vị chủ trì: Ban Tuyên giáo',
      '- Thời gian: Tháng 7/2022',
      '3. Tổng kết năm',
      '- Đơn vị chủ trì: Văn phòng Đảng ủy',
      '- Thời gian: Trước ngày 15/12/2022',
    ]);
  });

  it('reads other tables cell by cell, nested tables included', async () => {
    const nested = tableOf(rowOf(cellOf(paragraph('T/M ĐẢNG ỦY')), cellOf(paragraph('PHÓ BÍ THƯ'))));
    const table = tableOf(rowOf(cellOf(paragraph('Nơi nhận:') + paragraph('- ĐUK;')), cellOf(nested + paragraph('Nguyễn Thị Nghĩa'))));
    expect(await lines(table)).toEqual(['Nơi nhận:', '- ĐUK;', 'T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ', 'Nguyễn Thị Nghĩa']);
  });
});
