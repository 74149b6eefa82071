/**
 * Each chart's text alternative (its aria-label, the PDF's /Alt) says what the
 * chart shows: every number in the table beside it, and no number that is not
 * in that table or drawn in the chart. The map, with a row per region, is too
 * much to read out: its text states the total and points to its table.
 */
import { describe, expect, inject, it } from "vitest";
import type { Locale } from "../../src/lib/format.ts";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { checkAltText, missingFrom } from "../helpers/alt-text.ts";
import { numbersIn } from "../helpers/numbers.ts";
import { readPage } from "../helpers/page.ts";

const distDir = inject("distDir");

const PAGES: readonly { page: string; locale: Locale }[] = [
  { page: "index.html", locale: "sv-SE" },
  { page: `${REPORT_PATHS.en}index.html`, locale: "en-GB" },
];

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
      const table = figure.querySelector("table");
      const texts = (selector: string) =>
        [...(table?.querySelectorAll(selector) ?? [])].map((cell) => cell.textContent ?? "");
      const body = texts("tbody td:not(.text)");
      expect(body.length).toBeGreaterThan(0);
      const { unnamed, unknown } = checkAltText(
        alt,
        body,
        [
          // Row labels ("2008", "typ 1–2"), totals and the chart's own drawn labels.
          ...texts("tbody th, tfoot td"),
          ...[...(svg?.querySelectorAll("text") ?? [])].map((text) => text.textContent ?? ""),
        ],
        locale,
      );
      expect(unnamed, `${label(figure)}: table values not in "${alt}"`).toEqual([]);
      expect(unknown, `${label(figure)}: numbers in "${alt}" that the table does not have`).toEqual(
        [],
      );
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
    const totals = numbersOfAll(table?.querySelectorAll("tfoot td:not(.text)") ?? [], locale);
    // The units of each form and all units: the last total is the kommuner covered ("x av y").
    const units = totals.slice(0, 3);
    expect(units).toHaveLength(3);
    expect(missingFrom(numbersIn(alt, locale), units), alt).toEqual([]);
  });
});
