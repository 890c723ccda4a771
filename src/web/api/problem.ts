/** An API failure as the UI needs it: the server's human message and the fields it blames. */
export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(detail || code);
    this.name = 'ApiError';
  }
}

/** Status 0: the request never got an answer. */
export const networkError = () => new ApiError(0, 'network', '', '');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry) => ({ path: String(entry.path ?? ''), message: String(entry.message ?? '') }));
}

/** Builds the error from a failed response's status and parsed body (problem+json or anything else). */
export function problemFrom(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError(status, 'unexpected', '', '');
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');
  return new ApiError(status, text('code') || 'unexpected', text('title'), text('detail'), fieldErrorsOf(body.errors));
}

/** The message to show: the server's own words, or the caller's fallback for a lost connection or an unknown failure. */
export function messageOf(error: unknown, fallback: { network: string; unexpected: string }): string {
  if (!(error instanceof ApiError)) return fallback.unexpected;
  if (error.status === 0) return fallback.network;
  if (error.code === 'validation_failed' && error.fieldErrors.length > 0) {
    return [error.title, ...error.fieldErrors.map((field) => field.message)].filter(Boolean).join(' ');
  }
  return error.detail || error.title || fallback.unexpected;
}

export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

/** "body.grants.0.unitId" → the form field ['grants', 0, 'unitId'], messages grouped per field. */
export function formFieldErrors(error: unknown): FormFieldError[] {
  if (!(error instanceof ApiError)) return [];
  const byField = new Map<string, FormFieldError>();
  for (const { path, message } of error.fieldErrors) {
    const parts = path.split('.').filter(Boolean);
    if (parts[0] === 'body' || parts[0] === 'querystring') parts.shift();
    if (parts.length === 0) continue;
    const key = parts.join('.');
    const entry = byField.get(key) ?? { name: parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  return [...byField.values()];
}
