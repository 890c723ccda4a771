import type { AgendaPart } from '../../../domain/meeting-kinds.ts';

export interface AgendaRow {
  part: AgendaPart;
  text: string;
}

/** A new empty line at the end of its part, so the parts stay in script order. */
export function addAgendaItem(rows: readonly AgendaRow[], part: AgendaPart): AgendaRow[] {
  const lastOfPart = rows.map((row) => row.part).lastIndexOf(part);
  const order = ['opening', 'proceedings', 'closing'];
  const at = lastOfPart >= 0 ? lastOfPart + 1 : rows.filter((row) => order.indexOf(row.part) <= order.indexOf(part)).length;
  return [...rows.slice(0, at), { part, text: '' }, ...rows.slice(at)];
}

export const removeAgendaItem = (rows: readonly AgendaRow[], index: number): AgendaRow[] => rows.filter((_, at) => at !== index);

/** Swaps a line with its neighbour of the same part (up: -1, down: 1). */
export function moveAgendaItem(rows: readonly AgendaRow[], index: number, by: -1 | 1): AgendaRow[] {
  const part = rows[index]?.part;
  let other = index + by;
  while (other >= 0 && other < rows.length && rows[other]!.part !== part) other += by;
  if (other < 0 || other >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}
