import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DocumentKind, DocumentStatus } from '../../domain/documents.ts';
import type { createDocumentBody, documentDetail, documentSummary, fileView, patchDocumentBody } from '../../server/modules/documents/schemas.ts';
import type { Notation } from '../../domain/document-number.ts';
import { assignmentKeys } from './assignments.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type DocumentSummary = z.infer<typeof documentSummary>;
export type DocumentDetail = z.infer<typeof documentDetail>;
export type DocumentBasis = DocumentDetail['bases'][number];
export type StoredFile = z.infer<typeof fileView>;
export type DocumentInput = z.input<typeof createDocumentBody>;
export type DocumentPatch = z.input<typeof patchDocumentBody>;

export interface DocumentFilter {
  unitId?: string;
  year?: number;
  status?: DocumentStatus;
  kind?: DocumentKind;
  search?: string;
  limit: number;
  offset: number;
}

export interface NumberSuggestion {
  number: number;
  year: number;
  issuerCode: string;
  notation: Notation;
  symbol: string;
}

export const documentKeys = {
  all: ['documents'] as const,
  list: (filter: DocumentFilter) => ['documents', 'list', filter] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  nextNumber: (issuerUnitId: string, typeCode: string, year: number | undefined) => ['documents', 'next-number', issuerUnitId, typeCode, year] as const,
};

export function useDocuments(filter: DocumentFilter, enabled = true) {
  return useQuery({
    queryKey: documentKeys.list(filter),
    queryFn: () => api.get<{ items: DocumentSummary[]; hasMore: boolean }>('/documents', { ...filter }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({ queryKey: documentKeys.detail(id ?? ''), queryFn: () => api.get<DocumentDetail>(`/documents/${id}`), enabled: Boolean(id) });
}

/** The next free number of a register (issuer, type, year), offered when drafting. */
export const nextNumberQuery = (issuerUnitId: string | null | undefined, typeCode: string | undefined, year: number | undefined) =>
  queryOptions({
    queryKey: documentKeys.nextNumber(issuerUnitId ?? '', typeCode ?? '', year),
    queryFn: () => api.get<NumberSuggestion>('/documents/next-number', { issuerUnitId, typeCode, year }),
    enabled: Boolean(issuerUnitId && typeCode),
    // Always asked afresh: another draft may have taken the number meanwhile.
    staleTime: 0,
  });

export function useNextNumber(issuerUnitId: string | null | undefined, typeCode: string | undefined, year: number | undefined) {
  return useQuery(nextNumberQuery(issuerUnitId, typeCode, year));
}

export function useCreateDocument() {
  return useInvalidatingMutation((input: DocumentInput) => api.post<DocumentDetail>('/documents', input), [documentKeys.all]);
}

export function useUpdateDocument() {
  return useInvalidatingMutation(({ id, ...patch }: DocumentPatch & { id: string }) => api.patch<DocumentDetail>(`/documents/${id}`, patch), [documentKeys.all]);
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/documents/${id}`),
    // Everything but the deleted draft itself, whose page is being left (refetching it would only fail).
    onSuccess: (_, id) => queryClient.invalidateQueries({ queryKey: documentKeys.all, predicate: (query) => query.queryKey.join('/') !== documentKeys.detail(id).join('/') }),
  });
}

/** Issuing a plan hands its tasks to units: their inboxes and the plan's board change too. */
export function useIssueDocument() {
  return useInvalidatingMutation(
    ({ id, ...body }: { id: string; number?: number; issuedOn?: string }) => api.post<DocumentDetail>(`/documents/${id}/issue`, body),
    [documentKeys.all, assignmentKeys.all],
  );
}

export function useCreateVersion() {
  return useInvalidatingMutation((id: string) => api.post<DocumentDetail>(`/documents/${id}/versions`), [documentKeys.all]);
}

export function useAttachFile() {
  return useInvalidatingMutation(
    ({ documentId, file }: { documentId: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<StoredFile>(`/documents/${documentId}/files`, form);
    },
    [documentKeys.all],
  );
}

/** Where a stored file downloads (the session cookie authorizes it). */
export const fileUrl = (fileId: string) => `/api/v1/files/${fileId}`;
