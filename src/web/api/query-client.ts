import { QueryClient } from '@tanstack/react-query';
import { i18next } from '../i18n/index.ts';
import { meKey } from './auth.ts';
import { configureApiClient, setCsrfToken } from './client.ts';
import { ApiError } from './problem.ts';

/** Client errors (4xx) are answers, not accidents: they are not retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

configureApiClient({
  language: () => i18next.language,
  onUnauthorized: () => {
    setCsrfToken(null);
    queryClient.setQueryData(meKey, null);
  },
});
