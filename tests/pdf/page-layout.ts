/**
 * How a printed PDF's pages are filled and broken, read as a reader sees them:
 * the pages rendered by poppler (what ink is where), the page's blocks as the
 * print stylesheet lays them out in Chromium, and the PDF's text per page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { serveStatic } from "../../scripts/lib/static-server.mjs";
import { fold, words } from "./poppler.ts";

/** A4 and the @page margins of src/styles/print.css, in millimetres. */
const PAGE_MM = 297;
const MARGIN_MM = { top: 18, bottom: 20 };
/** Rendering resolution: a row of pixels is 0.7 mm, finer than a line of text. */
const DPI = 36;
/** A grey darker than this is ink (the page is white, the palest tint is lighter). */
const INK = 235;

/**
 * Blocks a reader takes in as a whole, which must each end on the page they
 * start on: a chart with its caption and source line (its table, a numbered
 * table of its own, may start the next page), every table, the national map
 * with its legend and table, key figures, notices and proposals.
 */
export const UNBREAKABLE =
  "figure.chart, figure.map, .map-legend, .table-scroll, .key-figures, .key-figure, .notice, .proposal";

/**
 * For each page, the share of its text area (between the @page margins) left
 * blank under its lowest ink: 0 for a full page, 1 for an empty one. The
 * running footer, in the bottom margin, is not counted.
 */
export function blankShares(file: string): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), "fc-page-fill-"));
  try {
    execFileSync("pdftoppm", ["-gray", "-r", String(DPI), file, path.join(dir, "page")]);
    return readdirSync(dir)
      .sort()
      .map((name) => blankShareOf(readFileSync(path.join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The blank share of one page rendered as a binary PGM (P5). */
function blankShareOf(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString("latin1", 0, 40));
  if (header === null) throw new Error("pdftoppm wrote no PGM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const mm = (row: number) => (row / height) * PAGE_MM;
  const textBottom = PAGE_MM - MARGIN_MM.bottom;
  let lowest = mm(0) + MARGIN_MM.top;
  for (let row = 0; row < height && mm(row) < textBottom; row++) {
    const line = pixels.subarray(row * width, (row + 1) * width);
    if (line.some((grey) => grey < INK)) lowest = mm(row + 1);
  }
  return Math.max(0, (textBottom - lowest) / (textBottom - MARGIN_MM.top));
}

export interface PrintedBlocks {
  /** Each unbreakable block's visible HTML words (SVG text left out). */
  readonly blocks: readonly { readonly selector: string; readonly text: string }[];
  /**
   * The first words of every block the print stylesheet starts on a new page
   * (break-before: page, or after a break-after: page): where a part begins.
   * A section of the report is not a part, even one the stylesheet starts on a
   * page for its layout (the map's): the page before it must be filled too.
   */
  readonly partStarts: readonly string[];
}

/** The page at `pagePath` of `root`, laid out for print in Chromium. */
export async function printedBlocks(
  browser: Browser,
  root: string,
  pagePath: string,
): Promise<PrintedBlocks> {
  const server = await serveStatic(root);
  const page = await browser.newPage();
  try {
    await page.goto(new URL(pagePath, server.url).href);
    await page.emulateMedia({ media: "print" });
    return await page.evaluate((selector) => {
      const visibleText = (element: Element, skip: string | null) => {
        const parts: string[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (parent === null || parent.closest("svg") !== null) continue;
          if (skip !== null && parent.closest(skip) !== null) continue;
          if (parent.checkVisibility()) parts.push(node.textContent ?? "");
        }
        return parts.join(" ").replace(/\s+/g, " ").trim();
      };
      const blocks = [...document.querySelectorAll(selector)].map((element) => ({
        selector: `${element.tagName.toLowerCase()}.${element.className}#${element.id}`,
        // A chart's table is a block of its own (.table-scroll).
        text: visibleText(element, element.matches("figure.chart") ? "details" : null),
      }));
      const starts = [...document.querySelectorAll("body *")].filter((element) => {
        if (!element.checkVisibility()) return false;
        const previous = element.previousElementSibling;
        return (
          (getComputedStyle(element).breakBefore === "page" &&
            !element.matches(".report-section")) ||
          (previous !== null && getComputedStyle(previous).breakAfter === "page")
        );
      });
      return { blocks, partStarts: starts.map((element) => visibleText(element, null)) };
    }, UNBREAKABLE);
  } finally {
    await page.close();
    await server.close();
  }
}

/**
 * Indexes (0-based) of the pages that end a part: the last page, and every page
 * whose next page begins with a part's first words.
 */
export function partEnds(pages: readonly string[], partStarts: readonly string[]): Set<number> {
  // The first word: a list's numbers ("1.") come out of the PDF, not the HTML's text.
  const beginnings = partStarts.map((text) => words(text)[0] ?? "");
  const ends = new Set([pages.length - 1]);
  pages.forEach((page, index) => {
    const first = words(fold(page))[0] ?? "";
    if (index > 0 && beginnings.some((start) => start !== "" && first === start))
      ends.add(index - 1);
  });
  return ends;
}

/** Pages (1-based, with their blank share) more than `most` empty (a third) that end no part. */
export function blankPages(
  file: string,
  pages: readonly string[],
  starts: readonly string[],
  most = 1 / 3,
) {
  const ends = partEnds(pages, starts);
  return blankShares(file)
    .map((share, index) => ({ page: index + 1, blank: Math.round(share * 100) }))
    .filter(({ page, blank }) => blank > most * 100 && !ends.has(page - 1));
}

/**
 * The blocks whose words are not all on one page: each with the words missing
 * from the page that has most of them. A word with soft hyphens counts whole
 * or in its parts.
 */
export function splitBlocks(pages: readonly string[], blocks: PrintedBlocks["blocks"]) {
  // Punctuation is left out: the HTML's text nodes and the PDF's lines cut "(public
  // domain)." in different places.
  const bare = (text: string) =>
    words(text)
      .map((word) => word.replace(/^[^\p{L}\p{N}\u00ad]+|[^\p{L}\p{N}\u00ad]+$/gu, ""))
      .filter((word) => word !== "");
  const pageWords = pages.map((page) => ({
    set: new Set(bare(page)),
    // Where a line ends at a hyphen ("socio-" / "economic") pdftotext may join the parts.
    joined: page.replace(/[\s\u00ad\u2010-]+/g, ""),
  }));
  const onPage = ({ set, joined }: (typeof pageWords)[number], word: string) => {
    const parts = word.split("\u00ad");
    return (
      set.has(parts.join("")) ||
      parts.every((part) => set.has(part)) ||
      (/\p{L}{4}/u.test(word) && joined.includes(word))
    );
  };
  return blocks
    .map((block) => {
      const needed = bare(block.text);
      const missing = pageWords
        .map((page) => needed.filter((word) => !onPage(page, word)))
        .reduce((fewest, list) => (list.length < fewest.length ? list : fewest), needed);
      return { block: `${block.selector}: ${block.text.slice(0, 60)}`, missing };
    })
    .filter(({ missing }) => missing.length > 0);
}
