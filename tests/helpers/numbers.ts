/**
 * The numbers in a text as values, read the way each language writes them
 * (format.ts): "1 234", "35,4 %", "−5" in Swedish; "1,234", "35.4%", "-5" in
 * English. A percentage is read as its share ("35,4 %" → 0.354), so the same
 * figure reads the same in both languages whatever its format.
 */
import type { Locale } from "../../src/lib/format.ts";

const PATTERNS: Readonly<Record<Locale, { number: RegExp; group: RegExp; decimal: string }>> = {
  // Intl groups Swedish thousands with a no-break space, never a plain one.
  "sv-SE": {
    number: /[+\u2212-]?(?:\d{1,3}(?:\u00a0\d{3})+|\d+)(?:,\d+)?(?:\u00a0%)?/g,
    group: /\u00a0/g,
    decimal: ",",
  },
  "en-GB": {
    number: /[+\u2212-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?/g,
    group: /,/g,
    decimal: ".",
  },
};

export function numbersIn(text: string, locale: Locale): number[] {
  const { number, group, decimal } = PATTERNS[locale];
  return [...text.matchAll(number)].map(([match]) => {
    const percent = match.endsWith("%");
    const plain = match
      .replace(/\u00a0?%$/, "")
      .replace(group, "")
      .replace(decimal, ".")
      .replace("\u2212", "-");
    // Rounded to the digits shown, so 0.354 and 35.4 / 100 compare equal.
    return percent ? Number((Number(plain) / 100).toFixed(6)) : Number(plain);
  });
}

/** Sorted, for comparing the numbers of two texts regardless of word order. */
export const sortedNumbers = (text: string, locale: Locale) =>
  numbersIn(text, locale).sort((a, b) => a - b);
