import { z } from 'zod';

/** A template definition travels as JSON; the domain's parseTemplate checks it (422 with paths). */
export const definitionSchema = z.record(z.string(), z.unknown());

export const createTemplateBody = z.object({ unitId: z.uuid(), definition: z.unknown() });
export const newVersionBody = z.object({ definition: z.unknown() });
export const opinionSummaryBody = z.object({ unitId: z.uuid() });
export const versionParams = z.object({ id: z.uuid({ error: 'Mã định danh không hợp lệ.' }), version: z.coerce.number().int().min(1).max(1_000_000) });

export const templateSummary = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  isActive: z.boolean(),
  latestVersion: z.number(),
  createdAt: z.string(),
});

export const versionSummary = z.object({ version: z.number(), createdAt: z.string(), createdBy: z.string().nullable() });

export const templateDetail = templateSummary.extend({
  definition: definitionSchema,
  versions: z.array(versionSummary),
});

export const versionDetail = z.object({
  templateId: z.string(),
  version: z.number(),
  definition: definitionSchema,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
