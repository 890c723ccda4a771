import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Role } from '../../domain/roles.ts';
import { api } from './client.ts';
import { useInvalidatingMutation } from './mutation.ts';
import type { Account, AccountInput, WithTemporaryPassword } from './types.ts';

const accountKeys = {
  all: ['accounts'] as const,
  list: (search: string) => ['accounts', 'list', search] as const,
};

export function useAccounts(search: string, enabled = true) {
  return useQuery({
    queryKey: accountKeys.list(search),
    queryFn: () => api.get<Account[]>('/accounts', { search }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateAccount() {
  return useInvalidatingMutation((input: AccountInput) => api.post<WithTemporaryPassword>('/accounts', input), [accountKeys.all]);
}

export function useGrantRole() {
  return useInvalidatingMutation(
    ({ accountId, ...grant }: { accountId: string; unitId: string; role: Role }) => api.post<Account>(`/accounts/${accountId}/grants`, grant),
    [accountKeys.all],
  );
}

export function useRevokeGrant() {
  return useInvalidatingMutation((grantId: string) => api.delete<Account>(`/grants/${grantId}`), [accountKeys.all]);
}

export function useResetPassword() {
  return useInvalidatingMutation((accountId: string) => api.post<WithTemporaryPassword>(`/accounts/${accountId}/reset-password`), [accountKeys.all]);
}

export function useSetAccountActive() {
  return useInvalidatingMutation(
    ({ id, active }: { id: string; active: boolean }) => api.post<Account>(`/accounts/${id}/${active ? 'reactivate' : 'deactivate'}`),
    [accountKeys.all],
  );
}
