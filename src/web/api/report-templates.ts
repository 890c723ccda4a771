import { useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { templateDetail, templateSummary } from '../../server/modules/reports/schemas.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type TemplateSummary = z.infer<typeof templateSummary>;
export type TemplateDetail = z.infer<typeof templateDetail>;

export const reportTemplateKeys = {
  all: ['report-templates'] as const,
  list: (unitId: string) => ['report-templates', 'list', unitId] as const,
  detail: (id: string) => ['report-templates', 'detail', id] as const,
};

/** The templates applying to a unit: defined by it or one of its ancestors. */
export function useReportTemplates(unitId: string | null) {
  return useQuery({
    queryKey: reportTemplateKeys.list(unitId ?? ''),
    queryFn: () => api.get<TemplateSummary[]>('/report-templates', { unitId }),
    enabled: Boolean(unitId),
  });
}

/** One template: its latest definition and the list of its versions. */
export function useReportTemplate(id: string | null) {
  return useQuery({ ...detailQuery(id ?? ''), enabled: Boolean(id) });
}

const detailQuery = (id: string) => ({ queryKey: reportTemplateKeys.detail(id), queryFn: () => api.get<TemplateDetail>(`/report-templates/${id}`) });

/** Several templates' details at once (the list shows each one's period type), by id. */
export function useReportTemplateDetails(ids: readonly string[]): Map<string, TemplateDetail> {
  return useQueries({
    queries: ids.map(detailQuery),
    combine: (results) => new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data] as const] : []))),
  });
}

export function useCreateReportTemplate() {
  return useInvalidatingMutation(
    (body: { unitId: string; definition: unknown }) => api.post<TemplateDetail>('/report-templates', body),
    [reportTemplateKeys.all],
  );
}

/** A new version of a template; earlier versions never change. */
export function useAddTemplateVersion(id: string) {
  return useInvalidatingMutation(
    (definition: unknown) => api.post<TemplateDetail>(`/report-templates/${id}/versions`, { definition }),
    [reportTemplateKeys.all],
  );
}

/** The ready quarterly opinion-summary template for a unit (409 when it has one). */
export function useCreateOpinionSummary() {
  return useInvalidatingMutation((unitId: string) => api.post<TemplateDetail>('/report-templates/opinion-summary', { unitId }), [reportTemplateKeys.all]);
}
