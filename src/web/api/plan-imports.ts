import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { importPreview, saveImportBody } from '../../server/modules/plan-imports/schemas.ts';
import { api } from './client.ts';
import { type DocumentDetail, documentKeys } from './documents.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod schemas (type-only: nothing of the server reaches the bundle).
export type ImportPreview = z.infer<typeof importPreview>;
export type UnitMatch = ImportPreview['unitMatches'][number];
export type SaveImportInput = z.input<typeof saveImportBody>;

/** Reads a plan from a .docx or .txt file; the server stores nothing. */
export function usePreviewPlanImport() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<ImportPreview>('/plan-imports', form);
    },
  });
}

/** Saves the reviewed plan as a draft document. */
export function useSavePlanImport() {
  return useInvalidatingMutation((input: SaveImportInput) => api.post<DocumentDetail>('/plan-imports/save', input), [documentKeys.all]);
}

