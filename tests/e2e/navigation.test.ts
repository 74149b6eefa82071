/**
 * Finding one's way: the header says where one is and links to the other
 * language, every page's title names the report, a kommun reached from the
 * finder shows its table's column headings, and link texts are words apart
 * from the text around them as a reader (and a screen reader) gets them.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { REPORT_PATHS, sitePath } from "../../src/lib/site-paths.ts";
import { chromeOrSkip, useSiteInBrowser } from "../helpers/browser.ts";
import { readPage } from "../helpers/page.ts";
import { builtPages } from "./site.ts";

const distDir = inject("distDir");
/**
 * The site's pages a reader navigates: not the pages that exist only to embed or
 * share a figure (noindex, kept out of the sitemap), which stand alone.
 */
const pages = builtPages(distDir).filter(
  (page) =>
    page.file.endsWith("index.html") &&
    readPage(distDir, page.file)
      .document.querySelector('meta[name="robots"]')
      ?.getAttribute("content") !== "noindex",
);
const chrome = chromeOrSkip();
const FRONT_PAGES: readonly string[] = [
  `${REPORT_PATHS.sv}index.html`,
  `${REPORT_PATHS.en}index.html`,
];

/** The header's links as a reader meets them. */
function headerLinks(file: string) {
  const { document } = readPage(distDir, file);
  return [...document.querySelectorAll("header nav a")].map((a) => ({
    href: a.getAttribute("href") ?? "",
    hreflang: a.getAttribute("hreflang"),
    current: a.getAttribute("aria-current"),
    lang: document.documentElement.getAttribute("lang"),
  }));
}

describe("the header", () => {
  it.each(pages.map((page) => [page.file, page.urlPath] as const))(
    "on %s marks the one section the page belongs to as current",
    (file, urlPath) => {
      const links = headerLinks(file);
      const here = sitePath(urlPath);
      // The link whose page this is, or else the longest one the page lies below (not home).
      const section = links
        .filter(
          (link) => link.href === here || (link.href !== sitePath() && here.startsWith(link.href)),
        )
        .sort((a, b) => b.href.length - a.href.length)[0];
      const marked = links.filter((link) => link.current !== null);
      if (section === undefined) {
        expect(marked).toEqual([]);
        return;
      }
      expect(marked.map((link) => link.href)).toEqual([section.href]);
      expect(section.current).toBe(section.href === here ? "page" : "true");
    },
  );

  it.each(pages.map((page) => [page.file] as const))(
    "on %s links to the page in the other language, or else the English summary",
    (file) => {
      const links = headerLinks(file);
      const other = links.filter((link) => link.hreflang !== null && link.hreflang !== link.lang);
      const { document } = readPage(distDir, file);
      const alternate = document
        .querySelector(`link[rel="alternate"][hreflang="${other[0]?.hreflang ?? ""}"]`)
        ?.getAttribute("href");
      const expected =
        alternate !== undefined && alternate !== null
          ? new URL(alternate).pathname
          : sitePath(REPORT_PATHS.en);
      expect(other.map((link) => link.href)).toContain(expected);
    },
  );
});

describe("page titles", () => {
  it("name the page, then the report, on every page but the two front pages", () => {
    const suffixes = pages
      .filter((page) => !FRONT_PAGES.includes(page.file))
      .map((page) => {
        const title = readPage(distDir, page.file).document.querySelector("title")?.textContent;
        const at = (title ?? "").lastIndexOf(" – ");
        return { file: page.file, suffix: at > 0 ? (title ?? "").slice(at) : null };
      });
    expect(suffixes.filter((page) => page.suffix === null)).toEqual([]);
    expect(new Set(suffixes.map((page) => page.suffix)).size).toBe(1);
  });
});

describe.skipIf(chrome === null)("in Chromium", () => {
  const session = useSiteInBrowser(chrome ?? "", distDir);

  /**
   * Links whose text runs into the words before or after it as innerText gives
   * them ("JSON-fil.siffror.json", "fil:För Excel").
   */
  const gluedLinks = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll("main a")].flatMap((a) => {
        const block = a.closest("p, li, dd, td, th") as HTMLElement | null;
        if (block === null) return [];
        const text = block.innerText;
        const link = (a as HTMLElement).innerText;
        const at = text.indexOf(link);
        if (at < 0 || link === "") return [];
        const before = text.slice(Math.max(0, at - 1), at);
        const after = text.slice(at + link.length, at + link.length + 1);
        const glued = /[\p{L}\p{N}.,:;]/u.test(before) || /[\p{L}\p{N}]/u.test(after);
        return glued ? [`${text.slice(Math.max(0, at - 12), at + link.length + 12)}`] : [];
      }),
    );

  it.each(pages.map((page) => [page.urlPath] as const))(
    "/%s: every link in the main text stands apart from the words around it",
    async (urlPath) => {
      const page = await session.browser.newPage();
      try {
        await page.goto(`${session.server.url}${urlPath}`);
        expect(await gluedLinks(page)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  /** Links in the kommun finder to rows: the first and last kommun of the regions with most kommuner. */
  function rowLinks(): string[] {
    const { document } = readPage(distDir, "kommuner/index.html");
    const hrefs = [...document.querySelectorAll(".kommun-list a")].map(
      (a) => a.getAttribute("href") ?? "",
    );
    const byRegion = Map.groupBy(hrefs, (href) => href.split("#")[0] ?? "");
    return [...byRegion.values()]
      .sort((a, b) => b.length - a.length)
      .slice(0, 2)
      .flatMap((links) => [links[0] ?? "", links.at(-1) ?? ""]);
  }

  it.each([320, 1280])(
    "at %i px a kommun's row reached from the finder is in view under its column headings",
    async (width) => {
      const links = rowLinks();
      expect(links.length).toBe(4);
      const page = await session.browser.newPage({ viewport: { width, height: 700 } });
      try {
        for (const href of links) {
          await page.goto(new URL(href.replace(/^\//, ""), session.server.url).href);
          const id = decodeURIComponent(href.split("#")[1] ?? "");
          const boxes = await page.evaluate((rowId) => {
            const row = document.getElementById(rowId);
            // On a phone a table may reflow into labelled lines: each cell then shows its
            // column's heading itself, and the row stands for the heading row.
            const labelled =
              row !== null &&
              row.querySelector("td") !== null &&
              [...row.querySelectorAll("td")].every(
                (cell) =>
                  (cell.dataset["label"] ?? "") !== "" &&
                  !["none", "normal"].includes(getComputedStyle(cell, "::before").content),
              );
            const head = labelled ? row : row?.closest("table")?.querySelector("thead th");
            const box = (element: Element | null | undefined) => {
              const rect = element?.getBoundingClientRect();
              return rect === undefined ? null : { top: rect.top, bottom: rect.bottom };
            };
            return { row: box(row), head: box(head), height: window.innerHeight, labelled };
          }, id);
          expect(boxes.row, href).not.toBeNull();
          expect(boxes.head, href).not.toBeNull();
          const { row, head, height, labelled } = boxes as {
            row: { top: number; bottom: number };
            head: { top: number; bottom: number };
            height: number;
            labelled: boolean;
          };
          expect(head.top, `${href}: the headings' top`).toBeGreaterThanOrEqual(-0.5);
          if (!labelled)
            expect(row.top, `${href}: the row below the headings`).toBeGreaterThanOrEqual(
              head.bottom - 0.5,
            );
          expect(row.bottom, `${href}: the row in view`).toBeLessThanOrEqual(height + 0.5);
        }
      } finally {
        await page.close();
      }
    },
  );
});
