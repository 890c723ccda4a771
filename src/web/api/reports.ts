import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportState } from '../../domain/reports/workflow.ts';
import type { dueReport, expectedStatus, reportDetail, reportListItem, rollupView } from '../../server/modules/reports/report-schemas.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type DueReport = z.infer<typeof dueReport>;
export type ReportDetail = z.infer<typeof reportDetail>;
export type ReportListItem = z.infer<typeof reportListItem>;
export type RollupView = z.infer<typeof rollupView>;
export type ExpectedStatus = z.infer<typeof expectedStatus>;
export type FieldAggregate = RollupView['aggregate']['fields'][number];
export type TableAggregate = RollupView['aggregate']['tables'][number];
export type Tally = RollupView['completeness']['overall'];
export type OwedReport = RollupView['completeness']['missing'][number];
export type RollupChild = RollupView['children'][number];

export interface ReceivedFilter {
  unitId: string | null;
  state?: ReportState;
  templateId?: string;
  period?: string;
}

export interface RollupQuery {
  templateId: string | null;
  unitId: string | null;
  period: string | null;
}

export const reportKeys = {
  all: ['reports'] as const,
  due: (unitId: string, year: number) => ['reports', 'due', unitId, year] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  received: (filter: ReceivedFilter) => ['reports', 'received', filter] as const,
  rollup: (query: RollupQuery) => ['reports', 'rollup', query] as const,
};

/** What a unit owes in a year: template × period, started or not. */
export function useDueReports(unitId: string | null, year: number) {
  return useQuery({
    queryKey: reportKeys.due(unitId ?? '', year),
    queryFn: () => api.get<DueReport[]>('/reports/due', { unitId, year }),
    enabled: Boolean(unitId),
    placeholderData: keepPreviousData,
  });
}

/** Opens a unit's report for a period, creating its prefilled draft the first time. */
export function useOpenReport() {
  return useInvalidatingMutation((body: { templateId: string; unitId: string; period: string }) => api.post<ReportDetail>('/reports', body), [reportKeys.all]);
}

export function useReport(id: string | undefined) {
  return useQuery({ queryKey: reportKeys.detail(id ?? ''), queryFn: () => api.get<ReportDetail>(`/reports/${id}`), enabled: Boolean(id) });
}

/** Every change of a report refreshes all report lists (due, received, roll-up) and the report itself. */
const useReportChange = <T>(send: (variables: T) => Promise<ReportDetail>) => useInvalidatingMutation(send, [reportKeys.all]);

/** Saves a draft; it is always kept, and its problems come back in `errors`. */
export const useSaveReport = (id: string) => useReportChange((values: Record<string, unknown>) => api.put<ReportDetail>(`/reports/${id}`, { values }));
export const useSubmitReport = (id: string) => useReportChange(() => api.post<ReportDetail>(`/reports/${id}/submit`, {}));
export const useReturnReport = (id: string) => useReportChange((comment: string) => api.post<ReportDetail>(`/reports/${id}/return`, { comment }));
export const useApproveReport = (id: string) => useReportChange((acceptGap: boolean) => api.post<ReportDetail>(`/reports/${id}/approve`, { acceptGap }));
export const useReopenReport = (id: string) => useReportChange((reason: string) => api.post<ReportDetail>(`/reports/${id}/reopen`, { reason }));

export function useAttachReportFile(id: string) {
  return useReportChange((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<ReportDetail>(`/reports/${id}/files`, form);
  });
}

export const useRemoveReportFile = (id: string) => useReportChange((fileId: string) => api.delete<ReportDetail>(`/reports/${id}/files/${fileId}`));

export const reportFileUrl = (id: string, fileId: string) => `/api/v1/reports/${id}/files/${fileId}`;

/** Reports received by a unit or any unit under it. */
export function useReceivedReports(filter: ReceivedFilter) {
  return useQuery({
    queryKey: reportKeys.received(filter),
    queryFn: () => api.get<ReportListItem[]>('/reports/received', { ...filter }),
    enabled: Boolean(filter.unitId),
    placeholderData: keepPreviousData,
  });
}

/** The aggregated figures, completeness and drill-down of a node for one period. */
export function useRollup(query: RollupQuery) {
  return useQuery({
    queryKey: reportKeys.rollup(query),
    queryFn: () => api.get<RollupView>('/reports/rollup', { ...query }),
    enabled: Boolean(query.templateId && query.unitId && query.period),
    placeholderData: keepPreviousData,
  });
}

export const rollupXlsxUrl = (query: { templateId: string; unitId: string; period: string }) =>
  `/api/v1/reports/rollup.xlsx?${new URLSearchParams(query).toString()}`;
