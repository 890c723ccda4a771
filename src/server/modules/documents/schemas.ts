import { z } from 'zod';
import { documentKinds, documentStatuses, signatureCapacities } from '../../../domain/documents.ts';
import { issuerSymbolPattern, notations } from '../../../domain/document-number.ts';
import { rollupMethods } from '../../../domain/rollup.ts';
import { isoDate } from '../../http/schemas.ts';

export const sectionRoles = ['purpose', 'objectives', 'content', 'tasks', 'targets', 'implementation', 'appendix', 'other'] as const;

const text = (max: number, message: string) => z.string().trim().max(max, message);

export const signatureSchema = z.object({
  capacity: z.enum(signatureCapacities).nullable(),
  onBehalfOf: text(200, 'Tối đa 200 ký tự.').nullable(),
  position: text(200, 'Tối đa 200 ký tự.').nullable(),
  signer: text(200, 'Tối đa 200 ký tự.').nullable(),
});

export const sectionSchema = z.object({
  code: text(20, 'Mã phần tối đa 20 ký tự.'),
  title: text(500, 'Tên phần tối đa 500 ký tự.'),
  role: z.enum(sectionRoles),
  text: z.string().max(100_000, 'Nội dung phần quá dài.'),
});

export const targetSchema = z.object({
  text: text(2000, 'Chỉ tiêu tối đa 2000 ký tự.'),
  comparator: z.enum(['>=', '>', '=', '<=', '<']).nullable(),
  value: z.number().nullable(),
  unit: z.enum(['percent', 'count']).nullable(),
  subject: z.string().max(500).nullable(),
});

export const basisSchema = z.object({
  documentId: z.uuid().nullable().optional(),
  number: text(20, 'Số văn bản tối đa 20 ký tự.').nullable().optional(),
  typeCode: text(20, 'Loại văn bản tối đa 20 ký tự.').nullable().optional(),
  issuerCode: text(60, 'Ký hiệu cơ quan tối đa 60 ký tự.').nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  citation: text(1000, 'Trích yếu tối đa 1000 ký tự.').nullable().optional(),
});

export const typeCode = z
  .string()
  .trim()
  .min(1, 'Cần loại văn bản (KH, HD, CTr …).')
  .max(20, 'Loại văn bản tối đa 20 ký tự.')
  .regex(/^\p{Lu}[\p{L}]*$/u, 'Loại văn bản viết như KH, HD, CTr, QĐi.');

export const documentFields = {
  kind: z.enum(documentKinds).optional(),
  typeCode,
  issuerCode: z.string().trim().min(1).max(60, 'Ký hiệu cơ quan tối đa 60 ký tự.').regex(issuerSymbolPattern, 'Ký hiệu cơ quan viết như ĐUK, BTGTU, CĐVC.').optional(),
  notation: z.enum(notations).optional(),
  number: z.number().int().min(1, 'Số văn bản từ 1 trở lên.').max(99_999).nullable().optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  issuedOn: isoDate.nullable().optional(),
  place: text(200, 'Địa danh tối đa 200 ký tự.').nullable().optional(),
  title: z.string().trim().min(1, 'Trích yếu không được để trống.').max(1000, 'Trích yếu tối đa 1000 ký tự.'),
  recipients: z.array(text(500, 'Mỗi nơi nhận tối đa 500 ký tự.')).max(200).optional(),
  signature: signatureSchema.nullable().optional(),
  bases: z.array(basisSchema).max(50).optional(),
  sections: z.array(sectionSchema).max(50).optional(),
  targets: z.array(targetSchema).max(200).optional(),
  rollupMethod: z.enum(rollupMethods).optional(),
};

export const issuerUnitIds = z.array(z.uuid()).min(1, 'Cần ít nhất một đơn vị ban hành.').max(10);

export const createDocumentBody = z.object({ issuerUnitIds, ...documentFields });
export const patchDocumentBody = z.object({ issuerUnitIds, ...documentFields }).partial();

const issuerView = z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable(), code: z.string() });

export const documentSummary = z.object({
  id: z.string(),
  kind: z.enum(documentKinds),
  typeCode: z.string(),
  typeName: z.string(),
  issuerCode: z.string(),
  notation: z.enum(notations),
  number: z.number().nullable(),
  numberLine: z.string().nullable(),
  year: z.number(),
  issuedOn: z.string().nullable(),
  title: z.string(),
  status: z.enum(documentStatuses),
  version: z.number(),
  issuers: z.array(issuerView),
  taskCount: z.number(),
});

export const fileView = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), sizeBytes: z.number(), sha256: z.string(), uploadedAt: z.string() });

export const documentDetail = documentSummary.extend({
  place: z.string().nullable(),
  recipients: z.array(z.string()),
  signature: signatureSchema.nullable(),
  sections: z.array(sectionSchema),
  targets: z.array(targetSchema),
  rollupMethod: z.enum(rollupMethods),
  previousVersionId: z.string().nullable(),
  nextVersionId: z.string().nullable(),
  issuedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  bases: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      typeCode: z.string().nullable(),
      issuerCode: z.string().nullable(),
      issuedOn: z.string().nullable(),
      citation: z.string().nullable(),
      document: z.object({ id: z.string(), title: z.string(), numberLine: z.string().nullable(), issuedOn: z.string().nullable() }).nullable(),
    }),
  ),
  implementedBy: z.array(z.object({ id: z.string(), title: z.string(), numberLine: z.string().nullable(), status: z.enum(documentStatuses), issuerName: z.string() })),
  files: z.array(fileView),
  allowed: z.object({ edit: z.boolean(), issue: z.boolean(), newVersion: z.boolean() }),
});
