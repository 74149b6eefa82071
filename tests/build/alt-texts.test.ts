/**
 * Each chart's text alternative (its aria-label, the PDF's /Alt) says what the
 * chart shows: every number in the table beside it, and no number that is not
 * in that table or drawn in the chart. The map, with a row per region, is too
 * much to read out: its text states the total and points to its table.
 */
import { describe, expect, inject, it } from "vitest";
import type { Locale } from "../../src/lib/format.ts";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { numbersIn } from "../helpers/numbers.ts";
import { readPage } from "../helpers/page.ts";

const distDir = inject("distDir");

const PAGES: readonly { page: string; locale: Locale }[] = [
  { page: "index.html", locale: "sv-SE" },
  { page: `${REPORT_PATHS.en}index.html`, locale: "en-GB" },
];

/** How often each value occurs, so that two bars of the same value are both named. */
function tally(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The values of `wanted` that `given` has fewer of. */
function missingFrom(given: readonly number[], wanted: readonly number[]): number[] {
  const have = tally(given);
  const missing: number[] = [];
  for (const [value, count] of tally(wanted)) {
    for (let i = have.get(value) ?? 0; i < count; i++) missing.push(value);
  }
  return missing.sort((a, b) => a - b);
}

const numbersOfAll = (elements: Iterable<Element>, locale: Locale) =>
  [...elements].flatMap((element) => numbersIn(element.textContent ?? "", locale));

describe.each(PAGES)("the text alternatives of the charts on $page", ({ page, locale }) => {
  const { document } = readPage(distDir, page);
  const charts = [...document.querySelectorAll("main figure.chart")];
  const label = (figure: Element) =>
    `${figure.querySelector(".caption-label")?.textContent?.trim() ?? ""} (#${figure.id})`;

  it("has charts to check, each with one text alternative and one table", () => {
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const figure of charts) {
      expect(figure.querySelectorAll("svg[role='img'][aria-label]"), label(figure)).toHaveLength(1);
      expect(figure.querySelectorAll("table"), label(figure)).toHaveLength(1);
    }
  });

  it.each(charts.map((figure) => [label(figure), figure] as const))(
    "%s names every value of its table, and only values of its table or the chart",
    (_, figure) => {
      const svg = figure.querySelector("svg[role='img']");
      const alt = svg?.getAttribute("aria-label") ?? "";
      const altNumbers = numbersIn(alt, locale);
      const table = figure.querySelector("table");
      const body = numbersOfAll(table?.querySelectorAll("tbody td.num") ?? [], locale);
      expect(body.length).toBeGreaterThan(0);
      expect(
        missingFrom(altNumbers, body),
        `${label(figure)}: table values not in "${alt}"`,
      ).toEqual([]);
      const known = new Set([
        ...body,
        // Row labels ("2008", "typ 1–2"), totals and the chart's own drawn labels.
        ...numbersOfAll(table?.querySelectorAll("tbody th, tfoot td") ?? [], locale),
        ...numbersOfAll(svg?.querySelectorAll("text") ?? [], locale),
      ]);
      expect(
        altNumbers.filter((value) => !known.has(value)),
        `${label(figure)}: numbers in "${alt}" that the table does not have`,
      ).toEqual([]);
    },
  );

  it("the map states its total and points to the table of its numbers", () => {
    const map = document.querySelector("main figure.map");
    const alt = map?.querySelector("svg[aria-label]")?.getAttribute("aria-label") ?? "";
    const table = map?.querySelector("table");
    const tableLabel = table?.querySelector(".caption-label")?.textContent ?? "";
    const tableRef = tableLabel.replace(/[.\s]+$/, "").toLowerCase();
    expect(tableRef).not.toBe("");
    expect(alt.toLowerCase(), alt).toContain(tableRef);
    const totals = numbersOfAll(table?.querySelectorAll("tfoot td.num") ?? [], locale);
    // The units of each form and all units: the last total is the kommuner covered ("x av y").
    const units = totals.slice(0, 3);
    expect(units).toHaveLength(3);
    expect(missingFrom(numbersIn(alt, locale), units), alt).toEqual([]);
  });
});
