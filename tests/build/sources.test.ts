/**
 * Every figure and every table of the national report carries its source line,
 * in both editions: a chart's in the chart's figure, which prints on one page
 * with its table; the map's, after its table, also credits the base map; a
 * table standing alone has its own right after it.
 */
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv, type Catalogue } from "../../src/lib/text/sv/index.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";

const distDir = inject("distDir");
const figures = reportFigures(loadDataset(path.join(PROJECT_ROOT, "data")));
const kalla = figures.current.kalla;
/** The survey's title: the source after its publishers, as the data name it. */
const title = kalla.startsWith(`${sv.publication.publishers}: `)
  ? kalla.slice(sv.publication.publishers.length + 2)
  : kalla;

const PAGES: readonly { page: string; t: Catalogue }[] = [
  { page: "index.html", t: sv },
  { page: `${REPORT_PATHS.en}index.html`, t: en },
];

/** The source line right after a table (after its legend lines and script, if any). */
function sourceAfter(table: Element): Element | null {
  let next = table.closest(".table-scroll")?.nextElementSibling ?? null;
  while (next?.classList.contains("table-legend") || next?.tagName === "SCRIPT") {
    next = next.nextElementSibling;
  }
  return next?.classList.contains("source-line") ? next : null;
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "").replace(/\s+/g, " ");

describe.each(PAGES)("the source lines on $page", ({ page, t }) => {
  const { document } = readPage(distDir, page);
  const figuresOnPage = [...document.querySelectorAll("main figure")];
  const tables = [...document.querySelectorAll("main table")];

  it("has figures and tables to check", () => {
    expect(figuresOnPage.length).toBeGreaterThanOrEqual(3);
    expect(tables.length).toBeGreaterThanOrEqual(4);
  });

  it("gives every figure a source line naming the survey", () => {
    for (const figure of figuresOnPage) {
      const line = figure.querySelector(":scope > .source-line");
      expect(line, `#${figure.id}`).not.toBeNull();
      expect(text(line), `#${figure.id}`).toContain(title);
    }
  });

  it("gives every table a source line right after it, or its chart's, naming the survey", () => {
    for (const table of tables) {
      // A chart's table prints on the chart's page (tests/pdf), under the chart's source line.
      const line =
        sourceAfter(table) ??
        table.closest("figure.chart")?.querySelector(":scope > .source-line") ??
        null;
      expect(line, `#${table.id}`).not.toBeNull();
      expect(text(line), `#${table.id}`).toContain(title);
    }
  });

  it("names the publishers in the page's language and keeps the Swedish title marked Swedish", () => {
    for (const line of document.querySelectorAll("main .source-line")) {
      if (!text(line).includes(title)) continue;
      expect(text(line)).toContain(t.publication.publishers);
      if (t.site.lang !== "sv") {
        const marked = [...line.querySelectorAll("[lang='sv']")].map((el) => text(el));
        expect(marked).toContain(title);
        expect(marked.join(" ")).not.toContain(sv.publication.publishers);
      }
    }
  });

  it("credits Natural Earth for the map", () => {
    const maps = figuresOnPage.filter((figure) => figure.classList.contains("map"));
    expect(maps).toHaveLength(1);
    for (const map of maps) {
      expect(text(map.querySelector(":scope > .source-line"))).toContain("Natural Earth");
    }
  });
});
