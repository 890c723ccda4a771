/**
 * The DESIGN.md privacy rule applied to report templates: a report records a unit's
 * activities and counts, never who a person is nor a person's views or an assessment of a
 * person's ideology (Law 91/2025/QH15, Decree 356/2025/NĐ-CP). A template field that would
 * hold such data is refused when the template is saved.
 *
 * How: every text of the definition (key, label, help, section, option labels, table
 * columns, the template's name and description) is folded without diacritics, cut into
 * clauses, and matched word-wise against three patterns:
 *  1. identity — "họ tên", "tên người", "tên đồng chí", "ngày sinh", "CCCD", "danh sách đảng
 *     viên", `full_name` …: the field would identify someone;
 *  2. views — a person noun (người, đồng chí, đảng viên, cán bộ, cá nhân …) together with a
 *     word of views or ideology (biểu hiện, tư tưởng, quan điểm, chính kiến, tôn giáo …) in
 *     the same clause: "đảng viên có biểu hiện …", "tư tưởng của đồng chí …";
 *  3. holder — a text or choice field, or any non-numeric table column, whose label starts
 *     with a person noun ("Người phản ánh", "Đồng chí phụ trách"): each answer or row would
 *     be a person. Numeric fields starting so are counts ("Đảng viên tham dự") and pass.
 * Activities named with the same words pass: "làm theo tư tưởng, đạo đức, phong cách Hồ Chí
 * Minh", "công tác tư tưởng", "phản bác quan điểm sai trái", "phòng, chống suy thoái",
 * "nhận diện biểu hiện …". A clause that forbids ("không ghi tên người", "không mô tả cá nhân") is not a hit, so help
 * texts may remind people of the rule.
 *
 * What it cannot catch: the values people type (a free-text answer may still name someone —
 * that is a matter of training and of review by the receiving unit); names put into option
 * labels; abbreviations ("ĐV", "HT"), misspellings, other languages than Vietnamese and the
 * few English keys listed here; a harmless-looking field ("Ghi chú") used for persons. It is
 * deliberately strict: unit-level wording about ideology must avoid person nouns ("Các vấn
 * đề được phản ánh", not "Tư tưởng của cán bộ, đảng viên"), and a rare false positive is
 * reworded by the template's author.
 */
import { foldedWords, foldVietnamese } from '../text.ts';
import type { ReportTemplate, TableColumn, TemplateField, TemplateIssue } from './template.ts';

const identityPhrases = [
  'họ tên', 'họ và tên', 'hoten', 'hovaten', 'tên người', 'tennguoi', 'tên đồng chí', 'tên đảng viên',
  'tên đoàn viên', 'tên hội viên', 'tên cán bộ', 'tên cá nhân', 'tên quần chúng', 'tên nhân viên',
  'tên công chức', 'tên viên chức', 'ngày sinh', 'năm sinh', 'số điện thoại', 'căn cước', 'cccd', 'cmnd',
  'định danh cá nhân', 'địa chỉ nhà', 'nơi ở', 'quê quán', 'full name', 'first name', 'last name',
  'person name', 'member name', 'date of birth', 'phone number',
];
const personNouns = [
  'người', 'đồng chí', 'đảng viên', 'đoàn viên', 'hội viên', 'cán bộ', 'công chức', 'viên chức',
  'cá nhân', 'quần chúng', 'nhân viên', 'người lao động', 'person', 'people', 'member', 'individual', 'comrade',
];
const viewWords = [
  'biểu hiện', 'tư tưởng', 'quan điểm', 'chính kiến', 'thái độ chính trị', 'lập trường', 'tôn giáo',
  'tín ngưỡng', 'suy thoái', 'tự diễn biến', 'tự chuyển hóa', 'phát ngôn', 'nhận thức chính trị',
  'opinion', 'ideology', 'religion', 'belief', 'political view',
];
/**
 * Activities, not views, though they use the same words (matched on the folded text, commas
 * allowed): studying and following Hồ Chí Minh's thought, the ideological work, refuting wrong
 * views, fighting degradation, learning to recognize its signs.
 */
/** "suy thoái về tư tưởng chính trị, đạo đức, lối sống, tự diễn biến, tự chuyển hóa", folded. */
const degradation = String.raw`(su )?(suy thoai( ve)?([\s,]+(va )?(tu tuong chinh tri|tu tuong|dao duc|loi song))*|tu dien bien|tu chuyen hoa)`;
const degradations = String.raw`(cac |nhung )?(bieu hien )?${degradation}([\s,]+(va )?${degradation})*`;
const activityPatterns = [
  /tu tuong[\s,]+(dao duc[\s,]+(va\s+)?)?(phong cach[\s,]+)?ho chi minh/g,
  /(lam theo|ren luyen theo|hoc tap|hoc tap va lam theo) tu tuong/g,
  /cong tac tu tuong/g,
  /quan diem sai trai( thu dich)?/g,
  new RegExp(String.raw`(phong[\s,]+)?chong ${degradations}`, 'g'),
  new RegExp(String.raw`ngan chan([\s,]+day lui)? ${degradations}`, 'g'),
  new RegExp(String.raw`nhan dien ${degradations}`, 'g'),
  /nhan dien( (cac|nhung))? bieu hien/g,
];
const negations = ['không ghi', 'không nêu', 'không được ghi', 'không được nêu', 'không mô tả', 'không đề cập', 'không nhắc', 'không điền', 'do not', 'never'];

