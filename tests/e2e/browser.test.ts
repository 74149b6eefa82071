/**
 * Every built page in a real browser (the system Chromium): loads cleanly and
 * offline, works without JavaScript at phone to desktop widths, and by keyboard.
 * Screenshots for review go to test-results/screenshots/.
 */
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromeOrSkip, useSiteInBrowser } from "../helpers/browser.ts";
import {
  builtPages,
  SCREENSHOT_WIDTHS,
  screenshotDir,
  VIEWPORT_WIDTHS,
  type BuiltPage,
} from "./site.ts";

const distDir = inject("distDir");
const pages = builtPages(distDir);
const chrome = chromeOrSkip();

/**
 * Running text (the body, and paragraphs and list items outside figures, tables,
 * asides and the footer) is at least 16 px, the browsers' default size.
 */
const BODY_TEXT_PX = 16;
/** Where smaller, secondary text is allowed (tables, figure sources, key-figure details, footer). */
const SECONDARY_TEXT = "figure, table, aside, footer, details, .key-figure, .source-line";
/**
 * The floor for any HTML text: footnotes, sources and table cells may be smaller
 * than running text, but not below 12 px (Lighthouse's "legible font sizes" bar).
 */
const MIN_TEXT_PX = 12;
/**
 * The floor for text inside charts and the map, as rendered (font size times the
 * SVG's scale): SVGs shrink with the column, so their labels are measured after
 * scaling. Axis and legend labels are short and supported by the data table.
 */
const MIN_SVG_TEXT_PX = 12;

