/**
 * Uploaded files are recognized by their first bytes, not by the name or the type the
 * browser claims: a renamed executable must not pass as a .pdf.
 */
export const fileKinds = {
  pdf: { extensions: ['.pdf'], contentType: 'application/pdf' },
  docx: { extensions: ['.docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { extensions: ['.xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  jpeg: { extensions: ['.jpg', '.jpeg'], contentType: 'image/jpeg' },
  png: { extensions: ['.png'], contentType: 'image/png' },
} as const;
export type FileKind = keyof typeof fileKinds;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const signatures: Record<FileKind, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  docx: ZIP,
  xlsx: ZIP,
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The kind of a file among `allowed`, when both its extension and its first bytes agree. */
export function detectFileKind(filename: string, bytes: Uint8Array, allowed: readonly FileKind[]): FileKind | null {
  const name = filename.toLowerCase();
  for (const kind of allowed) {
    if (!fileKinds[kind].extensions.some((extension) => name.endsWith(extension))) continue;
    const signature = signatures[kind];
    if (bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)) return kind;
  }
  return null;
}

/** "pdf, docx" → ".pdf, .docx" for messages. */
export function describeKinds(kinds: readonly FileKind[]): string {
  return kinds.flatMap((kind) => fileKinds[kind].extensions).join(', ');
}
