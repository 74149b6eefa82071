/**
 * The enhancement layer in the system Chromium: map tooltips and keyboard path,
 * legend toggles, sortable tables and the kommun finder, against the shipped data;
 * axe with a tooltip open, a table sorted and a form filtered; no console errors;
 * and the same text on every page with JavaScript off as on. Expectations come
 * from the data and the string catalogue, never typed in.
 */
import { AxeBuilder } from "@axe-core/playwright";
import path from "node:path";
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadDataset, VERKSAMHETSFORMER, type Verksamhet } from "../../src/lib/data/index.ts";
import { regionSlugs, regionSortName } from "../../src/lib/region-slug.ts";
import { isAreaType } from "../../src/lib/stats/index.ts";
import {
  areaTypeLabel,
  formLabel,
  geography,
  kommunSearch,
  mapExplorer,
  regionPage,
  unitFields,
  unitTitle,
} from "../../src/lib/text/sv/index.ts";
import { chromeOrSkip, useSiteInBrowser } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { rankNames } from "../../src/scripts/lib/kommun-match.ts";
import { builtPages } from "./site.ts";

const distDir = inject("distDir");
const chrome = chromeOrSkip();
const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
const kommunName = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
const slugs = regionSlugs(dataset.regioner.map((r) => r.region));
const collator = new Intl.Collator("sv", { numeric: true });

/** A region with units in several kommuner, and names with Å, Ä or Ö among them. */
const REGION = dataset.regioner.find((r) => r.region === "Region Stockholm") ?? dataset.regioner[0];
const regionPath = `region/${slugs.get(REGION?.region ?? "") ?? ""}/`;

/** What the tooltip shows for a unit, from the data: its name, then term–value rows. */
function expectedTooltip(unit: Verksamhet) {
  const typ = unit.omradestyp;
  return {
    heading: unit.namn,
    rows: [
      [unitFields.kommun, kommunName.get(unit.kommunkod) ?? ""],
      [unitFields.form, formLabel[unit.verksamhetsform].one],
      [
        unitFields.area,
        isAreaType(typ) ? unitFields.areaType(typ, areaTypeLabel[typ]) : unitFields.areaMissing,
      ],
    ] as [string, string][],
  };
}

const titleOf = (unit: Verksamhet) =>
  unitTitle.format(unit.namn, kommunName.get(unit.kommunkod) ?? "");

// ---- In the page (serialised by Playwright; no closures) ----------------------------

interface MarkInfo {
  title: string;
  /** The centre the map's script uses (x/y of the <use>), in the units' coordinates. */
  x: number;
  y: number;
  /** Its position on screen now. */
  screenX: number;
  screenY: number;
  shown: boolean;
}

/** Every unit mark of the first map, in document order, with its title and position. */
function readMarks(): MarkInfo[] {
  return [...document.querySelectorAll("svg.fc-map g[data-titles]")].flatMap((group) => {
    const titles = (group.getAttribute("data-titles") ?? "").split("\n");
    return [...group.querySelectorAll(":scope > use")].map((mark, i) => {
      const box = mark.getBoundingClientRect();
      return {
        title: titles[i] ?? "",
        x: Number(mark.getAttribute("x")),
        y: Number(mark.getAttribute("y")),
        screenX: box.x + box.width / 2,
        screenY: box.y + box.height / 2,
        shown: getComputedStyle(group).display !== "none",
      };
    });
  });
}

/** The index, among readMarks(), of the focused mark (a plate's: its first unit's), or -1. */
function focusedMark(): number {
  const marks = [...document.querySelectorAll("svg.fc-map g[data-titles] > use")];
  const active = document.activeElement as Element;
  if (active?.closest(".fc-map-clusters") == null) return marks.indexOf(active);
  const at = (mark: Element) =>
    mark.getAttribute("x") === active.getAttribute("cx") &&
    mark.getAttribute("y") === active.getAttribute("cy");
  return marks.findIndex(at);
}

function readTooltip() {
  const tip = document.querySelector<HTMLElement>(".map-tooltip");
  if (tip === null || tip.hidden) return null;
  const box = tip.getBoundingClientRect();
  return {
    heading: tip.querySelector("strong")?.textContent ?? "",
    rows: [...tip.querySelectorAll("dl > div")].map((row) => [
      row.querySelector("dt")?.textContent ?? "",
      row.querySelector("dd")?.textContent ?? "",
    ]),
    left: box.left,
    right: box.right,
  };
}

