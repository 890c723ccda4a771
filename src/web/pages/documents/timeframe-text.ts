import type { TFunction } from 'i18next';
import type { TaskTimeframe } from '../../api/plans.ts';
import { formatDate } from '../../format/dates.ts';

/**
 * A task's timeframe as short phrases: the document's own words first ("Cả năm 2026"), then
 * what the system reads from them (dates dd/mm/yyyy, deadline, peaks, recurrence), leaving
 * out a recurrence the words already say.
 */
export function timeframeParts(timeframe: TaskTimeframe, t: TFunction): string[] {
  const parts: string[] = [];
  const text = timeframe.text?.trim();
  if (text) parts.push(text);
  const start = formatDate(timeframe.start);
  const end = formatDate(timeframe.end);
  if (start && end) parts.push(t('documents.timeframe.range', { start, end }));
  else if (start) parts.push(t('documents.timeframe.from', { start }));
  else if (end) parts.push(t('documents.timeframe.until', { end }));
  if (timeframe.deadline) parts.push(t('documents.timeframe.deadline', { date: formatDate(timeframe.deadline) }));
  for (const peak of timeframe.peaks) parts.push(t('documents.timeframe.peak', { start: formatDate(peak.start), end: formatDate(peak.end) }));
  if (timeframe.recurrence) {
    const recurrence = t(`documents.recurrence.${timeframe.recurrence}`);
    if (!text?.toLocaleLowerCase('vi').includes(recurrence.toLocaleLowerCase('vi'))) parts.push(recurrence);
  }
  return parts;
}
