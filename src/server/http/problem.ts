import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type FieldError } from './errors.ts';
import { type ErrorCode, formatMessage, type Locale } from './messages.ts';

// Schemas speak Vietnamese by default (messages written in schemas are Vietnamese too);
// an English caller gets Zod's English text for the same issue.
z.config(z.locales.vi());
const englishIssues = z.locales.en();

function localizeIssue(issue: { keyword: string; message?: string; params?: Record<string, unknown> }, locale: Locale): string {
  if (locale === 'vi') return issue.message ?? '';
  const localized = englishIssues.localeError?.({ ...issue.params, code: issue.keyword } as never);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message ?? '';
}

function send(reply: FastifyReply, status: number, code: ErrorCode | string, detail: string, title: string, fieldErrors: FieldError[] = []) {
  return reply
    .status(status)
    .type('application/problem+json')
    .send({ type: `https://congtac.vn/problems/${code}`, title, status, code, detail, ...(fieldErrors.length ? { errors: fieldErrors } : {}) });
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const locale = request.locale;
  if (error instanceof AppError) {
    const detail = formatMessage(error.code, locale, error.params);
    return send(reply, error.status, error.code, detail, detail, error.fieldErrors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fieldErrors = error.validation.map((issue) => ({
      path: [error.validationContext, ...(issue.instancePath ? issue.instancePath.split('/').filter(Boolean) : [])].join('.'),
      message: localizeIssue(issue, locale),
    }));
    const title = formatMessage('validation_failed', locale);
    const detail = `${title} ${fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
    return send(reply, 400, 'validation_failed', detail, title, fieldErrors);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.statusCode === 429) {
    const detail = formatMessage('too_many_requests', locale);
    return send(reply, 429, 'too_many_requests', detail, detail);
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const title = formatMessage('validation_failed', locale);
    return send(reply, fastifyError.statusCode, fastifyError.code ?? 'bad_request', `${title} ${fastifyError.message}`, title);
  }
  request.log.error({ err: error }, 'unhandled error');
  const detail = formatMessage('internal', locale);
  return send(reply, 500, 'internal', detail, detail);
}
