import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { meetingDocumentList, meetingDocumentView } from '../../server/modules/meetings/meeting-documents-schemas.ts';
import { api } from './client.ts';
import { meetingKeys } from './meetings.ts';
import { useInvalidatingMutation } from './mutation.ts';

// The shapes come from the server's own zod views (type-only: nothing of the server reaches the bundle).
export type MeetingDocumentList = z.infer<typeof meetingDocumentList>;
export type MeetingDocument = z.infer<typeof meetingDocumentView>;
export type MeetingFile = NonNullable<MeetingDocument['file']>;

/** Under the meetings' first key: a change of the meeting refreshes its documents too. */
const documentsKey = meetingKeys.documents;

export function useMeetingDocuments(meetingId: string) {
  return useQuery({ queryKey: documentsKey(meetingId), queryFn: () => api.get<MeetingDocumentList>(`/meetings/${meetingId}/documents`) });
}

export function useAttachMeetingFile(meetingId: string) {
  return useInvalidatingMutation((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<MeetingDocument>(`/meetings/${meetingId}/documents/files`, form);
  }, [documentsKey(meetingId)]);
}

export function useLinkMeetingDocument(meetingId: string) {
  return useInvalidatingMutation((documentId: string) => api.post<MeetingDocument>(`/meetings/${meetingId}/documents`, { documentId }), [documentsKey(meetingId)]);
}

export function useRemoveMeetingDocument(meetingId: string) {
  return useInvalidatingMutation((itemId: string) => api.delete<MeetingDocumentList>(`/meetings/${meetingId}/documents/${itemId}`), [documentsKey(meetingId)]);
}

/** A file of the meeting (or an original of a document linked to it), for a download link. */
export const meetingFileUrl = (meetingId: string, fileId: string) => `/api/v1/meetings/${meetingId}/files/${fileId}`;
