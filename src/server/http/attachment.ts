import type { FastifyReply } from 'fastify';

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Sends a file to be saved, its Vietnamese name kept (RFC 5987) and its type never sniffed. */
export function sendAttachment(reply: FastifyReply, file: Attachment) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}
