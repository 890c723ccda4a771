import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AttendanceStatus } from '../../domain/attendance.ts';
import type { MeetingKind } from '../../domain/meeting-kinds.ts';
import type { compliance } from '../../server/modules/meetings/compliance-service.ts';
import type {
  attendanceResult,
  createMeetingBody,
  createSeriesBody,
  meetingDetail,
  meetingSummary,
  meetingWithWarnings,
  minutesBody,
  minutesView,
  patchMeetingBody,
  seriesWithMeetings,
  warning,
} from '../../server/modules/meetings/schemas.ts';
import type { catalogueItemView, proposeTopicsBody, recordBody, topicDetail, topicList, topicReportView, topicWithWarnings } from '../../server/modules/meetings/topic-schemas.ts';
import { assignmentKeys } from './assignments.ts';
import { api } from './client.ts';
import { documentKeys } from './documents.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type MeetingSummary = z.infer<typeof meetingSummary>;
export type MeetingDetail = z.infer<typeof meetingDetail>;
export type Invitee = MeetingDetail['invitees'][number];
export type MeetingWarning = z.infer<typeof warning>;
export type MeetingWithWarnings = z.infer<typeof meetingWithWarnings>;
export type CreateMeetingInput = z.input<typeof createMeetingBody>;
export type PatchMeetingInput = z.input<typeof patchMeetingBody>;
export type CreateSeriesInput = z.input<typeof createSeriesBody>;
export type SeriesWithMeetings = z.infer<typeof seriesWithMeetings>;
export type AttendanceResult = z.infer<typeof attendanceResult>;
export type Minutes = z.infer<typeof minutesView>;
export type MinutesInput = z.input<typeof minutesBody>;
export type FollowUp = Minutes['followUps'][number];
export type TopicList = z.infer<typeof topicList>;
export type TopicSummary = TopicList['topics'][number];
export type TopicDetail = z.infer<typeof topicDetail>;
export type TopicPaper = TopicDetail['papers'][number];
export type TopicWithWarnings = z.infer<typeof topicWithWarnings>;
export type ProposeTopicsInput = z.input<typeof proposeTopicsBody>;
export type RecordTopicInput = z.input<typeof recordBody>;
export type CatalogueItem = z.infer<typeof catalogueItemView>;
export type TopicReport = z.infer<typeof topicReportView>;
export type Compliance = Awaited<ReturnType<typeof compliance>>;
export type ComplianceCell = Compliance['cells'][number];
export type ComplianceLevel = Compliance['levels'][number];
export interface CalendarToken {
  token: string | null;
  createdAt: string | null;
  feedUrl: string | null;
  unitFeedUrlTemplate: string | null;
}
export interface MeetingKindInfo {
  kind: MeetingKind;
  label: string;
  agenda: MeetingDetail['agenda'];
}
export interface AttendanceMarkInput {
  inviteeId: string;
  status: AttendanceStatus;
  reason?: string | null;
}

export interface MeetingFilter {
  unitId: string;
  from: string;
  to: string;
  kind?: MeetingKind;
  status?: MeetingSummary['status'];
}

export const meetingKeys = {
  all: ['meetings'] as const,
  kinds: ['meetings', 'kinds'] as const,
  list: (filter: MeetingFilter) => ['meetings', 'list', filter] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  minutes: (id: string) => ['meetings', 'minutes', id] as const,
  documents: (id: string) => ['meetings', 'documents', id] as const,
  series: (unitId: string) => ['meetings', 'series', unitId] as const,
  calendar: ['meetings', 'calendar-token'] as const,
  topics: (unitId: string, year: number) => ['meetings', 'topics', unitId, year] as const,
  topic: (id: string) => ['meetings', 'topic', id] as const,
  catalogue: (unitId: string, year: number) => ['meetings', 'catalogue', unitId, year] as const,
  reports: (unitId: string, year: number) => ['meetings', 'topic-reports', unitId, year] as const,
  compliance: (unitId: string, year: number) => ['meetings', 'compliance', unitId, year] as const,
};

/** Kinds with their labels and scripts never change while the app runs. */
export function useMeetingKinds() {
  return useQuery({ queryKey: meetingKeys.kinds, queryFn: () => api.get<{ kinds: MeetingKindInfo[]; agendaParts: Record<string, string> }>('/meetings/kinds'), staleTime: Infinity });
}

