/**
 * Template versions: editing a template makes a new version, and reports keep the version
 * they were filled on, so nothing already submitted changes. A new version must still not
 * drop or retype a field that holds data in reports that move to it (drafts of open periods)
 * or that roll-ups across periods read by key: those edits are refused with a Vietnamese
 * message, and the author hides the field's use instead (or keeps it).
 */
import type { ReportTemplate, TableColumn, TemplateField, TemplateIssue } from './template.ts';
import type { ReportValues } from './values.ts';

/** Paths holding data in some report: `members`, and `meetings.present` for a table's column. */
export function pathsWithData(reports: readonly ReportValues[]): Set<string> {
  const paths = new Set<string>();
  for (const report of reports) {
    for (const [key, value] of Object.entries(report)) {
      paths.add(key);
      if (!Array.isArray(value)) continue;
      for (const row of value) {
        if (typeof row === 'object' && row !== null) for (const column of Object.keys(row)) paths.add(`${key}.${column}`);
      }
    }
  }
  return paths;
}

/** Type changes that keep every stored value valid in kind (ranges are checked on the next submission). */
const widenings: Record<string, readonly string[]> = {
  integer: ['decimal'],
  short_text: ['long_text'],
};

/** What the next version would break for data stored under the previous one. */
export function versionChangeProblems(previous: ReportTemplate, next: ReportTemplate, withData: ReadonlySet<string>): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const nextFields = new Map(next.fields.map((field, index) => [field.key, { field, index }]));
  for (const old of previous.fields) {
    if (!withData.has(old.key)) continue;
    const found = nextFields.get(old.key);
    if (!found) {
      issues.push({ path: ['fields'], message: `Không thể bỏ trường "${old.label}" vì đã có báo cáo nhập dữ liệu cho trường này.` });
      continue;
    }
    const typeProblem = retypeProblem(old, found.field);
    if (typeProblem) {
      issues.push({ path: ['fields', found.index, 'type'], message: typeProblem });
      continue;
    }
    if (old.type !== 'table' || found.field.type !== 'table') continue;
    const nextColumns = found.field.columns;
    for (const column of old.columns) {
      if (!withData.has(`${old.key}.${column.key}`)) continue;
      const j = nextColumns.findIndex((c) => c.key === column.key);
      const newColumn = nextColumns[j];
      if (!newColumn) {
        issues.push({ path: ['fields', found.index, 'columns'], message: `Không thể bỏ cột "${column.label}" của bảng "${old.label}" vì đã có dữ liệu.` });
        continue;
      }
      const columnProblem = retypeProblem(column, newColumn);
      if (columnProblem) issues.push({ path: ['fields', found.index, 'columns', j, 'type'], message: columnProblem });
    }
  }
  return issues;
}

function retypeProblem(old: TemplateField | TableColumn, next: TemplateField | TableColumn): string | null {
  if (old.type === next.type || widenings[old.type]?.includes(next.type)) {
    if (old.type === 'choice' && next.type === 'choice' && old.multiple && !next.multiple) {
      return `Không thể chuyển "${old.label}" từ chọn nhiều sang chọn một vì đã có dữ liệu.`;
    }
    return null;
  }
  return `Không thể đổi kiểu "${old.label}" vì đã có dữ liệu; chỉ được mở rộng (số nguyên → số thập phân, văn bản ngắn → văn bản dài).`;
}
