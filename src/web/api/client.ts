import { networkError, problemFrom } from './problem.ts';

/**
 * The one way the SPA talks to /api/v1: same-origin cookie session, the CSRF token on every
 * write, the chosen language for server messages, problem+json turned into ApiError and
 * 401 reported so the app can return to the sign-in page.
 */
export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

interface Settings {
  language: () => string;
  onUnauthorized: () => void;
}

const apiBase = '/api/v1';
let settings: Settings = { language: () => 'vi', onUnauthorized: () => {} };
let csrfToken: string | null = null;

export function configureApiClient(next: Settings): void {
  settings = next;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** "?a=1&b=x" from the set values; empty strings, null and undefined are left out. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, init: { query?: Query; body?: unknown; form?: FormData } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': settings.language() };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (init.form) body = init.form;
  else if (init.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.body);
  }
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}${queryString(init.query)}`, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    if (response.status === 401) settings.onUnauthorized();
    throw problemFrom(response.status, parsed);
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  /** Without a body no content-type is sent: the server refuses an empty JSON body. */
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};
