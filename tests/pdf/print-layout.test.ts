/**
 * The print stylesheet in Chromium's print media emulation, with the window as
 * wide as the text column of an A4 page: nothing is wider than the column or
 * taller than a page, and what only makes sense on screen is gone.
 * (Emulation does not paginate; page breaks are checked in the PDF, pdf.test.ts.)
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadFonts } from "../../scripts/lib/print-page.mjs";
import { serveStatic } from "../../scripts/lib/static-server.mjs";
import { chromeOrSkip, launchChrome } from "../helpers/browser.ts";

/** A4 and the @page margins of src/styles/print.css, in millimetres. */
const A4 = { width: 210, height: 297 };
const MARGIN = { top: 18, side: 18, bottom: 20 };
const PX_PER_MM = 96 / 25.4;
/** The text column and the height a page has for content, in CSS px. */
const COLUMN = Math.floor((A4.width - 2 * MARGIN.side) * PX_PER_MM);
const PAGE_HEIGHT = Math.floor((A4.height - MARGIN.top - MARGIN.bottom) * PX_PER_MM);
/** Blocks that must fit on one page (the map's table may follow on the next). */
const BLOCKS = "figure.chart, .map-svg, .table-scroll, .key-figures, .key-figure, .toc, .notice";

const chrome = chromeOrSkip();
let browser: Browser;
let page: Page;
let server: { url: string; close: () => Promise<void> };

