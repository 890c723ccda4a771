/**
 * Import of a 30-page plan (DESIGN.md: < 300 ms). The plan is built from the tasks of the
 * five seed documents, renumbered into task sections (II, III, …), one per round of the seeds,
 * until the text reaches ~150 KB (30 A4 pages of Times New Roman 14), written as an official .docx
 * by the exporter, and read back as its text. Measured: reading the text; converting the
 * .docx and reading it; and, inside `npm run bench`, the whole upload over HTTP on the city
 * data set (unit matching against a root's reach included).
 *
 * Alone, without a database: `npx tsx bench/import.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { docxToText } from '../src/importer/docx.ts';
import { type OfficialSection, type OfficialTask, writeOfficialDocx } from '../src/importer/docx-writer.ts';
import { parsePlan } from '../src/importer/parse-plan.ts';
import type { ExtractedTask } from '../src/importer/types.ts';
import { type BenchContext, signedInCookie, measure, printTable, type Measurement } from './lib.ts';

const seeds = ['000_5b55f2280d02f04d', '001_16213e8047a7359c', '002_65f7188428fed69d', '003_2770ca0840fd47ad', '004_3232c7ac935419e0'];
const PAGE_CHARACTERS = 5_000;
const PAGES = 30;

/** The seeds' task trees one after another in one section, each top task numbered on. */
function renumbered(tasks: ExtractedTask[], sectionCode: string, first: number): OfficialTask[] {
  const tops = new Map<string, string>();
  let next = first;
  const byCode = new Map(tasks.map((task) => [task.code, task]));
  const topOf = (task: ExtractedTask): string => {
    let top = task;
    while (top.parentCode !== null && byCode.has(top.parentCode)) top = byCode.get(top.parentCode)!;
    if (!tops.has(top.code)) tops.set(top.code, `${sectionCode}.${next++}`);
    return top.code;
  };
  return tasks.map((task) => {
    const top = topOf(task);
    return { ...task, code: `${tops.get(top)}${task.code.slice(top.length)}`, sectionCode };
  });
}

/** One section of task groups per round of the seeds (a section numbers its items up to 99, as documents do). */
const taskSections = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

export async function thirtyPagePlan(): Promise<{ text: string; docx: Buffer; tasks: number }> {
  const extracted = seeds.map((seed) => parsePlan(readFileSync(path.resolve('src/importer/fixtures', `${seed}.txt`), 'utf8')).extraction.tasks);
  const tasks: OfficialTask[] = [];
  const sections: OfficialSection[] = [{ code: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', role: 'purpose', text: 'Tiếp tục đổi mới nội dung, phương thức công tác tư tưởng theo hướng chủ động, thiết thực.' }];
  let docx: Buffer = Buffer.alloc(0);
  let text = '';
  for (const sectionCode of taskSections) {
    if (text.length >= PAGES * PAGE_CHARACTERS) break;
    sections.push({ code: sectionCode, title: `NHIỆM VỤ VÀ GIẢI PHÁP (PHẦN ${sections.length})`, role: 'tasks', text: '' });
    let top = 1;
    for (const seedTasks of extracted) {
      const section = renumbered(seedTasks, sectionCode, top);
      top += section.filter((task) => task.code.split('.').length === 2).length;
      tasks.push(...section);
    }
    docx = await writeOfficialDocx({
      notation: 'party',
      issuers: [{ superior: 'Đảng bộ Thành phố Hồ Chí Minh', name: 'Đảng ủy Khối Dân - Chính - Đảng Thành phố' }],
      typeCode: 'KH',
      issuerCode: 'ĐUK',
      number: 30,
      place: 'TP. Hồ Chí Minh',
      issuedOn: '2026-01-15',
      year: 2026,
      title: 'Thực hiện công tác tư tưởng, tuyên truyền và phối hợp hoạt động năm 2026',
      bases: [{ number: '59', typeCode: 'KH', issuerCode: 'TU', issuedOn: '2025-12-22' }],
      sections,
      tasks,
      targets: [],
      recipients: ['Thành ủy (để báo cáo)', 'Các đảng ủy cơ sở', 'Lưu Văn phòng'],
      signature: { capacity: 'T/M', onBehalfOf: 'Ban Thường vụ', position: 'Phó Bí thư', signer: 'Nguyễn Văn An' },
    });
    text = await docxToText(docx);
  }
  return { text, docx, tasks: tasks.length };
}

export type ImportBenchContext = Pick<BenchContext, 'baseUrl' | 'login' | 'password'>;

/** Reading the plan in process; with a running app, uploading it as well. */
export async function importBenchmarks(app?: ImportBenchContext): Promise<Measurement[]> {
  const plan = await thirtyPagePlan();
  const read = parsePlan(plan.text).extraction.tasks.length;
  if (read !== plan.tasks) throw new Error(`the 30-page plan reads back as ${read} tasks, not ${plan.tasks}`);
  const pages = Math.round(plan.text.length / PAGE_CHARACTERS);
  const results = [
    await measure(`import a ${pages}-page plan from text (${Math.round(plan.text.length / 1000)} KB, ${plan.tasks} tasks)`, 300, async () => {
      parsePlan(plan.text);
    }, 50),
    await measure(`import a ${pages}-page plan from .docx (${Math.round(plan.docx.length / 1000)} KB file)`, 300, async () => {
      parsePlan(await docxToText(plan.docx));
    }, 50),
  ];
  if (app) {
    const cookie = await signedInCookie(app.baseUrl, app.login, app.password);
    const upload = async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(plan.docx)]), 'ke-hoach-30-trang.docx');
      const response = await fetch(`${app.baseUrl}/api/v1/plan-imports`, { method: 'POST', headers: { cookie: cookie.cookie, 'x-csrf-token': cookie.csrfToken }, body: form });
      if (!response.ok) throw new Error(`POST /plan-imports: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };
    results.push(await measure(`POST /plan-imports with the ${pages}-page .docx (unit matching in a city root's reach)`, 1000, upload, 30));
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = printTable(await importBenchmarks()) ? 0 : 1;
}
