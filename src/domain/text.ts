/**
 * Vietnamese text helpers shared by search, import matching and the UI.
 * "Công đoàn" and "cong doan" must meet, so search compares folded forms:
 * lower case, no combining marks, "đ" as "d", single spaces.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a folded text, for token-wise matching ("doan khoi" ⊂ "doan thanh nien khoi"). */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Escapes LIKE/ILIKE wildcards so user input is matched literally. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}
