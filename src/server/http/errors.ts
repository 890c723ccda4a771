import type { ErrorCode } from './messages.ts';

export interface FieldError {
  path: string;
  message: string;
}

/** An error the caller can act on: becomes a problem+json response with a human message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
  }
}

export const notFound = (entity: string) => new AppError(404, 'not_found', { entity });
export const forbidden = () => new AppError(403, 'forbidden');
export const outOfScope = () => new AppError(403, 'out_of_scope');
export const badRequest = (code: ErrorCode, params: Record<string, string | number> = {}, fieldErrors: FieldError[] = []) =>
  new AppError(400, code, params, fieldErrors);
export const conflict = (code: ErrorCode, params: Record<string, string | number> = {}) => new AppError(409, code, params);
export const unprocessable = (code: ErrorCode, params: Record<string, string | number> = {}, fieldErrors: FieldError[] = []) =>
  new AppError(422, code, params, fieldErrors);
