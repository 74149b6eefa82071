/**
 * Compares a chart's text alternative with the table of its numbers: every
 * value in the table's body is named (as often as it occurs), and every number
 * named is one the table or the chart shows.
 */
import type { Locale } from "../../src/lib/format.ts";
import { numbersIn } from "./numbers.ts";

/** How often each value occurs, so that two bars of the same value are both named. */
function tally(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The values of `wanted` that `given` has fewer of. */
export function missingFrom(given: readonly number[], wanted: readonly number[]): number[] {
  const have = tally(given);
  const missing: number[] = [];
  for (const [value, count] of tally(wanted)) {
    for (let i = have.get(value) ?? 0; i < count; i++) missing.push(value);
  }
  return missing.sort((a, b) => a - b);
}

export interface AltTextCheck {
  /** Table values the text does not name. */
  readonly unnamed: number[];
  /** Numbers in the text that neither the table nor the chart has. */
  readonly unknown: number[];
}

/**
 * `body`: the texts of the table body's number cells; `known`: the other texts a
 * number in the alternative may come from (row labels, totals, the chart's labels).
 */
export function checkAltText(
  alt: string,
  body: readonly string[],
  known: readonly string[],
  locale: Locale,
): AltTextCheck {
  const named = numbersIn(alt, locale);
  const values = body.flatMap((text) => numbersIn(text, locale));
  const allowed = new Set([...values, ...known.flatMap((text) => numbersIn(text, locale))]);
  return {
    unnamed: missingFrom(named, values),
    unknown: named.filter((value) => !allowed.has(value)),
  };
}
