import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { describeKinds, detectFileKind, fileKinds, type FileKind } from '../../../domain/file-types.ts';
import { AppError, badRequest, unprocessable } from '../../http/errors.ts';

/** Originals and evidence stay well under the request limit the app registers (10 MB). */
export const fileLimitBytes = 8 * 1024 * 1024;

export interface Upload {
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
}

/** Reads the one file of a multipart request and checks its size and its kind by content. */
export async function readUpload(request: FastifyRequest, allowed: readonly FileKind[]): Promise<Upload> {
  const file = await request.file({ limits: { fileSize: fileLimitBytes } });
  if (!file) throw badRequest('file_missing');
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'file_too_large', { limit: fileLimitBytes / 1024 / 1024 });
    throw error;
  }
  const kind = detectFileKind(file.filename, content, allowed);
  if (!kind) throw unprocessable('file_type_not_allowed', { allowed: describeKinds(allowed) });
  return { filename: file.filename, contentType: fileKinds[kind].contentType, content, sha256: createHash('sha256').update(content).digest('hex') };
}
