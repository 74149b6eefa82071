/**
 * The one place numbers, dates and lists become text, always Swedish (sv-SE).
 * Intl uses a no-break space before "%" and as thousands separator, and a true
 * minus sign (U+2212), as Swedish typography wants.
 */
import type { CalendarDate } from "./data/calendar-date.ts";

const LOCALE = "sv-SE";
const TIME_ZONE = "Europe/Stockholm";

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const listFormat = new Intl.ListFormat("sv", { style: "long", type: "conjunction" });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long", timeZone: TIME_ZONE });
const pluralRules = new Intl.PluralRules(LOCALE);

/** A countable noun in its two Swedish forms: "1 verksamhet", "0 verksamheter", "2 verksamheter". */
export interface Noun {
  readonly one: string;
  readonly other: string;
}

/** 1234 → "1 234" */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** The noun's form that agrees with a count: (1, verksamhet) → "verksamhet", (0 | 2, …) → "verksamheter". */
export function nounFor(count: number, noun: Noun): string {
  return pluralRules.select(count) === "one" ? noun.one : noun.other;
}

/** A count with its noun in agreement: (1, verksamhet) → "1 verksamhet", (1234, …) → "1 234 verksamheter". */
export function formatCount(count: number, noun: Noun): string {
  return `${formatInteger(count)} ${nounFor(count, noun)}`;
}

/** 59.3293 → "59,3" (with digits = 1) */
export function formatDecimal(value: number, digits = 1): string {
  return new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** (55, 69.1) → "55,0–69,1" */
export function formatDecimalRange(min: number, max: number, digits = 1): string {
  return `${formatDecimal(min, digits)}–${formatDecimal(max, digits)}`;
}

/** A share in 0..1: 0.337 → "33,7 %" */
export function formatPercent(share: number, digits = 1): string {
  return new Intl.NumberFormat(LOCALE, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** A change as a signed percentage: 0.878 → "+87,8 %" */
export function formatSignedPercent(share: number, digits = 1): string {
  return new Intl.NumberFormat(LOCALE, {
    style: "percent",
    signDisplay: "exceptZero",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** ["a", "b", "c"] → "a, b och c" */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}

/** → "23 november 2026", the day it is in Stockholm at that instant. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const dayPartsFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** → "2026-11-23": the same Stockholm day as formatDate, for JSON, sitemaps and metadata. */
export function formatIsoDate(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    dayPartsFormat.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

const monthFormat = new Intl.DateTimeFormat(LOCALE, {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const dayFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long", timeZone: "UTC" });

/** A date from a data file: {2023, 9, 29} → "29 september 2023"; {2022, 6, null} → "juni 2022". */
export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  // A calendar date has no time zone: it is formatted as the same day in UTC.
  const instant = new Date(Date.UTC(year, month - 1, day ?? 1, 12));
  return (day === null ? monthFormat : dayFormat).format(instant);
}
