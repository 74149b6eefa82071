/**
 * A date as a data file states it: a day ("2023-09-29") or only a month
 * ("2022-06"). Kept as numbers, never as a Date at midnight, so no time zone
 * can move it to the day before.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  /** null when the file gives only the month. */
  readonly day: number | null;
}

const PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parses "YYYY-MM" or "YYYY-MM-DD" into a real calendar date, or null. */
export function parseCalendarDate(raw: string): CalendarDate | null {
  const match = PATTERN.exec(raw);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day !== null) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

/** "2023-09-29" or "2022-06", as the file would write it. */
export function calendarDateText({ year, month, day }: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}${day === null ? "" : `-${pad(day)}`}`;
}