const fold = (text: string) => foldedWords(text).join(' ');
const folded = (list: string[]) => list.map((phrase) => ({ phrase, folded: fold(phrase) }));
const identity = folded(identityPhrases);
const persons = folded(personNouns);
const views = folded(viewWords);
const negated = negations.map(fold);

export type PersonReference =
  | { kind: 'identity'; phrase: string }
  | { kind: 'views'; person: string; view: string }
  | { kind: 'holder'; person: string };

/**
 * Whether a text names or describes a person. `holdsEntries`: the text is the label of a
 * field whose answers are words (text, choice, a table column), so starting with a person
 * noun makes every answer a person.
 */
export function personReference(text: string, holdsEntries = false): PersonReference | null {
  for (const clause of clauses(text)) {
    const hitIdentity = identity.find((p) => containsPhrase(clause, p.folded));
    if (hitIdentity) return { kind: 'identity', phrase: hitIdentity.phrase };
    const person = persons.find((p) => containsPhrase(clause, p.folded));
    if (clause.startsWith('danh sach ') && person) return { kind: 'identity', phrase: `danh sách ${person.phrase}` };
    const view = views.find((p) => containsPhrase(clause, p.folded));
    if (person && view) return { kind: 'views', person: person.phrase, view: view.phrase };
  }
  if (holdsEntries) {
    const words = fold(text);
    const person = persons.find((p) => words === p.folded || words.startsWith(`${p.folded} `));
    if (person) return { kind: 'holder', person: person.phrase };
  }
  return null;
}

/** The privacy problems of a template, as template issues (used by `parseTemplate`). */
export function privacyProblems(template: ReportTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  for (const [name, text] of [['name', template.name], ['description', template.description]] as const) {
    const hit = text === undefined ? null : personReference(text);
    if (hit) issues.push({ path: [name], message: explain(`Tên mẫu`, hit) });
  }
  template.fields.forEach((field, i) => {
    const hit = fieldReference(field);
    if (hit) issues.push({ path: ['fields', i], message: explain(`Trường "${field.label}"`, hit) });
    if (field.type !== 'table') return;
    field.columns.forEach((column, j) => {
      const columnHit = fieldReference(column, true);
      if (columnHit) issues.push({ path: ['fields', i, 'columns', j], message: explain(`Cột "${column.label}" của bảng "${field.label}"`, columnHit) });
    });
  });
  return issues;
}

function fieldReference(field: TemplateField | TableColumn, inTable = false): PersonReference | null {
  const holdsEntries = field.type === 'choice' || field.type === 'short_text' || field.type === 'long_text' || (inTable && field.type === 'yes_no');
  const texts = [field.key, field.help, 'section' in field ? field.section : undefined, ...(field.type === 'choice' ? field.options.map((o) => o.label) : [])];
  return (
    personReference(field.label, holdsEntries) ??
    personReference(field.key.replace(/_/g, ' '), holdsEntries) ??
    texts.reduce<PersonReference | null>((found, text) => found ?? (text === undefined ? null : personReference(text)), null)
  );
}

function explain(subject: string, hit: PersonReference): string {
  const rule = 'Báo cáo chỉ ghi hoạt động, số liệu và tình hình chung của đơn vị, không ghi thông tin hay quan điểm của cá nhân (quy định bảo vệ dữ liệu cá nhân).';
  switch (hit.kind) {
    case 'identity':
      return `${subject} ghi thông tin nhận diện một người ("${hit.phrase}"). ${rule}`;
    case 'views':
      return `${subject} mô tả ${hit.view} của ${hit.person}. ${rule}`;
    case 'holder':
      return `${subject} sẽ chứa tên hoặc mô tả từng ${hit.person}. ${rule}`;
  }
}

function clauses(text: string): string[] {
  const withoutActivities = activityPatterns.reduce((folded, pattern) => folded.replace(pattern, ' . '), foldVietnamese(text));
  return withoutActivities
    .split(/[.,;:!?()[\]\n\r/–-]+/)
    .map(fold)
    .filter((clause) => clause.length > 0 && !negated.some((phrase) => containsPhrase(clause, phrase)));
}

function containsPhrase(clause: string, phrase: string): boolean {
  return ` ${clause} `.includes(` ${phrase} `);
}