export function useMeetings(filter: MeetingFilter | null) {
  return useQuery({
    queryKey: meetingKeys.list(filter ?? { unitId: '', from: '', to: '' }),
    queryFn: () => api.get<{ items: MeetingSummary[]; hasMore: boolean }>('/meetings', { ...filter, limit: 500 }),
    placeholderData: keepPreviousData,
    enabled: Boolean(filter),
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({ queryKey: meetingKeys.detail(id ?? ''), queryFn: () => api.get<MeetingDetail>(`/meetings/${id}`), enabled: Boolean(id) });
}

export function useMinutes(id: string | undefined) {
  return useQuery({ queryKey: meetingKeys.minutes(id ?? ''), queryFn: () => api.get<Minutes>(`/meetings/${id}/minutes`), enabled: Boolean(id) });
}

// Every meeting write may change the lists, the detail, the topics and the compliance figures: they share the first key.
export function useCreateMeeting() {
  return useInvalidatingMutation((input: CreateMeetingInput) => api.post<MeetingWithWarnings>('/meetings', input), [meetingKeys.all]);
}

export function useUpdateMeeting() {
  return useInvalidatingMutation(({ id, input }: { id: string; input: PatchMeetingInput }) => api.patch<MeetingWithWarnings>(`/meetings/${id}`, input), [meetingKeys.all]);
}

export function useCancelMeeting() {
  return useInvalidatingMutation(({ id, reason }: { id: string; reason?: string | null }) => api.post<MeetingDetail>(`/meetings/${id}/cancel`, { reason: reason ?? null }), [meetingKeys.all]);
}

export function useMarkHeld() {
  return useInvalidatingMutation((id: string) => api.post<MeetingDetail>(`/meetings/${id}/held`), [meetingKeys.all]);
}

export function useTakeAttendance() {
  return useInvalidatingMutation(({ id, marks }: { id: string; marks: AttendanceMarkInput[] }) => api.post<AttendanceResult>(`/meetings/${id}/attendance`, { marks }), [meetingKeys.all]);
}

export function useCheckIn() {
  return useInvalidatingMutation(({ id, code }: { id: string; code: string }) => api.post<MeetingDetail>(`/meetings/${id}/check-in`, { code }), [meetingKeys.all]);
}

export function useSaveMinutes() {
  return useInvalidatingMutation(({ id, input }: { id: string; input: MinutesInput }) => api.put<Minutes>(`/meetings/${id}/minutes`, input), [meetingKeys.all]);
}

/** Approval issues the conclusions notice: the units' tasks and the documents list change too. */
export function useApproveMinutes() {
  return useInvalidatingMutation((id: string) => api.post<Minutes>(`/meetings/${id}/minutes/approve`), [meetingKeys.all, assignmentKeys.all, documentKeys.all]);
}

export function useCreateSeries() {
  return useInvalidatingMutation((input: CreateSeriesInput) => api.post<SeriesWithMeetings>('/meeting-series', input), [meetingKeys.all]);
}

export function useCalendarToken() {
  return useQuery({ queryKey: meetingKeys.calendar, queryFn: () => api.get<CalendarToken>('/calendar/token') });
}

export function useRotateCalendarToken() {
  return useInvalidatingMutation(() => api.post<CalendarToken>('/calendar/token'), [meetingKeys.calendar]);
}

export function useTopics(unitId: string | null, year: number) {
  return useQuery({ queryKey: meetingKeys.topics(unitId ?? '', year), queryFn: () => api.get<TopicList>('/meetings/topics', { unitId, year }), enabled: Boolean(unitId) });
}

export function useTopic(id: string | undefined) {
  return useQuery({ queryKey: meetingKeys.topic(id ?? ''), queryFn: () => api.get<TopicDetail>(`/meetings/topics/${id}`), enabled: Boolean(id) });
}

export function useTopicCatalogue(unitId: string | null, year: number, enabled: boolean) {
  return useQuery({ queryKey: meetingKeys.catalogue(unitId ?? '', year), queryFn: () => api.get<CatalogueItem[]>('/meetings/topic-catalogue', { unitId, year }), enabled: Boolean(unitId) && enabled });
}

export function useProposeTopics() {
  return useInvalidatingMutation((input: ProposeTopicsInput) => api.post<TopicList & { created: string[] }>('/meetings/topics', input), [meetingKeys.all]);
}

/** One step of the thematic workflow: the path under /meetings/topics/:id and its body. */
export type TopicStep =
  | { action: 'decide'; body: { title?: string; plannedOn?: string } }
  | { action: 'drafters'; body: { personIds: string[] } }
  | { action: 'draft' | 'finalize'; body: { body: string }; file?: File | null }
  | { action: 'return'; body: { comment: string } }
  | { action: 'approve'; body: { comment?: string } }
  | { action: 'send'; body: { meetingId?: string } }
  | { action: 'record'; body: RecordTopicInput }
  | { action: 'report'; body?: undefined };

export function runTopicStep(id: string, step: TopicStep): Promise<TopicWithWarnings> {
  if ((step.action === 'draft' || step.action === 'finalize') && step.file) {
    const form = new FormData();
    form.append('file', step.file, step.file.name);
    return api.upload<TopicWithWarnings>(`/meetings/topics/${id}/${step.action}/file`, form);
  }
  return api.post<TopicWithWarnings>(`/meetings/topics/${id}/${step.action}`, step.body);
}

export function useTopicStep() {
  return useInvalidatingMutation(({ id, step }: { id: string; step: TopicStep }) => runTopicStep(id, step), [meetingKeys.all]);
}

export function useTopicReports(unitId: string | null, year: number) {
  return useQuery({
    queryKey: meetingKeys.reports(unitId ?? '', year),
    queryFn: () => api.get<{ items: TopicReport[]; hasMore: boolean }>('/meetings/topic-reports', { unitId, year, limit: 200 }),
    enabled: Boolean(unitId),
  });
}

export function useCompliance(unitId: string | null, year: number) {
  return useQuery({
    queryKey: meetingKeys.compliance(unitId ?? '', year),
    queryFn: () => api.get<Compliance>('/meetings/compliance', { unitId, year, limit: 500 }),
    placeholderData: keepPreviousData,
    enabled: Boolean(unitId),
  });
}

/** The minutes as a Word file in the official layout, downloaded with the session cookie. */
export const minutesDocxUrl = (meetingId: string) => `/api/v1/meetings/${meetingId}/minutes.docx`;

/** A paper's file, downloaded with the session cookie. */
export const topicFileUrl = (fileId: string) => `/api/v1/meetings/topic-files/${fileId}`;
