import { z } from 'zod';

export const idParam = z.object({ id: z.uuid({ error: 'Mã định danh không hợp lệ.' }) });

export const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD.' });

export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Error responses every authenticated route can give, for the OpenAPI document. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export const okSchema = z.object({ ok: z.literal(true) });