describe.skipIf(chrome === null)("in a real browser (system Chromium)", () => {
  const session = useSiteInBrowser(chrome ?? "", distDir);

  const urlOf = (page: BuiltPage) => `${session.server.url}${page.urlPath}`;

  /** A fresh context that lets no request leave 127.0.0.1, and records what it blocked. */
  async function offlineContext(options: { javaScriptEnabled: boolean; width: number }) {
    const context = await session.browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled,
      viewport: { width: options.width, height: 900 },
      reducedMotion: "reduce",
    });
    const external: string[] = [];
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") await route.continue();
      else {
        external.push(url.href);
        await route.abort("blockedbyclient");
      }
    });
    return { context, external };
  }

  async function withContext<T>(
    options: { javaScriptEnabled: boolean; width: number },
    run: (page: Page, external: string[], context: BrowserContext) => Promise<T>,
  ): Promise<T> {
    const { context, external } = await offlineContext(options);
    try {
      return await run(await context.newPage(), external, context);
    } finally {
      await context.close();
    }
  }

  describe.each(pages.map((page) => [page.file, page] as const))("%s", (_file, page) => {
    // One page with JavaScript, loaded once, for the load and the keyboard checks.
    let loaded: { context: BrowserContext; tab: Page; external: string[] };
    const problems: string[] = [];
    let status: number | undefined;
    beforeAll(async () => {
      const { context, external } = await offlineContext({ javaScriptEnabled: true, width: 1280 });
      const tab = await context.newPage();
      tab.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          problems.push(`console.${message.type()}: ${message.text()}`);
      });
      tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      tab.on("requestfailed", (request) =>
        problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`),
      );
      tab.on("response", (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      status = (await tab.goto(urlOf(page), { waitUntil: "load" }))?.status();
      loaded = { context, tab, external };
    });
    afterAll(async () => {
      await loaded?.context.close();
    });

    it("loads without console errors or failed requests, and never leaves 127.0.0.1", () => {
      expect(status).toBe(200);
      expect(loaded.external).toEqual([]);
      expect(problems).toEqual([]);
    });

    it("by keyboard: skip link first, visible focus on every stop, DOM order, everything reachable", async () => {
      const { tab } = loaded;
      const focusables = await tab.evaluate(listFocusables);
      // A page with blocks repeated on other pages (its navigation) offers a way past
      // them; a figure alone for an iframe (inbaddning/, en/embed/) has none to skip.
      const repeatsBlocks = await tab.evaluate(() => document.querySelector("nav") !== null);
      expect(focusables.positiveTabindex, "positive tabindex breaks the order").toEqual([]);
      expect(focusables.unreachable, "links only reachable by mouse").toEqual([]);

      // Every stop in DOM order, each with a visible focus indicator; the skip link first.
      const order: number[] = [];
      const noIndicator: string[] = [];
      const unexpected: string[] = [];
      for (let i = 0; i < focusables.count + 2; i++) {
        await tab.keyboard.press("Tab");
        const focus = await tab.evaluate(describeFocus);
        if (i === 0 && repeatsBlocks) {
          expect(focus.className, "first tab stop").toContain("skip-link");
          expect(focus.inViewport, "skip link visible on focus").toBe(true);
        }
        if (focus.index === null || order.includes(focus.index)) break;
        if (focus.index === -1) unexpected.push(focus.label);
        order.push(focus.index);
        if (!focus.indicator) noIndicator.push(focus.label);
      }
      expect(unexpected, "tab stops that are not links, summaries or controls").toEqual([]);
      expect(order, "tab order (indexes in DOM order)").toEqual([
        ...Array(focusables.count).keys(),
      ]);
      expect(noIndicator, "stops without a visible focus indicator").toEqual([]);

      if (!repeatsBlocks) return;
      // The skip link moves focus to the main content.
      await tab.locator(".skip-link").focus();
      await tab.keyboard.press("Enter");
      await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe("innehall");
    });

    it(`without JavaScript, at ${VIEWPORT_WIDTHS.join(", ")} px: every section, chart and figure shows, no horizontal scroll, readable text`, async () => {
      await withContext(
        { javaScriptEnabled: false, width: VIEWPORT_WIDTHS[0] },
        async (tab, external) => {
          await tab.goto(urlOf(page), { waitUntil: "load" });
          for (const width of VIEWPORT_WIDTHS) {
            // Resizing re-runs layout and media queries; the page has no script to re-run.
            await tab.setViewportSize({ width, height: 900 });
            const report = await tab.evaluate(inspectLayout, {
              minText: MIN_TEXT_PX,
              minSvgText: MIN_SVG_TEXT_PX,
              bodyText: BODY_TEXT_PX,
              secondary: SECONDARY_TEXT,
            });
            const at = `${page.file} at ${width} px`;
            expect(report.scrollWidth, `${at}: horizontal scroll`).toBeLessThanOrEqual(
              report.clientWidth,
            );
            expect(report.hidden, `${at}: hidden sections, figures or charts`).toEqual([]);
            expect(report.mainVisible, `${at}: main content shows`).toBe(true);
            expect(report.bodyFontSize, `${at}: body font size`).toBeGreaterThanOrEqual(
              BODY_TEXT_PX,
            );
            expect(report.tooSmall, `${at}: text under ${MIN_TEXT_PX} px`).toEqual([]);
            expect(report.svgTooSmall, `${at}: chart text under ${MIN_SVG_TEXT_PX} px`).toEqual([]);
            expect(report.smallRunningText, `${at}: running text under ${BODY_TEXT_PX} px`).toEqual(
              [],
            );
            if ((SCREENSHOT_WIDTHS as readonly number[]).includes(width)) {
              await tab.screenshot({
                path: path.join(screenshotDir(), `${page.name}-${width}.jpg`),
                type: "jpeg",
                quality: 80,
                fullPage: true,
              });
            }
          }
          expect(external).toEqual([]);
        },
      );
    });
  });
});

// ---- Functions run in the page (serialised by Playwright; no closures). ----

interface LayoutReport {
  scrollWidth: number;
  clientWidth: number;
  mainVisible: boolean;
  sections: number;
  figures: number;
  hidden: string[];
  bodyFontSize: number;
  smallRunningText: string[];
  tooSmall: string[];
  svgTooSmall: string[];
}

function inspectLayout(limits: {
  minText: number;
  minSvgText: number;
  bodyText: number;
  secondary: string;
}): LayoutReport {
  const visible = (element: Element) =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getBoundingClientRect().width > 0 &&
    element.getBoundingClientRect().height > 0;
  const label = (element: Element) => {
    const id = element.closest("[id]")?.id;
    const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `<${element.localName}>${id ? ` in #${id}` : ""} "${text}"`;
  };
  const hidden: string[] = [];
  // Paper-only content (the colophon) is hidden on screen by design.
  const sections = [...document.querySelectorAll("main section:not(.print-only)")];
  const figures = [...document.querySelectorAll("main figure")];
  for (const element of [...sections, ...figures])
    if (!visible(element)) hidden.push(label(element));
  // A chart may come in a narrow and a wide version; one of them must show, in or out of a figure.
  const charts = [...document.querySelectorAll("main svg[role='img'], main svg[aria-label]")];
  const holders = new Set(charts.map((svg) => svg.closest("figure") ?? svg));
  for (const holder of holders) {
    const svgs =
      holder.localName === "svg"
        ? [holder]
        : [...holder.querySelectorAll("svg[role='img'], svg[aria-label]")];
    if (!svgs.some(visible)) hidden.push(`chart ${label(holder)}`);
  }

  const tooSmall: string[] = [];
  const svgTooSmall: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = (node.nodeValue ?? "").trim();
    const parent = node.parentElement;
    if (text === "" || parent === null || !visible(parent)) continue;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (parent instanceof SVGElement) {
      const graphic = parent.closest("text") ?? parent;
      const scale = graphic instanceof SVGGraphicsElement ? (graphic.getScreenCTM()?.a ?? 1) : 1;
      const effective = size * scale;
      if (effective < limits.minSvgText)
        svgTooSmall.push(`${effective.toFixed(1)} px: ${label(parent)}`);
      continue;
    }
    if (size < limits.minText) tooSmall.push(`${size} px: ${label(parent)}`);
  }
  const smallRunningText = [...document.querySelectorAll("main p, main li, main dd")]
    .filter((element) => element.closest(limits.secondary) === null && visible(element))
    .filter((element) => parseFloat(getComputedStyle(element).fontSize) < limits.bodyText)
    .map((element) => `${getComputedStyle(element).fontSize}: ${label(element)}`);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    mainVisible: [...document.querySelectorAll("main")].some(visible),
    sections: sections.length,
    figures: figures.length,
    hidden,
    bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize),
    smallRunningText: smallRunningText.slice(0, 20),
    tooSmall: [...new Set(tooSmall)].slice(0, 20),
    svgTooSmall: [...new Set(svgTooSmall)].slice(0, 20),
  };
}

interface Focusables {
  count: number;
  positiveTabindex: string[];
  unreachable: string[];
}

/**
 * Numbers the elements a keyboard user should reach, in DOM order
 * (data-e2e-focus), and records how each looks unfocused, to compare on focus.
 */
function listFocusables(): Focusables {
  const SELECTOR =
    "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable='true']";
  const describe = (element: Element) =>
    `<${element.localName}${element.id ? `#${element.id}` : ""}> "${(element.textContent ?? "").trim().slice(0, 40)}" ${element.getAttribute("href") ?? ""}`;
  const all = [...document.querySelectorAll(SELECTOR)];
  const positiveTabindex = all
    .filter((element) => Number(element.getAttribute("tabindex") ?? "0") > 0)
    .map(describe);
  const shown = (element: Element) =>
    element.checkVisibility({ visibilityProperty: true }) &&
    element.getClientRects().length > 0 &&
    !(element as HTMLInputElement).disabled;
  const stops = all.filter((element) => {
    if (!shown(element)) return false;
    if (element.getAttribute("tabindex") === "-1") return false;
    // A summary is a stop only if it is its details' first summary.
    if (element.localName === "summary")
      return element.parentElement?.querySelector(":scope > summary") === element;
    return (element as HTMLElement).tabIndex >= 0 || element instanceof SVGElement;
  });
  const target = (e: Element) => new URL(e.getAttribute("href") ?? "", document.baseURI).href;
  const reachable = new Set(stops.filter((e) => e.hasAttribute("href")).map(target));
  // Links taken out of the tab order (e.g. map regions) must have a twin keyboard users reach.
  const unreachable = all
    .filter((e) => e.matches("a[href], area[href]") && shown(e) && !stops.includes(e))
    .filter((e) => !reachable.has(target(e)))
    .map(describe);
  stops.forEach((element, index) => {
    const style = getComputedStyle(element);
    element.setAttribute("data-e2e-focus", String(index));
    element.setAttribute(
      "data-e2e-unfocused",
      `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}|${style.boxShadow}`,
    );
  });
  return { count: stops.length, positiveTabindex, unreachable };
}

interface FocusReport {
  index: number | null;
  label: string;
  className: string;
  inViewport: boolean;
  indicator: boolean;
}

/** What has focus now, whether it shows a focus indicator, and whether it is on screen. */
function describeFocus(): FocusReport {
  const element = document.activeElement;
  if (element === null || element === document.body)
    return { index: null, label: "body", className: "", inViewport: false, indicator: false };
  const style = getComputedStyle(element);
  const outline =
    style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
      ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
      : "";
  const shadow = style.boxShadow === "none" ? "" : style.boxShadow;
  const now = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}|${style.boxShadow}`;
  const before = element.getAttribute("data-e2e-unfocused");
  const rect = element.getBoundingClientRect();
  const index = element.getAttribute("data-e2e-focus");
  return {
    index: index === null ? -1 : Number(index),
    label: `<${element.localName}> "${(element.textContent ?? "").trim().slice(0, 40)}"`,
    className: typeof element.className === "string" ? element.className : "",
    inViewport:
      rect.width > 0 &&
      rect.height > 0 &&
      rect.top >= 0 &&
      rect.left >= 0 &&
      rect.bottom <= window.innerHeight &&
      rect.right <= window.innerWidth,
    indicator:
      (outline !== "" || shadow !== "") && now !== before && element.matches(":focus-visible"),
  };
}
