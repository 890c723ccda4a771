/** "120 KB", "3,4 MB": a stored file's size as people read it (Vietnamese decimal comma). */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
  return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toLocaleString('vi-VN')} MB`;
}
