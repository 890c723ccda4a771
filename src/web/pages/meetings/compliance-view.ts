/** "1, 2, 5" for the missing months or quarters. */
export const listText = (periods: readonly number[]) => periods.join(', ');

/** "87,5%" as Vietnamese writes a rate; a dash with nobody invited. */
export const rateText = (rate: number | null) => (rate === null ? '—' : `${String(rate).replace('.', ',')}%`);

/** The levels right under the node (the first step of the drill-down). */
export const childLevels = <T extends { depth: number }>(levels: readonly T[]): T[] => levels.filter((level) => level.depth === 1);

/** The units above the one shown, kept in the address as "id~name|id~name" so going back needs no request. */
export function levelTrail(text: string | null): { id: string; name: string }[] {
  if (!text) return [];
  return text.split('|').flatMap((part) => {
    const at = part.indexOf('~');
    return at > 0 ? [{ id: part.slice(0, at), name: part.slice(at + 1) }] : [];
  });
}
