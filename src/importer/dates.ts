/** Calendar dates as documents write them: "ngày 26 tháng 3 năm 2018", "22/3/2022", "06-7-2018". */
import { isoDate } from '../domain/periods.ts';

export const DATE_PATTERN = String.raw`(?:\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s+năm\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})`;

const WORDED = /(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})/i;
const NUMERIC = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/** The first date in the text as YYYY-MM-DD, or null when there is none or it does not exist. */
export function readDate(text: string): string | null {
  const match = WORDED.exec(text) ?? NUMERIC.exec(text);
  return match ? isoDate(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}