// ---- Helpers -----------------------------------------------------------------------

/** Units whose mark has no other mark within `gap` px on screen, so pointing picks it alone. */
function unitsApart(marks: readonly MarkInfo[], units: readonly Verksamhet[], gap: number) {
  const titles = new Map<string, number>();
  for (const mark of marks) titles.set(mark.title, (titles.get(mark.title) ?? 0) + 1);
  return units.filter((unit) => {
    const mark = marks.find((m) => m.title === titleOf(unit));
    if (mark === undefined || titles.get(mark.title) !== 1) return false;
    return marks.every(
      (other) =>
        other === mark ||
        Math.hypot(other.screenX - mark.screenX, other.screenY - mark.screenY) > gap,
    );
  });
}

/** Every n-th of a list, for a sample spread over it. */
const spread = <T>(list: readonly T[], count: number): T[] =>
  Array.from(
    { length: Math.min(count, list.length) },
    (_, i) => list[Math.floor((i * list.length) / Math.min(count, list.length))],
  ).filter((item): item is T => item !== undefined);

/** The mark with this title, scrolled to the middle of the screen, where it is now. */
async function markOnScreen(page: Page, title: string): Promise<MarkInfo> {
  const before = (await page.evaluate(readMarks)).find((m) => m.title === title);
  if (before === undefined) throw new Error(`no mark titled ${title}`);
  await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), before.screenY);
  return (await page.evaluate(readMarks)).find((m) => m.title === title) as MarkInfo;
}

/**
 * Points at (or taps) each of `count` units spread over those whose mark stands
 * `gap` px apart from any other, and checks that the tooltip shows its data.
 * Returns the units checked.
 */
async function checkTooltips(
  page: Page,
  units: readonly Verksamhet[],
  options: { gap: number; count: number; point: (x: number, y: number) => Promise<void> },
): Promise<Verksamhet[]> {
  const marks = await page.evaluate(readMarks);
  expect(marks).toHaveLength(units.length);
  const sample = spread(unitsApart(marks, units, options.gap), options.count);
  for (const unit of sample) {
    const mark = await markOnScreen(page, titleOf(unit));
    await options.point(mark.screenX, mark.screenY);
    const tooltip = await page.evaluate(readTooltip);
    expect({ heading: tooltip?.heading, rows: tooltip?.rows }, unit.id).toEqual(
      expectedTooltip(unit),
    );
  }
  return sample;
}

