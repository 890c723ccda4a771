import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MembershipPosition, PartyStatus } from '../../domain/people.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';
import type { ImportMode, ImportPreview, ImportResult, PeoplePage, Person, PersonFields, PersonInput } from './types.ts';
import { unitKeys } from './units.ts';

export interface PeopleFilter {
  unitId?: string;
  search?: string;
  partyStatus?: PartyStatus;
  limit: number;
  offset: number;
}

const peopleKeys = {
  all: ['people'] as const,
  list: (filter: PeopleFilter) => ['people', 'list', filter] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

/** People and unit member counts change together. */
const afterPeopleChange = [peopleKeys.all, unitKeys.all];

export function usePeople(filter: PeopleFilter, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.list(filter),
    queryFn: () => api.get<PeoplePage>('/people', { ...filter }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string | null) {
  return useQuery({ queryKey: peopleKeys.detail(id ?? ''), queryFn: () => api.get<Person>(`/people/${id}`), enabled: Boolean(id) });
}

export function useCreatePerson() {
  return useInvalidatingMutation((input: PersonInput) => api.post<Person>('/people', input), afterPeopleChange);
}

export function useUpdatePerson() {
  return useInvalidatingMutation(({ id, ...fields }: PersonFields & { id: string }) => api.patch<Person>(`/people/${id}`, fields), afterPeopleChange);
}

export function useAddMembership() {
  return useInvalidatingMutation(
    ({ personId, ...body }: { personId: string; unitId: string; position?: MembershipPosition; startedOn?: string }) => api.post<Person>(`/people/${personId}/memberships`, body),
    afterPeopleChange,
  );
}

export function useChangePosition() {
  return useInvalidatingMutation(
    ({ membershipId, position }: { membershipId: string; position: MembershipPosition }) => api.patch<Person>(`/memberships/${membershipId}`, { position }),
    afterPeopleChange,
  );
}

export function useTransferMembership() {
  return useInvalidatingMutation(
    ({ membershipId, ...body }: { membershipId: string; toUnitId: string; position?: MembershipPosition; on?: string }) => api.post<Person>(`/memberships/${membershipId}/transfer`, body),
    afterPeopleChange,
  );
}

export function useEndMembership() {
  return useInvalidatingMutation(
    ({ membershipId, endedOn }: { membershipId: string; endedOn?: string }) => api.post<Person>(`/memberships/${membershipId}/end`, { endedOn }),
    afterPeopleChange,
  );
}

function importForm(file: File, mode?: ImportMode): FormData {
  const form = new FormData();
  // The server reads fields that come before the file only.
  if (mode) form.append('mode', mode);
  form.append('file', file, file.name);
  return form;
}

export function usePreviewImport() {
  return useInvalidatingMutation((file: File) => api.upload<ImportPreview>('/people/imports/preview', importForm(file)), []);
}

export function useCommitImport() {
  return useInvalidatingMutation(({ file, mode }: { file: File; mode: ImportMode }) => api.upload<ImportResult>('/people/imports', importForm(file, mode)), afterPeopleChange);
}
