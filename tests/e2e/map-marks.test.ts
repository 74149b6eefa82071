/**
 * The map's marks and regions in Chromium, with the shipped data, a town of 60
 * units within 1 km in one kommun, and 20 000 units: a click that misses a unit
 * never leaves the page, a region is named when pointed at, units at one spot
 * are one mark that names them all, every unit the status line counts is
 * reached by pointing at the marks one sees, and the map of groups has a size
 * key. Expectations come from the data, never typed in.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadDataset, type Dataset } from "../../src/lib/data/index.ts";
import { regionSlugs } from "../../src/lib/region-slug.ts";
import { UNIT_BUDGET } from "../../src/lib/report-map.ts";
import { mapExplorer, unitTitle } from "../../src/lib/text/sv/index.ts";
import { chromeOrSkip, launchChrome } from "../helpers/browser.ts";
import { buildSite, PROJECT_ROOT } from "../helpers/build-site.ts";
import { manyUnitsCsv, townFiles } from "../helpers/map-datasets.ts";
import { scratchDir } from "../robustness/data-copy.ts";
import { serveStatic } from "../../scripts/lib/static-server.mjs";
import type { Browser } from "playwright-core";

const chrome = chromeOrSkip();
const scratch = scratchDir("map-marks");
afterAll(() => scratch.remove());

interface Site {
  readonly dist: string;
  readonly dataset: Dataset;
}

/** A build of the shipped data with verksamheter.csv replaced. */
function siteWith(name: string, csv: string): Site {
  const dataDir = scratch.copyData(name);
  writeFileSync(path.join(dataDir, "verksamheter.csv"), csv);
  const dist = path.join(scratch.root, `${name}-dist`);
  const result = buildSite(dist, dataDir);
  if (result.status !== 0) throw new Error(`build of ${name} failed:\n${result.output}`);
  return { dist, dataset: loadDataset(dataDir) };
}

// ---- In the page (serialised by Playwright; no closures) ----------------------------

interface Symbol {
  /** Centre on screen. */
  x: number;
  y: number;
  /** Units it stands for by its markup: a group's data-count, else 1. */
  count: number;
}

/**
 * Every symbol a reader sees on the first map, once per spot: unit marks (<use>
 * in a form's group), plates and group marks, with their centres on screen.
 */
function readSymbols(): Symbol[] {
  const units = document.querySelector("svg.fc-map .fc-map-units") as SVGGElement;
  const matrix = units.getScreenCTM() as DOMMatrix;
  const seen = new Map<string, Symbol>();
  for (const element of units.querySelectorAll("use, [data-group]")) {
    // The centre the markup gives (a triangle's box is not centred on it).
    const number = (name: string) => Number(element.getAttribute(name));
    const [cx, cy] =
      element.localName === "use"
        ? [number("x"), number("y")]
        : element.localName === "circle"
          ? [number("cx"), number("cy")]
          : (/^M(-?[\d.]+)[ ,](-?[\d.]+)/.exec(element.getAttribute("d") ?? "") ?? [])
              .slice(1)
              .map(Number);
    const { x, y } = new DOMPoint(cx, cy).matrixTransform(matrix);
    const key = `${cx} ${cy}`;
    if (!seen.has(key))
      seen.set(key, { x, y, count: Number(element.getAttribute("data-count") ?? 1) });
  }
  return [...seen.values()];
}

/** The tooltip's heading and its listed lines (a plate's units), or null when hidden. */
function readTooltip() {
  const tip = document.querySelector<HTMLElement>(".map-tooltip");
  if (tip === null || tip.hidden) return null;
  return {
    heading: tip.querySelector("strong")?.textContent ?? "",
    items: [...tip.querySelectorAll("li")].map((li) => li.textContent ?? ""),
    /** A unit's kommun, its first row. */
    kommun: tip.querySelector("dd")?.textContent ?? null,
    link: tip.querySelector("a")?.getAttribute("href") ?? null,
  };
}

// ---- Helpers -----------------------------------------------------------------------

