/**
 * Uploaded files are recognized by their content (first bytes, or for text its encoding),
 * not by the name or the type the browser claims: a renamed executable must not pass as a .pdf.
 */
export const fileKinds = {
  pdf: { extensions: ['.pdf'], contentType: 'application/pdf' },
  docx: { extensions: ['.docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { extensions: ['.xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { extensions: ['.pptx'], contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  jpeg: { extensions: ['.jpg', '.jpeg'], contentType: 'image/jpeg' },
  png: { extensions: ['.png'], contentType: 'image/png' },
  txt: { extensions: ['.txt'], contentType: 'text/plain; charset=utf-8' },
} as const;
export type FileKind = keyof typeof fileKinds;

const startsWith = (signature: number[]) => (bytes: Uint8Array) => bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);
const UTF16_BOM = [startsWith([0xff, 0xfe]), startsWith([0xfe, 0xff])];

/**
 * Plain text has no signature: it is text when it is non-empty and either carries a UTF-16
 * byte-order mark (Notepad's "Unicode") or is valid UTF-8 without NUL bytes, which every
 * binary format contains.
 */
function isText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (UTF16_BOM.some((bom) => bom(bytes))) return true;
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const contentChecks: Record<FileKind, (bytes: Uint8Array) => boolean> = {
  pdf: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]),
  docx: ZIP,
  xlsx: ZIP,
  pptx: ZIP,
  jpeg: startsWith([0xff, 0xd8, 0xff]),
  png: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  txt: isText,
};

/** The kind of a file among `allowed`, when both its extension and its content agree. */
export function detectFileKind(filename: string, bytes: Uint8Array, allowed: readonly FileKind[]): FileKind | null {
  const name = filename.toLowerCase();
  for (const kind of allowed) {
    if (!fileKinds[kind].extensions.some((extension) => name.endsWith(extension))) continue;
    if (contentChecks[kind](bytes)) return kind;
  }
  return null;
}

/** The text of a file that passed as `txt`: UTF-16 by its byte-order mark, else UTF-8 (without a BOM). */
export function decodeText(bytes: Uint8Array): string {
  const encoding = UTF16_BOM[0]!(bytes) ? 'utf-16le' : UTF16_BOM[1]!(bytes) ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** "pdf, docx" → ".pdf, .docx" for messages. */
export function describeKinds(kinds: readonly FileKind[]): string {
  return kinds.flatMap((kind) => fileKinds[kind].extensions).join(', ');
}
