import { formatCount } from "../format.ts";
import { nouns } from "../text/nouns.ts";
import { parseCalendarDate, type CalendarDate } from "./calendar-date.ts";
import { messages } from "./messages.ts";

/** What a field parser knows about the file it reads. */
export interface FieldContext {
  /** Swedish Excel writes semicolon-separated files with decimal commas. */
  readonly delimiter: "," | ";";
}

export type FieldResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** A column of a CSV file: what it means, and how its text becomes a value. */
export interface Column<T> {
  /** What the column holds, for the data dictionary. */
  readonly description: string;
  /** Allowed values, as written in the data dictionary. */
  readonly allowed: string;
  readonly parse: (raw: string, context: FieldContext) => FieldResult<T>;
}

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (reason: string): FieldResult<never> => ({ ok: false, reason });

/** Shared checks for every non-optional field: present and without stray spaces. */
function presentValue(raw: string): FieldResult<string> {
  if (raw === "") return fail(messages.emptyValue());
  if (raw.trim() !== raw) return fail(messages.surroundingSpace(raw));
  return ok(raw);
}

export function text(description: string): Column<string> {
  return { description, allowed: "text", parse: presentValue };
}

/** A code of exactly `digits` digits, kept as text so leading zeros survive. */
export function digitCode(description: string, digits: number): Column<string> {
  const pattern = new RegExp(`^\\d{${digits}}$`);
  return {
    description,
    allowed: formatCount(digits, nouns.siffra),
    parse: (raw) => {
      const present = presentValue(raw);
      if (!present.ok) return present;
      if (pattern.test(raw)) return ok(raw);
      if (/^\d+$/.test(raw) && raw.length < digits) {
        return fail(messages.missingLeadingZero(raw, digits));
      }
      return fail(messages.notDigits(raw, digits));
    },
  };
}

export function oneOf<const V extends string>(
  description: string,
  values: readonly V[],
): Column<V> {
  return {
    description,
    allowed: values.join(" | "),
    parse: (raw) => {
      const present = presentValue(raw);
      if (!present.ok) return present;
      const match = values.find((value) => value === raw);
      return match === undefined ? fail(messages.notOneOf(raw, values)) : ok(match);
    },
  };
}

const YES_NO = ["ja", "nej"] as const;

export function yesNo(description: string): Column<boolean> {
  const choice = oneOf(description, YES_NO);
  return {
    description,
    allowed: choice.allowed,
    parse: (raw, context) => {
      const result = choice.parse(raw, context);
      return result.ok ? ok(result.value === "ja") : result;
    },
  };
}

/**
 * A decimal number. A decimal comma is accepted only in semicolon-separated
 * files, where it cannot be confused with the delimiter.
 */
export function decimal(description: string): Column<number> {
  return {
    description,
    allowed: "decimaltal",
    parse: (raw, context) => {
      const present = presentValue(raw);
      if (!present.ok) return present;
      if (!/^-?\d+([.,]\d+)?$/.test(raw)) return fail(messages.notNumber(raw));
      if (raw.includes(",") && context.delimiter === ",") {
        return fail(messages.decimalCommaInCommaFile(raw));
      }
      return ok(Number(raw.replace(",", ".")));
    },
  };
}

export function integer(description: string, min: number, max: number): Column<number> {
  return {
    description,
    allowed: `heltal ${min}–${max}`,
    parse: (raw) => {
      const present = presentValue(raw);
      if (!present.ok) return present;
      if (!/^-?\d+$/.test(raw)) return fail(messages.notInteger(raw));
      const value = Number(raw);
      return value < min || value > max ? fail(messages.outOfRange(raw, min, max)) : ok(value);
    },
  };
}

/** Like `integer`, but an empty field means "uppgift saknas" and becomes null. */
export function optionalInteger(
  description: string,
  min: number,
  max: number,
): Column<number | null> {
  const required = integer(description, min, max);
  return {
    description,
    allowed: `${required.allowed}, eller tomt`,
    parse: (raw, context) => (raw === "" ? ok(null) : required.parse(raw, context)),
  };
}

/** Text that may be left empty (null): a fact that is not always stated. */
export function optionalText(description: string): Column<string | null> {
  return {
    description,
    allowed: "text, eller tomt",
    parse: (raw) => (raw === "" ? ok(null) : presentValue(raw)),
  };
}

/** Items separated by semicolons, e.g. two publishers; a space after each semicolon is allowed. */
export function textList(description: string): Column<readonly string[]> {
  return {
    description,
    allowed: "text; text; …",
    parse: (raw) => {
      const present = presentValue(raw);
      if (!present.ok) return present;
      const items = raw.split(";").map((item, i) => (i === 0 ? item : item.replace(/^ /, "")));
      const bad = items.find((item) => item === "" || item.trim() !== item);
      return bad === undefined ? ok(items) : fail(messages.badListItem(raw));
    },
  };
}

/** Like `textList`, but an empty field means "not stated" and becomes null. */
export function optionalTextList(description: string): Column<readonly string[] | null> {
  const required = textList(description);
  return {
    description,
    allowed: `${required.allowed}, eller tomt`,
    parse: (raw, context) => (raw === "" ? ok(null) : required.parse(raw, context)),
  };
}

/** A day ("2023-09-29") or a month ("2022-06"); an empty field means "not stated" and becomes null. */
export function optionalCalendarDate(description: string): Column<CalendarDate | null> {
  return {
    description,
    allowed: "ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM, eller tomt",
    parse: (raw) => {
      if (raw === "") return ok(null);
      const present = presentValue(raw);
      if (!present.ok) return present;
      const date = parseCalendarDate(raw);
      return date === null ? fail(messages.notCalendarDate(raw)) : ok(date);
    },
  };
}

/** A day ("2026-03-01"), required: a date a steward records for an event. */
export function day(description: string): Column<CalendarDate> {
  return {
    description,
    allowed: "ÅÅÅÅ-MM-DD",
    parse: (raw) => {
      const present = presentValue(raw);
      if (!present.ok) return present;
      const date = parseCalendarDate(raw);
      return date === null || date.day === null ? fail(messages.notDay(raw)) : ok(date);
    },
  };
}

/** A web address (http or https); empty means none and becomes null. */
export function optionalWebAddress(description: string): Column<string | null> {
  return {
    description,
    allowed: "en webbadress (https://…), eller tomt",
    parse: (raw) => {
      if (raw === "") return ok(null);
      const present = presentValue(raw);
      if (!present.ok) return present;
      try {
        const url = new URL(raw);
        if (url.protocol === "https:" || url.protocol === "http:") return ok(raw);
      } catch {
        // reported below
      }
      return fail(messages.notWebAddress(raw));
    },
  };
}