/** Resolves after the page has rendered two more frames: its handlers have run and painted. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );

/** The map in the middle of the screen, and its symbols where they are now. */
async function symbolsOnScreen(page: Page): Promise<Symbol[]> {
  await page.evaluate(() => {
    const box = document.querySelector("svg.fc-map")?.getBoundingClientRect();
    if (box) window.scrollBy(0, box.top - 20);
  });
  // The map is laid out when near the viewport (content-visibility: auto): read the
  // symbols' places once the browser has rendered two frames after the scroll.
  await nextFrames(page);
  return page.evaluate(readSymbols);
}

/** A point `distance` px from a symbol, over a region, with no other symbol within 2 × distance. */
async function nearMiss(page: Page, symbols: readonly Symbol[], distance: number) {
  for (const symbol of symbols) {
    if (
      symbols.some((o) => o !== symbol && Math.hypot(o.x - symbol.x, o.y - symbol.y) < 3 * distance)
    )
      continue;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const x = symbol.x + dx * distance;
      const y = symbol.y + dy * distance;
      const region = await page.evaluate(
        ([px, py]) =>
          document
            .elementFromPoint(px, py)
            ?.closest("[data-region]")
            ?.getAttribute("data-region") ?? null,
        [x, y] as const,
      );
      if (region !== null) return { x, y, region };
    }
  }
  throw new Error("no symbol with a region around it");
}

/** The region at a point, away from every symbol (a pointer there picks none). */
async function regionAwayFromUnits(page: Page, symbols: readonly Symbol[]) {
  const box = await page.locator("svg.fc-map").boundingBox();
  if (box === null) throw new Error("no map");
  for (let y = box.y + 20; y < Math.min(box.y + box.height, 1380); y += 17)
    for (let x = box.x + 20; x < box.x + box.width; x += 17) {
      if (symbols.some((s) => Math.hypot(s.x - x, s.y - y) < 40)) continue;
      const region = await page.evaluate(
        ([px, py]) =>
          document
            .elementFromPoint(px, py)
            ?.closest("[data-region]")
            ?.getAttribute("data-region") ?? null,
        [x, y] as const,
      );
      if (region !== null) return { x, y, region };
    }
  throw new Error("no region away from the units");
}

/** The accessible name of an element, from Chromium's accessibility tree. */
async function accessibleName(page: Page, selector: string): Promise<string> {
  const client = await page.context().newCDPSession(page);
  try {
    const { root } = await client.send("DOM.getDocument", { depth: -1, pierce: true });
    const { nodeId } = await client.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { nodes } = await client.send("Accessibility.getPartialAXTree", {
      nodeId,
      fetchRelatives: false,
    });
    return String(nodes[0]?.name?.value ?? "");
  } finally {
    await client.detach();
  }
}

/** Every unit's title, as the map names it ("Name (kommun)"). */
function titlesOf(dataset: Dataset, units = dataset.verksamheter): string[] {
  const kommun = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
  return units.map((u) => unitTitle.format(u.namn, kommun.get(u.kommunkod) ?? ""));
}

/** A tooltip's units: a plate's listed units (without their form), or its heading. */
const unitsNamed = (tip: { heading: string; items: string[]; kommun: string | null }): string[] =>
  tip.items.length > 0
    ? tip.items.map((item) => item.replace(/, [^,()]*$/, ""))
    : [unitTitle.format(tip.heading, tip.kommun ?? "")];

