import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createTargetBody, detailResponse, dutiesResponse, matrixResponse, metricInfo, target, trendResponse } from '../../server/modules/targets/schemas.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';
import { networkError, problemFrom } from './problem.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type MetricInfo = z.infer<typeof metricInfo>;
export type Target = z.infer<typeof target>;
export type TargetInput = z.input<typeof createTargetBody>;
export type ComplianceMatrix = z.infer<typeof matrixResponse>;
export type MatrixColumn = ComplianceMatrix['columns'][number];
export type MatrixRow = ComplianceMatrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type MatrixUnit = ComplianceMatrix['unit'];
export type ComplianceDetail = z.infer<typeof detailResponse>;
export type Shortfall = ComplianceDetail['shortfall'][number];
export type TrendPoint = z.infer<typeof trendResponse>['points'][number];
export type HomeDuties = z.infer<typeof dutiesResponse>;

export type SubjectKind = Target['subjectKind'];
export type AssociationTypeCode = NonNullable<Target['subjectAssociationType']>;
export type Comparator = Target['comparator'];
export type TargetPeriodType = Target['periodType'];
export type Measure = MetricInfo['measure'];
export type CellStatus = MatrixCell['status'];
export type MetricParamType = MetricInfo['params'][number]['type'];

/** The kinds of unit a matrix can be narrowed to. */
export type MatrixKindFilter = 'committee' | 'base_committee' | 'cell' | 'association';

export interface MatrixQuery {
  unitId: string | null;
  period: string;
  kind?: MatrixKindFilter;
}

export interface FigureQuery {
  unitId: string;
  period: string;
  targetId: string;
}

export const targetKeys = {
  all: ['targets'] as const,
  metrics: ['targets', 'metrics'] as const,
  list: (unitId: string, year: number) => ['targets', 'list', unitId, year] as const,
  matrix: (query: MatrixQuery) => ['targets', 'compliance', query] as const,
  detail: (query: FigureQuery) => ['targets', 'compliance-detail', query] as const,
  trend: (unitId: string, targetId: string, periods: readonly string[]) => ['targets', 'trend', unitId, targetId, periods.join(',')] as const,
  duties: (unitId: string, month: string) => ['targets', 'duties', unitId, month] as const,
};

/** The metrics a target can be measured by (the registry in the code); they do not change while the app runs. */
export function useMetrics() {
  return useQuery({ queryKey: targetKeys.metrics, queryFn: () => api.get<{ metrics: MetricInfo[] }>('/metrics'), staleTime: Infinity, select: (data) => data.metrics });
}

/** The targets of a unit for a year, with those of the units above it that apply to it. */
export function useTargets(unitId: string | null, year: number) {
  return useQuery({
    queryKey: targetKeys.list(unitId ?? '', year),
    queryFn: () => api.get<{ targets: Target[] }>('/targets', { unitId, year }),
    enabled: Boolean(unitId),
    placeholderData: keepPreviousData,
    select: (data) => data.targets,
  });
}

/** A change of a target changes every figure measured by it: the whole targets cache is refreshed. */
export const useCreateTarget = () => useInvalidatingMutation((body: TargetInput) => api.post<Target>('/targets', body), [targetKeys.all]);
export const useUpdateTarget = () => useInvalidatingMutation(({ id, ...patch }: Partial<TargetInput> & { id: string }) => api.patch<Target>(`/targets/${id}`, patch), [targetKeys.all]);
export const useDeleteTarget = () => useInvalidatingMutation((id: string) => api.delete<null>(`/targets/${id}`), [targetKeys.all]);

/** Turns the targets read from a plan into measured targets; those no metric fits come back unmatched. */
export const useAdoptTargets = () =>
  useInvalidatingMutation((documentId: string) => api.post<{ created: Target[]; unmatched: { text: string }[] }>(`/documents/${documentId}/targets/adopt`, {}), [targetKeys.all]);

/** Rows = the units right under the node, columns = the period's targets. */
export const complianceMatrixQuery = (query: MatrixQuery) =>
  queryOptions({ queryKey: targetKeys.matrix(query), queryFn: () => api.get<ComplianceMatrix>('/compliance', { ...query }) });

export function useComplianceMatrix(query: MatrixQuery) {
  return useQuery({ ...complianceMatrixQuery(query), enabled: Boolean(query.unitId), placeholderData: keepPreviousData });
}

/** The matrix with every figure evaluated now, none of the kept ones, shown in place of the one on screen. */
export function useRecomputeMatrix(query: MatrixQuery) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.get<ComplianceMatrix>('/compliance', { ...query, fresh: 'true' }),
    onSuccess: (matrix) => client.setQueryData(targetKeys.matrix(query), matrix),
  });
}

/** What is behind one figure: the units that fall short and how many people do. */
export function useComplianceDetail(query: FigureQuery | null) {
  return useQuery({
    queryKey: targetKeys.detail(query ?? { unitId: '', period: '', targetId: '' }),
    queryFn: () => api.get<ComplianceDetail>('/compliance/detail', { ...query }),
    enabled: Boolean(query),
  });
}

/** One target's figure at a unit over several periods, oldest first. */
export function useComplianceTrend(unitId: string | null, targetId: string | null, periods: readonly string[]) {
  return useQuery({
    queryKey: targetKeys.trend(unitId ?? '', targetId ?? '', periods),
    queryFn: () => api.get<{ points: TrendPoint[] }>('/compliance/trend', { unitId, targetId, periods: periods.join(',') }),
    enabled: Boolean(unitId && targetId && periods.length > 0),
    select: (data) => data.points,
  });
}

export function complianceXlsxUrl(query: { unitId: string; period: string; kind?: MatrixKindFilter }): string {
  const params = new URLSearchParams({ unitId: query.unitId, period: query.period });
  if (query.kind) params.set('kind', query.kind);
  return `/api/v1/compliance/export.xlsx?${params.toString()}`;
}

/** Fetches the matrix as .xlsx (a refusal comes back as a problem, not as a file). */
export async function fetchComplianceXlsx(url: string, language: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': language } });
  } catch {
    throw networkError();
  }
  if (!response.ok) {
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the text itself
    }
    throw problemFrom(response.status, parsed);
  }
  return response.blob();
}

/** A cell's own duties for a month: next meeting, papers to approve, reports and tasks due, alerts. */
export function useHomeDuties(unitId: string | null, month: string) {
  return useQuery({
    queryKey: targetKeys.duties(unitId ?? '', month),
    queryFn: () => api.get<HomeDuties>('/home/duties', { unitId, month }),
    enabled: Boolean(unitId),
    placeholderData: keepPreviousData,
  });
}