/** The computed accessible name of the focused element, from Chromium's accessibility tree. */
async function accessibleNameOfFocus(page: Page): Promise<string> {
  const client = await page.context().newCDPSession(page);
  try {
    const { result } = await client.send("Runtime.evaluate", {
      expression: "document.activeElement",
    });
    const { node } = await client.send("DOM.describeNode", { objectId: result.objectId ?? "" });
    const { nodes } = await client.send("Accessibility.getPartialAXTree", {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    return String(nodes[0]?.name?.value ?? "");
  } finally {
    await client.detach();
  }
}

describe.skipIf(chrome === null)("the enhancement layer in a real browser", () => {
  const session = useSiteInBrowser(chrome ?? "", distDir);
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  /** A page with JavaScript, recording console errors and failed requests into `problems`. */
  async function open(urlPath: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: "reduce",
      ...options,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`${urlPath}: console.${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`${urlPath}: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`${urlPath}: failed ${request.url()}`));
    await page.goto(`${session.server.url}${urlPath}`, { waitUntil: "load" });
    return page;
  }

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  describe("the national map", () => {
    let page: Page;
    beforeAll(async () => {
      page = await open("");
      await page.locator("svg.fc-map").scrollIntoViewIfNeeded();
    });

    it("shows a sampled unit's name, kommun, form and area type from the data when pointed at", async () => {
      const checked = await checkTooltips(page, dataset.verksamheter, {
        gap: 12,
        count: 6,
        point: (x, y) => page.mouse.move(x, y),
      });
      expect(checked.length).toBeGreaterThanOrEqual(4);
      await page.mouse.move(1, 1);
      expect(await page.evaluate(readTooltip)).toBeNull();
    });

    it("is one tab stop: arrows move to the nearest unit that way, Home/End to the ends, Escape leaves", async () => {
      const marks = await page.evaluate(readMarks);
      const readingOrder = marks
        .map((mark, index) => ({ ...mark, index }))
        .sort((a, b) => a.y - b.y || a.x - b.x);
      const first = readingOrder[0];
      const last = readingOrder.at(-1);
      const unitOf = (index: number) =>
        dataset.verksamheter.find((u) => titleOf(u) === marks[index]?.title) as Verksamhet;
      const nameOf = (index: number) => {
        // Units at one spot are one mark (a plate) that names them all.
        const here = marks.filter((m) => m.x === marks[index]?.x && m.y === marks[index]?.y);
        if (here.length > 1)
          return mapExplorer.clusterLabel(
            mapExplorer.here(here.length),
            here.map((m) => {
              const unit = dataset.verksamheter.find((u) => titleOf(u) === m.title) as Verksamhet;
              return `${m.title}, ${formLabel[unit.verksamhetsform].one}`;
            }),
          );
        const { heading, rows } = expectedTooltip(unitOf(index));
        return mapExplorer.unitLabel(heading, rows);
      };

      // Tab into the map from the last stop before it: the first unit in reading order.
      await page.evaluate(() => {
        const svg = document.querySelector("svg.fc-map") as Element;
        const before = [...document.querySelectorAll<HTMLElement>("a[href], button, summary")]
          .filter((el) => svg.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
          .at(-1);
        before?.focus();
      });
      await page.keyboard.press("Tab");
      expect(await page.evaluate(focusedMark)).toBe(first?.index);
      expect(await accessibleNameOfFocus(page)).toBe(nameOf(first?.index ?? -1));
      expect((await page.evaluate(readTooltip))?.heading).toBe(unitOf(first?.index ?? -1).namn);

      // Each arrow: the nearest unit within 45° of the direction, as the issue asks.
      for (const [key, dx, dy] of [
        ["ArrowDown", 0, 1],
        ["ArrowDown", 0, 1],
        ["ArrowRight", 1, 0],
        ["ArrowDown", 0, 1],
        ["ArrowLeft", -1, 0],
        ["ArrowUp", 0, -1],
      ] as const) {
        const from = marks[await page.evaluate(focusedMark)] as MarkInfo;
        const ahead = marks
          .map((mark, index) => ({ mark, index }))
          .filter(({ mark }) => {
            const along = (mark.x - from.x) * dx + (mark.y - from.y) * dy;
            const across = Math.abs((mark.x - from.x) * dy - (mark.y - from.y) * dx);
            return along > 0 && across <= along;
          });
        const distance = ({ mark }: { mark: MarkInfo }) =>
          Math.hypot(mark.x - from.x, mark.y - from.y);
        const nearestDistance = Math.min(...ahead.map(distance));
        await page.keyboard.press(key);
        const now = await page.evaluate(focusedMark);
        if (ahead.length === 0) continue;
        const reached = ahead.find(({ index }) => index === now);
        expect(reached, `${key} from ${from.title}`).toBeDefined();
        expect(distance(reached as { mark: MarkInfo }), key).toBe(nearestDistance);
        expect(await accessibleNameOfFocus(page)).toBe(nameOf(now));
      }

      await page.keyboard.press("End");
      expect(await page.evaluate(focusedMark)).toBe(last?.index);
      await page.keyboard.press("Home");
      expect(await page.evaluate(focusedMark)).toBe(first?.index);

      // The current unit is highlighted with a ring on top of the marks.
      expect(await page.locator("svg.fc-map .fc-map-ring").count()).toBe(1);

      // Tab leaves the map (one stop), Shift+Tab returns to the same unit.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("map-legend-entry");
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(focusedMark)).toBe(first?.index);

      // Escape closes the tooltip and leaves the map for the next stop after it.
      await page.keyboard.press("Escape");
      expect(await page.evaluate(readTooltip)).toBeNull();
      expect(await page.evaluate(focusedMark)).toBe(-1);
      expect(
        await page.evaluate(() =>
          document.querySelector(".map-legend")?.contains(document.activeElement),
        ),
      ).toBe(true);
    });

    it("shows and hides each form with the legend's toggle buttons, and says how many are shown", async () => {
      const total = dataset.verksamheter.length;
      const count = (form: string) =>
        dataset.verksamheter.filter((u) => u.verksamhetsform === form).length;
      const status = page.locator(".map-explorer .map-status");
      const toggles = page.locator(".map-legend button[aria-pressed]");
      expect(await toggles.count()).toBe(VERKSAMHETSFORMER.length);
      expect(await status.textContent()).toBe(mapExplorer.shown(total, total));

      const [first, second] = VERKSAMHETSFORMER;
      await toggles.nth(0).click();
      expect(await toggles.nth(0).getAttribute("aria-pressed")).toBe("false");
      const shown = async () => (await page.evaluate(readMarks)).filter((m) => m.shown).length;
      expect(await shown()).toBe(count(second));
      expect(await status.textContent()).toBe(mapExplorer.shown(count(second), total));
      // The map's one tab stop moves to a unit that is still shown.
      expect(
        await page.evaluate(
          () =>
            getComputedStyle(
              document.querySelector("svg.fc-map [tabindex='0']")?.parentElement as Element,
            ).display,
        ),
      ).not.toBe("none");

      await toggles.nth(1).press("Enter");
      expect(await shown()).toBe(0);
      expect(await status.textContent()).toBe(mapExplorer.shown(0, total));
      await toggles.nth(0).click();
      expect(await shown()).toBe(count(first));
      expect(await status.textContent()).toBe(mapExplorer.shown(count(first), total));
      await toggles.nth(1).click();
      expect(await shown()).toBe(total);
    });
  });

  describe("the English summary's map", () => {
    it("speaks English: the status line, the tooltip's terms and each unit's accessible name", async () => {
      const page = await open(REPORT_PATHS.en);
      const total = dataset.verksamheter.length;
      expect(await page.locator(".map-explorer .map-status").textContent()).toBe(
        en.mapExplorer.shown(total, total),
      );
      await page.locator("svg.fc-map [tabindex='0']").focus();
      const marks = await page.evaluate(readMarks);
      const title = marks[await page.evaluate(focusedMark)]?.title;
      const unit = dataset.verksamheter.find((u) => titleOf(u) === title) as Verksamhet;
      const typ = unit.omradestyp;
      const rows: [string, string][] = [
        [en.unitFields.kommun, kommunName.get(unit.kommunkod) ?? ""],
        [en.unitFields.form, en.formLabel[unit.verksamhetsform].one],
        [
          en.unitFields.area,
          isAreaType(typ)
            ? en.unitFields.areaType(typ, en.areaTypeLabel[typ])
            : en.unitFields.areaMissing,
        ],
      ];
      expect((await page.evaluate(readTooltip))?.rows).toEqual(rows);
      expect(await accessibleNameOfFocus(page)).toBe(en.mapExplorer.unitLabel(unit.namn, rows));
    });
  });

  describe("a region's map", () => {
    it("shows a sampled unit's data when tapped, and closes on a tap elsewhere", async () => {
      const page = await open(regionPath, {
        viewport: { width: 375, height: 800 },
        hasTouch: true,
        isMobile: true,
      });
      await page.locator("svg.fc-map").scrollIntoViewIfNeeded();
      const units = dataset.verksamheter.filter((u) => u.lanskod === REGION?.lanskod);
      const checked = await checkTooltips(page, units, {
        gap: 24,
        count: 4,
        point: (x, y) => page.touchscreen.tap(x, y),
      });
      expect(checked.length).toBeGreaterThanOrEqual(2);
      // A tap on a unit shows it; it does not follow the region's link.
      expect(page.url()).toBe(`${session.server.url}${regionPath}`);
      const heading = await page.locator("h1").boundingBox();
      await page.touchscreen.tap((heading?.x ?? 0) + 5, (heading?.y ?? 0) + 5);
      expect(await page.evaluate(readTooltip)).toBeNull();
    });

    it("keeps the tooltip inside a 320 px screen, at the map's left and right edges", async () => {
      const page = await open("", {
        viewport: { width: 320, height: 700 },
        hasTouch: true,
        isMobile: true,
      });
      await page.locator("svg.fc-map").scrollIntoViewIfNeeded();
      const marks = await page.evaluate(readMarks);
      const byX = [...marks].sort((a, b) => a.screenX - b.screenX);
      for (const mark of [byX[0], byX.at(-1)] as MarkInfo[]) {
        const now = await markOnScreen(page, mark.title);
        await page.touchscreen.tap(now.screenX, now.screenY);
        const tooltip = await page.evaluate(readTooltip);
        expect(tooltip, mark.title).not.toBeNull();
        expect(tooltip?.left).toBeGreaterThanOrEqual(0);
        expect(tooltip?.right).toBeLessThanOrEqual(320);
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          ),
        ).toBe(true);
      }
    });
  });

  describe("sortable tables", () => {
    /**
     * The row headers of the table with this caption (after its number label,
     * "Tabell 2. "), in order, and its last row's header.
     */
    const readTable = (page: Page, caption: string) =>
      page.evaluate((text) => {
        const table = [...document.querySelectorAll("table")].find(
          (t) => t.caption?.textContent?.endsWith(text) === true,
        ) as HTMLTableElement;
        return {
          rows: [...(table.tBodies[0]?.rows ?? [])].map((row) => row.cells[0]?.textContent ?? ""),
          last: table.rows[table.rows.length - 1]?.cells[0]?.textContent ?? "",
          sorted: [...(table.tHead?.rows[0]?.cells ?? [])].map((th) =>
            th.getAttribute("aria-sort"),
          ),
        };
      }, caption);
    const header = (page: Page, caption: string, column: string) =>
      page
        .locator("table", { has: page.locator("caption", { hasText: caption }) })
        .getByRole("button", { name: column, exact: true });

    it("sorts the region table by name with Swedish collation, and by number, the totals last", async () => {
      const page = await open("");
      const caption = geography.table.caption;
      const names = dataset.regioner.map((region) => {
        const units = dataset.verksamheter.filter((u) => u.lanskod === region.lanskod).length;
        return {
          name: units === 0 ? `${region.region} – ${geography.table.none}` : region.region,
          // By the distinctive name: Västra Götalandsregionen among the V names, not after Region Ö…
          key: regionSortName(region.region),
          units,
        };
      });
      await header(page, caption, geography.table.region).click();
      const ascending = [...names]
        .sort((a, b) => collator.compare(a.key, b.key))
        .map((n) => n.name);
      let table = await readTable(page, caption);
      expect(table.rows).toEqual(ascending);
      expect(table.sorted).toEqual(["ascending", null, null, null, null]);
      expect(table.last).toBe(geography.table.country);

      await header(page, caption, geography.table.region).press("Enter");
      table = await readTable(page, caption);
      expect(table.rows).toEqual([...ascending].reverse());
      expect(table.sorted[0]).toBe("descending");

      // By number, not as text; equal counts keep the page's order.
      await header(page, caption, geography.table.total).click();
      table = await readTable(page, caption);
      expect(table.rows).toEqual([...names].sort((a, b) => a.units - b.units).map((n) => n.name));
      expect(table.sorted).toEqual([null, null, null, "ascending", null]);
      expect(table.last).toBe(geography.table.country);
    });

    it("sorts a region's kommuner A–Ö (Å, Ä, Ö after Z) and its unit list, and keeps the row anchors", async () => {
      const page = await open(regionPath);
      const caption = regionPage.kommunTable.caption(REGION?.region ?? "");
      const kommuner = dataset.kommuner
        .filter((k) => k.lanskod === REGION?.lanskod)
        .map((k) => {
          const none = !dataset.verksamheter.some((u) => u.kommunkod === k.kommunkod);
          return none ? `${k.kommun} – ${regionPage.kommunTable.none}` : k.kommun;
        });
      await header(page, caption, unitFields.kommun).click();
      await header(page, caption, unitFields.kommun).click();
      const table = await readTable(page, caption);
      expect(table.rows).toEqual([...kommuner].sort(collator.compare).reverse());
      expect(table.last).toBe(regionPage.kommunTable.total);
      expect(kommuner.some((name) => /^[ÅÄÖ]/.test(name))).toBe(true);
      expect(table.rows[0]).toMatch(/^[ÅÄÖ]/);
      expect(await page.locator("tr[id^='kommun-']").count()).toBe(kommuner.length);

      const list = regionPage.listTable.caption(REGION?.region ?? "");
      await header(page, list, unitFields.name).click();
      const names = dataset.verksamheter
        .filter((u) => u.lanskod === REGION?.lanskod)
        .map((u) => u.namn);
      expect((await readTable(page, list)).rows).toEqual([...names].sort(collator.compare));
    });
  });

  describe("the kommun finder", () => {
    it("finds Östersund from “ostersund”, only Å names from “Å”, Sala before Uppsala, counting the matches live", async () => {
      const page = await open("kommuner/");
      const total = dataset.kommuner.length;
      const names = dataset.kommuner.map((k) => k.kommun);
      const visible = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>(".kommun-list > li")]
            .filter((li) => li.checkVisibility())
            .map((li) => li.querySelector("a")?.textContent ?? ""),
        );
      const letterLinks = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLElement>(".letter-nav li")].filter((li) =>
              li.checkVisibility(),
            ).length,
        );
      const count = page.locator(".kommun-search-count");
      expect(await visible()).toEqual([...names].sort(collator.compare));
      expect(await count.textContent()).toBe(kommunSearch.matches(total, total));

      const field = page.getByLabel(kommunSearch.label);
      for (const [query, wanted] of [
        ["ostersund", ["Östersund"]],
        ["malmo", ["Malmö"]],
        ["Å", names.filter((name) => /å/i.test(name))],
        ["sala", ["Sala", "Uppsala"]],
        ["upplands bro", ["Upplands-Bro"]],
      ] as const) {
        await field.fill("");
        await field.pressSequentially(query);
        // The same ranking as the unit-tested module (tests/scripts/kommun-match.test.ts).
        const expected = rankNames(names, query).map((index) => names[index] ?? "");
        expect(await visible()).toEqual(expected);
        // Every name wanted is found, in the order given (best match first); "Å" finds nothing else.
        const hits = expected.filter((name) => (wanted as readonly string[]).includes(name));
        if (query === "Å") expect([...expected].sort()).toEqual([...wanted].sort());
        else expect(hits).toEqual(wanted);
        expect(await count.textContent()).toBe(kommunSearch.matches(expected.length, total));
        // One ranked list while searching: the A–Ö jump links would lead nowhere.
        expect(await letterLinks()).toBe(0);
      }
      await field.fill("zzzz");
      expect(await count.textContent()).toBe(kommunSearch.matches(0, total));
      await field.fill("");
      expect(await visible()).toEqual([...names].sort(collator.compare));
      expect(await letterLinks()).toBeGreaterThan(0);
    });
  });

  describe("axe-core with the enhancements in use", () => {
    // WCAG 2.2 AA too: its target size rule is in Lighthouse's accessibility score.
    const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    const violations = async (page: Page) =>
      (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.flatMap((v) =>
        v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`),
      );

    it.each([
      ["the report", ""],
      ["the English summary", REPORT_PATHS.en],
      ["a region", regionPath],
    ])("%s: a form filtered, a table sorted and a tooltip open, no violations", async (_, url) => {
      const page = await open(url);
      await page.locator(".map-legend button").first().click();
      await page.locator("table[data-sortable] thead button").first().click();
      await page.locator("svg.fc-map [tabindex='0']").focus();
      expect(await page.evaluate(readTooltip)).not.toBeNull();
      expect(await violations(page)).toEqual([]);
    });

    // As Lighthouse looks: straight after loading, nothing scrolled into view, phone and desktop.
    it.each([
      ["the report", 412, ""],
      ["the report", 1280, ""],
      ["the English summary", 412, REPORT_PATHS.en],
      ["a region", 412, regionPath],
      ["the kommun finder", 412, "kommuner/"],
    ] as const)(
      "%s at %i px: every link and button has room to be tapped",
      async (_, width, url) => {
        const page = await open(url, { viewport: { width, height: 823 } });
        const result = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
        expect(
          result.violations.flatMap((v) => v.nodes.map((node) => node.target.join(" "))),
        ).toEqual([]);
      },
    );

    it("the kommun finder with a search typed: no violations", async () => {
      const page = await open("kommuner/");
      await page.getByLabel(kommunSearch.label).fill("malmo");
      expect(await violations(page)).toEqual([]);
    });
  });

  describe("without JavaScript", () => {
    const pages = builtPages(distDir);

    /**
     * The visible text of the page, white space folded; text meant only for script
     * users left out. Sections that content-visibility has not laid out yet have no
     * innerText, so every section is laid out first.
     */
    const readText = () => {
      for (const element of document.querySelectorAll(".js-only")) element.remove();
      const style = document.createElement("style");
      style.textContent = "* { content-visibility: visible !important; }";
      document.head.append(style);
      return document.body.innerText.replace(/\s+/g, " ").trim();
    };

    it.each(pages.map((page) => [page.file, page.urlPath] as const))(
      "%s has the same text as with JavaScript",
      async (_, urlPath) => {
        const withScript = await open(urlPath);
        const off = await session.browser.newContext({
          viewport: { width: 1280, height: 900 },
          javaScriptEnabled: false,
        });
        try {
          const without = await off.newPage();
          await without.goto(`${session.server.url}${urlPath}`, { waitUntil: "load" });
          const text = await without.evaluate(readText);
          expect(text.length).toBeGreaterThan(100);
          expect(await withScript.evaluate(readText)).toBe(text);
        } finally {
          await off.close();
          await withScript.context().close();
        }
      },
    );
  });

  /** How far two PNGs differ: pixels whose largest channel difference exceeds 32 of 255. */
  async function pixelDifference(a: Buffer, b: Buffer) {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      return await page.evaluate(
        async ([first, second]) => {
          const pixels = async (base64: string) => {
            const bitmap = await createImageBitmap(
              await (await fetch(`data:image/png;base64,${base64}`)).blob(),
            );
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context2d = canvas.getContext("2d");
            if (context2d === null) throw new Error("no 2d context");
            context2d.drawImage(bitmap, 0, 0);
            return context2d.getImageData(0, 0, bitmap.width, bitmap.height);
          };
          const [x, y] = [await pixels(first), await pixels(second)];
          const sameSize = x.width === y.width && x.height === y.height;
          let above32 = 0;
          if (sameSize)
            for (let i = 0; i < x.data.length; i += 4) {
              let largest = 0;
              for (let c = 0; c < 4; c++)
                largest = Math.max(largest, Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)));
              if (largest > 32) above32 += 1;
            }
          return { sameSize, above32 };
        },
        [a.toString("base64"), b.toString("base64")] as const,
      );
    } finally {
      await context.close();
    }
  }

  describe("the map's marks without JavaScript", () => {
    /**
     * Without script each unit is a marker on a group's path; the script makes
     * each a <use> of the same shape. Both must paint the same pixels.
     */
    it.each([
      ["the national map", ""],
      ["a region's map", `region/${[...slugs.values()][0] ?? ""}/`],
    ])("%s looks the same as with JavaScript", async (_, urlPath) => {
      const shot = async (javaScriptEnabled: boolean) => {
        const context = await session.browser.newContext({
          viewport: { width: 1280, height: 900 },
          javaScriptEnabled,
        });
        try {
          const page = await context.newPage();
          await page.goto(`${session.server.url}${urlPath}`, { waitUntil: "load" });
          const uses = await page.locator("svg.fc-map g[data-titles] > use").count();
          return { uses, png: await page.locator("svg.fc-map").first().screenshot() };
        } finally {
          await context.close();
        }
      };
      const [without, withScript] = [await shot(false), await shot(true)];
      expect(without.uses).toBe(0);
      expect(withScript.uses).toBeGreaterThan(0);
      // Marker and <use> may round an edge's antialiasing differently (at most
      // 16 of 255 levels, measured), never paint a mark differently.
      const difference = await pixelDifference(without.png, withScript.png);
      expect(difference.sameSize).toBe(true);
      expect(difference.above32).toBe(0);
    });
  });

  it("logged no console error or failed request on any page, with JavaScript on or off", () => {
    expect(problems).toEqual([]);
  });
});