describe.skipIf(chrome === null)("the map's marks and regions in Chromium", () => {
  let browser: Browser;
  let town: Site;
  let many: Site;
  const servers: { url: string; close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    browser = await launchChrome(chrome ?? "");
    town = siteWith("town", townFiles(60, 1000).csv);
    many = siteWith("many", manyUnitsCsv(20_000));
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
  });

  async function open(dist: string, urlPath: string, touch = false): Promise<Page> {
    const server = await serveStatic(dist);
    servers.push(server);
    const context = await browser.newContext({
      // Tall enough for the whole national map on screen at once.
      viewport: touch ? { width: 375, height: 1400 } : { width: 1280, height: 1400 },
      ...(touch ? { hasTouch: true, isMobile: true } : {}),
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${urlPath}`, { waitUntil: "load" });
    return page;
  }

  const shipped = (): Site => {
    const dist = inject("distDir");
    return { dist, dataset: loadDataset(path.join(PROJECT_ROOT, "data")) };
  };

  /** The town's region page. */
  const townPath = () => {
    const [first] = town.dataset.verksamheter.filter((u) => u.id.startsWith("T"));
    const region = town.dataset.regioner.find((r) => r.lanskod === first?.lanskod);
    const slugs = regionSlugs(town.dataset.regioner.map((r) => r.region));
    return `region/${slugs.get(region?.region ?? "") ?? ""}/`;
  };

  const cases = () =>
    [
      ["the shipped data's national map", shipped(), ""],
      ["a town of 60 units within 1 km: its region's map", town, townPath()],
      ["20 000 units: the national map", many, ""],
    ] as const;

  it("never leaves the page on a click or tap 10 px away from a unit", async () => {
    for (const [name, site, urlPath] of cases())
      for (const touch of [false, true]) {
        const page = await open(site.dist, urlPath, touch);
        const symbols = await symbolsOnScreen(page);
        const miss = await nearMiss(page, symbols, 10);
        const before = page.url();
        if (touch) await page.touchscreen.tap(miss.x, miss.y);
        else await page.mouse.click(miss.x, miss.y);
        await page.waitForTimeout(300);
        expect(page.url(), `${name}, ${touch ? "tap" : "click"}`).toBe(before);
        await page.context().close();
      }
  });

  it("names a region pointed at, and offers its page as a link only on a click", async () => {
    for (const [name, site, urlPath] of cases()) {
      if (urlPath !== "") continue;
      const page = await open(site.dist, urlPath);
      const symbols = await symbolsOnScreen(page);
      const spot = await regionAwayFromUnits(page, symbols);
      const region = site.dataset.regioner.find((r) => r.lanskod === spot.region);
      await page.mouse.move(spot.x, spot.y);
      const hovered = await page.evaluate(readTooltip);
      expect(hovered?.heading, name).toBe(region?.region);
      expect(hovered?.link, name).toBeNull();
      const before = page.url();
      await page.mouse.click(spot.x, spot.y);
      expect(page.url()).toBe(before);
      const clicked = await page.evaluate(readTooltip);
      const slugs = regionSlugs(site.dataset.regioner.map((r) => r.region));
      expect(clicked?.link, name).toBe(`/region/${slugs.get(region?.region ?? "") ?? ""}/`);
      await page.locator(".map-tooltip a").click();
      await page.waitForURL(`**/region/${slugs.get(region?.region ?? "") ?? ""}/`);
      await page.context().close();
    }
  });

  it("reaches every unit the status line counts by pointing at the symbols one sees, each once", async () => {
    for (const [name, site, urlPath] of cases()) {
      const page = await open(site.dist, urlPath);
      const status = await page.locator(".map-status").first().textContent();
      const symbols = await symbolsOnScreen(page);
      const named: string[] = [];
      let counted = 0;
      for (const symbol of symbols) {
        await page.mouse.move(symbol.x, symbol.y);
        await nextFrames(page);
        const tip = await page.evaluate(readTooltip);
        if (tip === null) continue;
        if (symbol.count > 1) counted += symbol.count;
        else named.push(...unitsNamed(tip));
      }
      // Units are named once each; groups (a map of more than UNIT_BUDGET units) count theirs.
      expect(new Set(named).size, name).toBe(named.length);
      const total = named.length + counted;
      expect(status, name).toBe(mapExplorer.shown(total, total));
      if (counted === 0) {
        const lanskod = site.dataset.verksamheter.find((u) => u.id.startsWith("T"))?.lanskod;
        const onMap =
          urlPath === ""
            ? site.dataset.verksamheter
            : site.dataset.verksamheter.filter((u) => u.lanskod === lanskod);
        expect(named.sort(), name).toEqual(titlesOf(site.dataset, onMap).sort());
      }
      // No two symbols overlap more than a unit mark's diameter allows.
      if (counted === 0)
        for (const a of symbols)
          for (const b of symbols)
            if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), name).toBeGreaterThanOrEqual(6);
      await page.context().close();
    }
  });

  it("draws units at one spot as one mark whose accessible name lists each of them", async () => {
    for (const [name, site, urlPath] of cases()) {
      if (site === many) continue;
      const page = await open(site.dist, urlPath);
      const symbols = await symbolsOnScreen(page);
      // Units less than 1.5 km apart (under a pixel on the national map), joined in chains.
      const lanskod = site.dataset.verksamheter.find((u) => u.id.startsWith("T"))?.lanskod;
      const units = site.dataset.verksamheter.filter(
        (u) => urlPath === "" || u.lanskod === lanskod,
      );
      const titles = titlesOf(site.dataset, units);
      const root = units.map((_, i) => i);
      const find = (i: number): number => (root[i] === i ? i : find(root[i] ?? i));
      units.forEach((a, i) =>
        units.forEach((b, j) => {
          const km = Math.hypot(
            (a.lat - b.lat) * 111.2,
            (a.lon - b.lon) * 111.2 * Math.cos((a.lat * Math.PI) / 180),
          );
          if (j > i && km < 1.5) root[find(j)] = find(i);
        }),
      );
      const chains = new Map<number, string[]>();
      units.forEach((_, i) =>
        chains.set(find(i), [...(chains.get(find(i)) ?? []), titles[i] ?? ""]),
      );
      const together = [...chains.values()].filter((list) => list.length > 1);
      expect(together.length, name).toBeGreaterThan(0);
      const names: string[] = [];
      for (const symbol of symbols) {
        await page.mouse.click(symbol.x, symbol.y);
        const tip = await page.evaluate(readTooltip);
        if (tip === null || tip.items.length === 0) continue;
        expect(tip.heading).toBe(mapExplorer.here(tip.items.length));
        names.push(await accessibleName(page, "svg.fc-map [tabindex='0']"));
        await page.keyboard.press("Escape");
      }
      for (const list of together) {
        // Each unit named in one mark's accessible name, with all that share its spot.
        const holders = names.filter((label) => list.some((title) => label.includes(title)));
        expect(holders.length, `${name}: ${list[0]}`).toBeGreaterThanOrEqual(1);
        for (const title of list)
          expect(
            names.filter((label) => label.includes(`${title},`)),
            title,
          ).toHaveLength(1);
      }
      await page.context().close();
    }
  });

  it("gives the map of groups a size key: circles as large as the marks of their counts", async () => {
    expect(many.dataset.verksamheter.length).toBeGreaterThan(UNIT_BUDGET);
    const page = await open(many.dist, "");
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll("svg.fc-map circle[data-group]")].map((c) => ({
        count: Number(c.getAttribute("data-count")),
        radius: c.getBoundingClientRect().width / 2,
      })),
    );
    const key = await page.evaluate(() =>
      [...document.querySelectorAll(".map-legend svg.map-legend-sizes")].map((svg) => ({
        circles: [...svg.querySelectorAll("circle")].map((c) => Number(c.getAttribute("r"))),
        labels: [...svg.querySelectorAll("text")].map((t) => t.textContent ?? ""),
        text: svg.parentElement?.textContent ?? "",
      })),
    );
    expect(key).toHaveLength(1);
    const [sizes] = key;
    const counts = marks.map((m) => m.count);
    const digits = (label: string) => Number(label.replace(/\D/g, ""));
    expect(digits(sizes?.labels[0] ?? "")).toBe(Math.min(...counts));
    expect(digits(sizes?.labels.at(-1) ?? "")).toBe(Math.max(...counts));
    // Each circle as large as a mark of its count on the map (drawn at 1:1 at this width).
    (sizes?.labels ?? []).forEach((label, i) => {
      const mark = marks.find((m) => m.count === digits(label));
      if (mark !== undefined) expect(sizes?.circles[i]).toBeCloseTo(mark.radius, 0);
    });
    await page.context().close();
  });
});