describe.skipIf(chrome === null)("printing the report (print media, A4 column)", () => {
  beforeAll(async () => {
    browser = await launchChrome(chrome ?? "");
    server = await serveStatic(inject("distDir"));
    page = await browser.newPage({ viewport: { width: COLUMN, height: PAGE_HEIGHT } });
    await page.goto(server.url);
    await page.emulateMedia({ media: "print" });
    // Laid out in the printed typeface, as a print is (font-display: block), not a fallback.
    await page.evaluate(loadFonts);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("nothing is wider than the text column", async () => {
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll("main *")]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
        .map((element) => `${element.tagName}.${element.getAttribute("class") ?? ""}`);
      return { scroll: root.scrollWidth, client: root.clientWidth, wide };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    expect(overflow.wide).toEqual([]);
  });

  it(`every figure, table and key-figure box fits one page (${PAGE_HEIGHT} px)`, async () => {
    const boxes = await page.$$eval(BLOCKS, (elements) =>
      elements.map((element) => ({
        name: `${element.tagName}.${element.className}#${element.id}`,
        height: element.getBoundingClientRect().height,
        overflows: element.scrollWidth > element.clientWidth,
      })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(10);
    for (const box of boxes) {
      expect(box.height, box.name).toBeGreaterThan(0);
      expect(box.height, box.name).toBeLessThanOrEqual(PAGE_HEIGHT);
      expect(box.overflows, box.name).toBe(false);
    }
  });

  it("the map and its caption fit one page together", async () => {
    const height = await page.$eval(".map", (figure) => {
      const caption = figure.querySelector("figcaption")?.getBoundingClientRect();
      const map = figure.querySelector(".map-svg")?.getBoundingClientRect();
      return caption && map ? map.bottom - caption.top : Infinity;
    });
    expect(height).toBeLessThanOrEqual(PAGE_HEIGHT);
  });

  it("prints the national map and its table across the text width, the legend at 8 pt or more", async () => {
    const layout = await page.$eval("figure.map", (figure) => {
      const svg = figure.querySelector(".map-svg svg");
      // The legend is HTML under the map (MapExplorer.astro).
      const legend = figure.querySelector(".map-legend");
      const table = figure.querySelector(".table-scroll")?.getBoundingClientRect();
      const box = svg?.getBoundingClientRect();
      return {
        figure: figure.getBoundingClientRect().width,
        legendPx: legend === null ? 0 : parseFloat(getComputedStyle(legend).fontSize),
        map: box ? { top: box.top, bottom: box.bottom, right: box.right } : null,
        table: table ? { top: table.top, left: table.left, right: table.right } : null,
      };
    });
    expect(layout.figure).toBeGreaterThan(COLUMN * 0.98);
    // CSS px to pt: 72 / 96.
    expect(layout.legendPx * 0.75).toBeGreaterThanOrEqual(8);
    expect(layout.map).not.toBeNull();
    expect(layout.table).not.toBeNull();
    if (layout.map === null || layout.table === null) return;
    // The table starts beside the map, not after a gap below it.
    expect(layout.table.left).toBeGreaterThanOrEqual(layout.map.right);
    expect(layout.table.top).toBeLessThan(layout.map.bottom);
    expect(layout.table.right).toBeLessThanOrEqual(COLUMN + 0.5);
  });

  it("sets every table, caption and source line in 8 pt or more", async () => {
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll("table, table *, figcaption, figcaption *, .source-line")]
        .filter((element) => element.checkVisibility() && (element.textContent ?? "").trim())
        .map((element) => ({
          name: `${element.tagName}.${element.getAttribute("class") ?? ""}`,
          // CSS px to pt: 72 / 96.
          pt: parseFloat(getComputedStyle(element).fontSize) * 0.75,
        })),
    );
    expect(sizes.length).toBeGreaterThan(100);
    expect(sizes.filter(({ pt }) => pt < 8)).toEqual([]);
  });

  it("hides figure downloads and links to other pages, and what is print-only shows", async () => {
    const shown = await page.evaluate(() => ({
      downloads: [...document.querySelectorAll(".figure-downloads")].map((e) =>
        e.checkVisibility(),
      ),
      screenOnly: [...document.querySelectorAll(".screen-only")].map((e) => e.checkVisibility()),
      printOnly: [...document.querySelectorAll(".print-only")].map((e) => e.checkVisibility()),
    }));
    expect(shown.downloads.length).toBeGreaterThanOrEqual(4);
    expect(shown.downloads.some(Boolean)).toBe(false);
    expect(shown.screenOnly.length).toBeGreaterThanOrEqual(2);
    expect(shown.screenOnly.some(Boolean)).toBe(false);
    // Without SITE_URL (as here) a link to another page has no words on paper: the
    // printed report names no site it cannot give an address for (pdf.test.ts).
    expect(shown.printOnly.length).toBeGreaterThanOrEqual(1);
    expect(shown.printOnly.every(Boolean)).toBe(true);
  });

  it("shows each chart once, at the size it is drawn, within the column", async () => {
    const charts = await page.$$eval("figure.chart", (figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector(".chart-svg svg");
        return {
          svgs: figure.querySelectorAll(".chart-svg svg").length,
          width: svg?.getBoundingClientRect().width ?? 0,
          drawn: Number(svg?.getAttribute("width")),
        };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      expect(chart.svgs).toBe(1);
      expect(chart.width).toBeCloseTo(Math.min(chart.drawn, COLUMN), 0);
    }
  });

  it("prints the tables behind the charts open, without their toggles", async () => {
    const tables = await page.$$eval("details.chart-table", (details) =>
      details.map((detail) => ({
        open: detail.hasAttribute("open"),
        table: detail.querySelector("table")?.checkVisibility() ?? false,
        summary: detail.querySelector("summary")?.checkVisibility() ?? true,
      })),
    );
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) expect(table).toEqual({ open: false, table: true, summary: false });
  });

  it("hides navigation, the skip link and permalinks; keeps the contents list", async () => {
    const visible = await page.evaluate(() =>
      Object.fromEntries(
        [".skip-link", ".permalink", ".site-header", "nav:not(.toc)", ".pdf-link"].map(
          (selector) => [
            selector,
            [...document.querySelectorAll(selector)].some((element) => element.checkVisibility()),
          ],
        ),
      ),
    );
    expect(Object.values(visible).some(Boolean), JSON.stringify(visible)).toBe(false);
    expect(await page.locator("nav.toc").first().isVisible()).toBe(true);
  });

  it("repeats table headers on every page and keeps colours", async () => {
    const styles = await page.evaluate(() => ({
      thead: [...document.querySelectorAll("thead")].map((head) => getComputedStyle(head).display),
      colour: getComputedStyle(document.documentElement).printColorAdjust,
    }));
    expect(new Set(styles.thead)).toEqual(new Set(["table-header-group"]));
    expect(styles.colour).toBe("exact");
  });

  it("shows where an external link leads, and internal links as plain text", async () => {
    const result = await page.evaluate(() => {
      const main = document.querySelector("main");
      const external = document.createElement("a");
      external.href = "https://www.folkhalsomyndigheten.se/";
      external.textContent = "Folkhälsomyndigheten";
      main?.append(external);
      const after = getComputedStyle(external, "::after").content;
      external.remove();
      const internal = document.querySelector('nav.toc a[href^="#"]');
      return {
        after,
        internal: internal ? getComputedStyle(internal).textDecorationLine : null,
      };
    });
    expect(result.after).toContain("https://www.folkhalsomyndigheten.se/");
    expect(result.internal).toBe("none");
  });
});
