/**
 * Progress of an assignment and how close it is to its due date. A unit reports a status
 * and a percent; the two must tell the same story (done is 100 %, not started is 0 %).
 */
export const progressStatuses = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

export const progressStatusLabels: Record<ProgressStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  blocked: 'Vướng mắc',
};

/**
 * The percent to store for a reported status; `percent` may be left out where the status
 * implies it. Returns a Vietnamese reason when the two contradict each other.
 */
export function settleProgress(status: ProgressStatus, percent: number | undefined): { percent: number } | { problem: string } {
  if (percent !== undefined && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
    return { problem: 'Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.' };
  }
  switch (status) {
    case 'done':
      return percent === undefined || percent === 100 ? { percent: 100 } : { problem: 'Nhiệm vụ đã hoàn thành thì tỷ lệ phải là 100%.' };
    case 'not_started':
      return percent === undefined || percent === 0 ? { percent: 0 } : { problem: 'Nhiệm vụ chưa thực hiện thì tỷ lệ phải là 0%.' };
    case 'in_progress':
    case 'blocked':
      if (percent === undefined) return { problem: 'Cần nhập tỷ lệ hoàn thành.' };
      return percent === 100 ? { problem: 'Tỷ lệ 100% nghĩa là đã hoàn thành; hãy chọn trạng thái "Hoàn thành".' } : { percent };
  }
}

export type DueState = 'done' | 'overdue' | 'due_soon' | 'upcoming' | 'undated';

/** Days before the due date from which an assignment counts as due soon. */
export const dueSoonDays = 7;

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** `today` is the calendar day in Vietnam (dates carry no time zone). */
export function dueState(dueOn: string | null, status: ProgressStatus, today: string, soonDays = dueSoonDays): DueState {
  if (status === 'done') return 'done';
  if (dueOn === null) return 'undated';
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, soonDays) ? 'due_soon' : 'upcoming';
}

/** Today's date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
