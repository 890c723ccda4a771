import type { ProgressStatus } from '../../../domain/task-status.ts';

/**
 * The progress form keeps status and percent telling the same story, as the server requires
 * (settleProgress): "Hoàn thành" is 100 %, "Chưa thực hiện" is 0 %, and work under way is
 * below 100 %. Changing one field moves the other instead of letting the server refuse.
 */

/** The percent to show after the status is changed; `fallback` is used when work resumes from 100 %. */
export function percentForStatus(status: ProgressStatus, percent: number, fallback: number): number {
  if (status === 'done') return 100;
  if (status === 'not_started') return 0;
  if (percent < 100) return percent;
  return fallback > 0 && fallback < 100 ? fallback : 50;
}

/** The status to show after the percent is changed. */
export function statusForPercent(status: ProgressStatus, percent: number): ProgressStatus {
  if (percent >= 100) return 'done';
  if (percent <= 0) return status === 'done' ? 'not_started' : status;
  return status === 'done' || status === 'not_started' ? 'in_progress' : status;
}

/** Evidence links typed one per line: the web addresses, and the lines that are not one. */
export function parseLinks(text: string): { links: string[]; invalid: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const links: string[] = [];
  const invalid: string[] = [];
  for (const line of lines) (isWebAddress(line) ? links : invalid).push(line);
  return { links: [...new Set(links)], invalid };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
