/**
 * The one place numbers, dates and lists become text. A formatter per language
 * (Swedish, sv-SE, and British English, en-GB) from the same Intl rules; the
 * plain `format…` functions are the Swedish one's. Intl gives Swedish a no-break
 * space before "%" and as thousands separator, and a true minus sign (U+2212).
 * Dates are the day it is in Stockholm, whatever the language.
 */
import type { CalendarDate } from "./data/calendar-date.ts";

const TIME_ZONE = "Europe/Stockholm";

/** The locales the report is written in. */
export type Locale = "sv-SE" | "en-GB";

/** A countable noun in its two forms: "1 verksamhet", "0 verksamheter"; "1 unit", "2 units". */
export interface Noun {
  readonly one: string;
  readonly other: string;
}

export interface Formatter {
  readonly locale: Locale;
  /** 1234 → "1 234" (sv), "1,234" (en) */
  integer(value: number): string;
  /** 59.3293 → "59,3" (sv), "59.3" (en), with digits = 1 */
  decimal(value: number, digits?: number): string;
  /** (55, 69.1) → "55,0–69,1" */
  decimalRange(min: number, max: number, digits?: number): string;
  /** A share in 0..1: 0.337 → "33,7 %" (sv), "33.7%" (en) */
  percent(share: number, digits?: number): string;
  /** A change in a count, signed: 3 → "+3", −2 → "−2" (sv) or "-2" (en), 0 → "0" */
  signedInteger(value: number): string;
  /** A change as a signed percentage: 0.878 → "+87,8 %" */
  signedPercent(share: number, digits?: number): string;
  /** ["a", "b", "c"] → "a, b och c" (sv), "a, b and c" (en) */
  list(items: readonly string[]): string;
  /** → "23 november 2026" (sv), "23 November 2026" (en): the day in Stockholm at that instant. */
  date(date: Date): string;
  /** A date from a data file: {2023, 9, 29} → "29 september 2023"; {2022, 6, null} → "juni 2022". */
  calendarDate(date: CalendarDate): string;
  /** The noun's form that agrees with a count: (1, verksamhet) → "verksamhet", (0 | 2, …) → "verksamheter". */
  nounFor(count: number, noun: Noun): string;
  /** A count with its noun in agreement: (1, verksamhet) → "1 verksamhet", (1234, …) → "1 234 verksamheter". */
  count(count: number, noun: Noun): string;
}

export function createFormatter(locale: Locale): Formatter {
  const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const signedFormat = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  });
  const listFormat = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: TIME_ZONE });
  // A calendar date has no time zone: it is formatted as the same day in UTC.
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const pluralRules = new Intl.PluralRules(locale);
  const decimal = (value: number, digits = 1) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  const percent = (share: number, digits: number, signDisplay: "auto" | "exceptZero") =>
    new Intl.NumberFormat(locale, {
      style: "percent",
      signDisplay,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(share);
  const nounFor = (count: number, noun: Noun) =>
    pluralRules.select(count) === "one" ? noun.one : noun.other;
  return {
    locale,
    integer: (value) => integerFormat.format(value),
    decimal,
    decimalRange: (min, max, digits = 1) => `${decimal(min, digits)}–${decimal(max, digits)}`,
    percent: (share, digits = 1) => percent(share, digits, "auto"),
    signedInteger: (value) => signedFormat.format(value),
    signedPercent: (share, digits = 1) => percent(share, digits, "exceptZero"),
    list: (items) => listFormat.format(items),
    date: (date) => dateFormat.format(date),
    calendarDate: ({ year, month, day }) =>
      (day === null ? monthFormat : dayFormat).format(
        new Date(Date.UTC(year, month - 1, day ?? 1, 12)),
      ),
    nounFor,
    count: (count, noun) => `${integerFormat.format(count)} ${nounFor(count, noun)}`,
  };
}

export const swedish = createFormatter("sv-SE");
export const english = createFormatter("en-GB");

export const formatInteger = swedish.integer;
export const formatDecimal = swedish.decimal;
export const formatDecimalRange = swedish.decimalRange;
export const formatPercent = swedish.percent;
export const formatSignedPercent = swedish.signedPercent;
export const formatList = swedish.list;
export const formatDate = swedish.date;
export const formatCalendarDate = swedish.calendarDate;
export const nounFor = swedish.nounFor;
export const formatCount = swedish.count;

const dayPartsFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** → "2026-11-23": the same Stockholm day as `date`, for JSON, sitemaps and metadata. */
export function formatIsoDate(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    dayPartsFormat.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
