/**
 * Phones, dark mode and forced colours in the system Chromium: at 320 and 412 px
 * every cell of every table is inside the viewport and inside whatever box
 * scrolls it (no column reached only by a sideways swipe), captions are whole,
 * and chart text is at least 12 CSS px as rendered; the dark theme repaints the
 * charts and the map from the theme's properties; in forced colours the legend
 * buttons keep a border.
 */
import { describe, expect, inject, it } from "vitest";
import { darkTheme, theme } from "../../src/lib/theme.ts";
import { chromeOrSkip, useSiteInBrowser } from "../helpers/browser.ts";
import { builtPages } from "./site.ts";

const distDir = inject("distDir");
const chrome = chromeOrSkip();
const pages = builtPages(distDir).filter(
  (page) =>
    ["index.html", "en/index.html", "kommuner/index.html"].includes(page.file) ||
    /^region\/[^/]+\/index\.html$/.test(page.file),
);
const MIN_CHART_TEXT_PX = 12;

/** Cells outside the viewport or clipped by a scrolling ancestor, and clipped captions (run in the page). */
function offscreenCells(): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  for (const table of document.querySelectorAll("table")) {
    // A "lines" table's header row is for screen readers: each cell repeats its label.
    const hiddenHead = table.dataset["reflow"] === "lines" ? table.tHead : null;
    const cells = [...table.querySelectorAll("th, td")].filter(
      (cell) => hiddenHead === null || !hiddenHead.contains(cell),
    );
    for (const cell of [...cells, ...(table.caption ? [table.caption] : [])]) {
      const box = cell.getBoundingClientRect();
      let left = 0;
      let right = width;
      for (let box2 = cell.parentElement; box2 !== null; box2 = box2.parentElement) {
        if (getComputedStyle(box2).overflowX === "visible") continue;
        const rect = box2.getBoundingClientRect();
        left = Math.max(left, rect.left);
        right = Math.min(right, rect.right);
      }
      const name = `${table.caption?.textContent?.trim().slice(0, 30) ?? "?"}: <${cell.localName}> "${(cell.textContent ?? "").trim().slice(0, 30)}"`;
      if (box.width === 0 || box.height === 0) problems.push(`${name} not shown`);
      else if (box.left < left - 0.5 || box.right > right + 0.5)
        problems.push(
          `${name} at ${box.left.toFixed(0)}–${box.right.toFixed(0)} of ${left.toFixed(0)}–${right.toFixed(0)}`,
        );
      else if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name} cut`);
    }
  }
  return problems;
}

describe.skipIf(chrome === null)("phones, dark mode and forced colours", () => {
  const session = useSiteInBrowser(chrome ?? "", distDir);

  it.each(pages.map((page) => [page.file, page] as const))(
    "%s: every table cell and caption is on screen at 320 and 412 px, chart text ≥ 12 px",
    async (_file, page) => {
      const context = await session.browser.newContext({ viewport: { width: 320, height: 900 } });
      try {
        const tab = await context.newPage();
        await tab.goto(`${session.server.url}${page.urlPath}`, { waitUntil: "load" });
        for (const width of [320, 412]) {
          await tab.setViewportSize({ width, height: 900 });
          expect(await tab.evaluate(offscreenCells), `${page.file} at ${width} px`).toEqual([]);
        }
        await tab.setViewportSize({ width: 320, height: 900 });
        const sizes = await tab.evaluate(() =>
          [...document.querySelectorAll<SVGTextElement>("svg.fc-chart text")].map((text) => {
            const scale = text.getScreenCTM()?.a ?? 1;
            return parseFloat(getComputedStyle(text).fontSize) * scale;
          }),
        );
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(MIN_CHART_TEXT_PX);
      } finally {
        await context.close();
      }
    },
  );

  it("dark mode: the page, the charts and the map are painted in the dark theme's colours", async () => {
    const context = await session.browser.newContext({
      viewport: { width: 412, height: 900 },
      colorScheme: "dark",
    });
    try {
      const tab = await context.newPage();
      await tab.goto(session.server.url, { waitUntil: "load" });
      const painted = await tab.evaluate(() => {
        const hex = (value: string) => {
          const m = /rgba?\((\d+), (\d+), (\d+)/.exec(value);
          return m === null
            ? value
            : `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
        };
        const colours = new Set<string>();
        for (const element of document.querySelectorAll("svg.fc-chart *, svg.fc-map *")) {
          const style = getComputedStyle(element);
          for (const value of [style.fill, style.stroke])
            if (/^rgb/.test(value)) colours.add(hex(value));
        }
        return {
          background: hex(getComputedStyle(document.body).backgroundColor),
          html: hex(getComputedStyle(document.documentElement).backgroundColor),
          colours: [...colours],
        };
      });
      const palette = new Set<string>([
        ...Object.values(darkTheme.color),
        ...Object.values(darkTheme.form),
      ]);
      expect(painted.html).toBe(darkTheme.color.background);
      // No light theme colour is left in a drawing (black is the default of unpainted elements).
      const light = new Set<string>([...Object.values(theme.color), ...Object.values(theme.form)]);
      expect(painted.colours.filter((colour) => light.has(colour) && !palette.has(colour))).toEqual(
        [],
      );
      expect(painted.colours.filter((colour) => palette.has(colour)).length).toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });

  it("forced colours: the map's legend buttons keep a visible border", async () => {
    const context = await session.browser.newContext({ viewport: { width: 412, height: 900 } });
    try {
      const tab = await context.newPage();
      await tab.emulateMedia({ forcedColors: "active" });
      await tab.goto(session.server.url, { waitUntil: "load" });
      const borders = await tab.evaluate(() =>
        [...document.querySelectorAll("button.map-legend-entry")].map((button) => {
          const style = getComputedStyle(button);
          return `${style.borderTopStyle} ${parseFloat(style.borderTopWidth) > 0}`;
        }),
      );
      expect(borders.length).toBeGreaterThan(0);
      for (const border of borders) expect(border).toBe("solid true");
    } finally {
      await context.close();
    }
  });
});
