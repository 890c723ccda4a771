import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AssociationType, UnitKind } from '../../domain/unit-kinds.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';
import type { Unit, UnitDetail, UnitInput, UnitPatch } from './types.ts';

export const unitKeys = {
  all: ['units'] as const,
  roots: ['units', 'roots'] as const,
  children: (id: string, includeInactive: boolean) => ['units', 'children', id, includeInactive] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  search: (filter: UnitSearch) => ['units', 'search', filter] as const,
};

export interface UnitSearch {
  search?: string;
  kind?: UnitKind;
  associationType?: AssociationType;
  /** This unit and the units under it only. */
  underId?: string;
  includeInactive?: boolean;
  limit?: number;
}

export function useRootUnits() {
  return useQuery({ queryKey: unitKeys.roots, queryFn: () => api.get<Unit[]>('/units/roots') });
}

export const childUnitsQuery = (id: string, includeInactive: boolean) =>
  queryOptions({
    queryKey: unitKeys.children(id, includeInactive),
    queryFn: () => api.get<Unit[]>(`/units/${id}/children`, { includeInactive }),
  });

export const unitDetailQuery = (id: string) => queryOptions({ queryKey: unitKeys.detail(id), queryFn: () => api.get<UnitDetail>(`/units/${id}`) });

export function useUnitDetail(id: string | null | undefined) {
  return useQuery({ ...unitDetailQuery(id ?? ''), enabled: Boolean(id) });
}

export function useUnitSearch(filter: UnitSearch, enabled = true) {
  return useQuery({
    queryKey: unitKeys.search(filter),
    queryFn: () => api.get<Unit[]>('/units', { ...filter }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateUnit() {
  return useInvalidatingMutation((input: UnitInput) => api.post<Unit>('/units', input), [unitKeys.all]);
}

export function useUpdateUnit() {
  return useInvalidatingMutation(({ id, ...patch }: UnitPatch & { id: string }) => api.patch<Unit>(`/units/${id}`, patch), [unitKeys.all]);
}

export function useMoveUnit() {
  return useInvalidatingMutation(({ id, newParentId }: { id: string; newParentId: string }) => api.post<Unit>(`/units/${id}/move`, { newParentId }), [unitKeys.all]);
}

export function useSetUnitActive() {
  return useInvalidatingMutation(
    ({ id, active }: { id: string; active: boolean }) => api.post<Unit>(`/units/${id}/${active ? 'reactivate' : 'deactivate'}`),
    [unitKeys.all],
  );
}
