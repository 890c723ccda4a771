import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitKind } from '../../domain/unit-kinds.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';
import { problemFrom, networkError } from './problem.ts';

// The shapes of the targets API (notes/targets-contract.md, issue 7).

export type SubjectKind = 'cell' | 'base_committee' | 'committee' | 'association';
export type AssociationTypeCode = 'union' | 'youth' | 'veterans' | 'women';
export type Comparator = 'gte' | 'lte' | 'eq';
export type TargetPeriodType = 'month' | 'quarter' | 'half' | 'year';
export type Measure = 'percent' | 'count';
export type CellStatus = 'green' | 'amber' | 'red' | 'none';
export type MetricParamType = 'meeting_kind' | 'report_template' | 'report_field' | 'task';

export interface MetricInfo {
  key: string;
  label: string;
  labelEn: string;
  description: string;
  measure: Measure;
  subjects: SubjectKind[];
  params: { key: string; type: MetricParamType; required: boolean }[];
  kind: 'computed' | 'manual';
  /** The period types a target of this metric may be judged on (when the server says). */
  periodTypes?: TargetPeriodType[];
}

export interface Target {
  id: string;
  unitId: string;
  unitName: string;
  documentId: string | null;
  documentTitle: string | null;
  year: number;
  text: string;
  subjectKind: SubjectKind;
  subjectAssociationType: AssociationTypeCode | null;
  metricKey: string;
  params: Record<string, string>;
  comparator: Comparator;
  value: number;
  periodType: TargetPeriodType;
  createdAt: string;
  updatedAt: string;
}

export type TargetInput = Omit<Target, 'id' | 'unitName' | 'documentTitle' | 'createdAt' | 'updatedAt'>;

export interface MatrixUnit {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface MatrixColumn {
  targetId: string;
  text: string;
  metricKey: string;
  measure: Measure;
  comparator: Comparator;
  value: number;
}

export interface MatrixCell {
  targetId: string;
  value: number | null;
  numerator: number;
  denominator: number;
  status: CellStatus;
}

export interface MatrixRow {
  unit: MatrixUnit & { hasChildren: boolean };
  cells: MatrixCell[];
}

export interface ComplianceMatrix {
  unit: MatrixUnit;
  period: string;
  periodLabel: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  total: MatrixCell[];
}

export interface Shortfall {
  unitId: string;
  unitName: string;
  parentName: string | null;
  value: number | null;
}

export interface ComplianceDetail {
  target: Target;
  value: number | null;
  numerator: number;
  denominator: number;
  status: CellStatus;
  shortfall: Shortfall[];
  peopleShort: number | null;
}

export interface TrendPoint {
  period: string;
  periodLabel: string;
  value: number | null;
  status: CellStatus;
}

export interface HomeDuties {
  unit: MatrixUnit;
  nextMeeting: { id: string; title: string; startsAt: string } | null;
  papersToApprove: { meetingId: string; title: string }[];
  reportsDue: { reportId: string | null; templateId: string; templateName: string; period: string; deadline: string; state: string }[];
  tasksDue: { assignmentId: string; title: string; dueOn: string; status: string }[];
  alerts: { targetId: string; text: string; status: 'amber' | 'red'; message: string }[];
}

/** The kinds of unit a matrix can be narrowed to. */
export type MatrixKindFilter = 'cell' | 'base_committee' | 'association';

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
export function useComplianceMatrix(query: MatrixQuery) {
  return useQuery({
    queryKey: targetKeys.matrix(query),
    queryFn: () => api.get<ComplianceMatrix>('/compliance', { ...query }),
    enabled: Boolean(query.unitId),
    placeholderData: keepPreviousData,
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
