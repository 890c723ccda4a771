import { z } from 'zod';
import { rollupMethods } from '../../../domain/rollup.ts';
import type { Recurrence } from '../../../domain/timeframe.ts';
import { isoDate } from '../../http/schemas.ts';
import { issuerUnitIds, sectionRoles, typeCode } from '../documents/schemas.ts';
import { timeframeSchema } from '../plans/schemas.ts';

/**
 * The import contract (src/importer/types.ts) as zod schemas. The preview returns it as the
 * importer read it (`checked: false`: any length, empty titles allowed); the reviewed
 * extraction comes back in it to be saved (`checked: true`), so every field the reviewer may
 * have edited is checked again: lengths, non-empty titles, unique task codes, and each parent
 * before its sub-tasks (so the tree has no loops).
 */
const recurrences = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const satisfies readonly Recurrence[];

function extractionSchemaOf(checked: boolean) {
  const text = (max: number, message: string) => (checked ? z.string().trim().max(max, message) : z.string());
  const required = (max: number, message: string, empty: string) => (checked ? z.string().trim().min(1, empty).max(max, message) : z.string());
  const list = <T extends z.ZodType>(item: T, max: number) => (checked ? z.array(item).max(max) : z.array(item));
  const unitName = required(300, 'Tên đơn vị tối đa 300 ký tự.', 'Tên đơn vị không được để trống.');
  const reference = {
    number: text(20, 'Số văn bản tối đa 20 ký tự.').nullable(),
    typeCode: text(20, 'Loại văn bản tối đa 20 ký tự.').nullable(),
    issuerCode: text(60, 'Ký hiệu cơ quan tối đa 60 ký tự.').nullable(),
    issuedOn: (checked ? isoDate : z.string()).nullable(),
  };
  const document = z.object({
    ...reference,
    kind: z.enum(['plan', 'guidance', 'program', 'other']),
    title: required(1000, 'Trích yếu tối đa 1000 ký tự.', 'Trích yếu không được để trống.'),
    place: text(200, 'Địa danh tối đa 200 ký tự.').nullable(),
    bases: list(z.object(reference), 50),
    recipients: list(text(500, 'Mỗi nơi nhận tối đa 500 ký tự.'), 200),
    signature: z
      .object({
        capacity: text(200, 'Tối đa 200 ký tự.').nullable(),
        position: text(200, 'Tối đa 200 ký tự.').nullable(),
        signer: text(200, 'Tối đa 200 ký tự.').nullable(),
      })
      .nullable(),
  });
  const section = z.object({
    code: required(20, 'Mã phần tối đa 20 ký tự.', 'Cần mã phần (I, II …).'),
    title: text(500, 'Tên phần tối đa 500 ký tự.'),
    role: z.enum(sectionRoles),
  });
  const task = z.object({
    code: required(40, 'Mã nhiệm vụ tối đa 40 ký tự.', 'Cần mã nhiệm vụ (ví dụ II.1.a).'),
    parentCode: text(40, 'Mã nhiệm vụ tối đa 40 ký tự.').nullable(),
    title: required(2000, 'Tên nhiệm vụ tối đa 2000 ký tự.', 'Tên nhiệm vụ không được để trống.'),
    description: checked ? z.string().max(20_000, 'Nội dung nhiệm vụ quá dài.') : z.string(),
    lead: list(unitName, 50),
    partners: list(unitName, 100),
    timeframe: checked
      ? timeframeSchema.required()
      : z.object({ text: z.string().nullable(), start: z.string().nullable(), end: z.string().nullable(), deadline: z.string().nullable(), peaks: z.array(z.object({ start: z.string(), end: z.string() })), recurrence: z.enum(recurrences).nullable() }),
  });
  const target = z.object({
    text: text(2000, 'Chỉ tiêu tối đa 2000 ký tự.'),
    comparator: z.enum(['>=', '>', '=', '<=', '<']),
    value: z.number(),
    unit: z.enum(['percent', 'count']),
    subject: text(500, 'Tối đa 500 ký tự.').nullable(),
  });
  return z.object({ document, sections: list(section, 50), tasks: list(task, 3000), targets: list(target, 200) });
}

export const extractionSchema = extractionSchemaOf(true).superRefine((extraction, ctx) => {
  const seen = new Set<string>();
  extraction.tasks.forEach((task, index) => {
    if (seen.has(task.code)) ctx.addIssue({ code: 'custom', path: ['tasks', index, 'code'], message: `Mã nhiệm vụ "${task.code}" bị trùng.` });
    if (task.parentCode !== null && !seen.has(task.parentCode)) {
      ctx.addIssue({ code: 'custom', path: ['tasks', index, 'parentCode'], message: `Nhiệm vụ cha "${task.parentCode}" phải đứng trước nhiệm vụ "${task.code}".` });
    }
    seen.add(task.code);
  });
});

export const saveImportBody = z.object({
  extraction: extractionSchema,
  issuerUnitIds,
  /** Unit names as the document writes them → the chosen org unit, or null to leave the name unmatched. */
  unitMapping: z.record(z.string().trim().min(1).max(300, 'Tên đơn vị tối đa 300 ký tự.'), z.uuid({ error: 'Mã đơn vị không hợp lệ.' }).nullable()),
  typeCode: typeCode.optional(),
  rollupMethod: z.enum(rollupMethods).optional(),
});

const span = z.object({ line: z.number(), endLine: z.number() });

const sourcesSchema = z.object({
  document: z.object({
    number: span.nullable(),
    kind: span.nullable(),
    title: span.nullable(),
    placeAndDate: span.nullable(),
    bases: z.array(span),
    recipients: z.array(span),
    signature: span.nullable(),
  }),
  sections: z.record(z.string(), span),
  tasks: z.record(z.string(), z.object({ task: span, title: span, timeframe: span.nullable(), assignment: span.nullable() })),
  targets: z.array(span),
});

const unitCandidate = z.object({ unitId: z.string(), name: z.string(), shortName: z.string().nullable(), score: z.number() });

export const importPreview = z.object({
  fileName: z.string(),
  fileKind: z.enum(['docx', 'txt']),
  extraction: extractionSchemaOf(false),
  sources: sourcesSchema,
  /** The text the spans point into (1-based lines, split at "\n"); a .docx is shown as converted. */
  sourceText: z.string(),
  unitMatches: z.array(z.object({ name: z.string(), candidates: z.array(unitCandidate), unitId: z.string().nullable() })),
});
