/**
 * Meetings are planned in Vietnam's local time (UTC+7, no daylight saving) and stored as
 * instants; these helpers convert between the two without depending on the server's zone.
 */
const offsetMs = 7 * 3600_000;

/** The instant of `time` ("19:30") on `date` ("2026-02-05") in Vietnam. */
export function vietnamInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/** The local date ("2026-02-05") of an instant in Vietnam. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + offsetMs).toISOString().slice(0, 10);
}

/** The local date and time fields of an instant in Vietnam, for calendar files. */
export function vietnamParts(instant: Date) {
  const shifted = new Date(instant.getTime() + offsetMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

export const minutesBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60_000);

const pad = (value: number) => String(value).padStart(2, '0');

/** "05/03/2026 19:30", as messages show a moment to people. */
export function formatVietnamTime(instant: Date): string {
  const p = vietnamParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

