/**
 * The change since the previous survey, per region and kommun, in real
 * `astro build`s of a generated pair of surveys: a 2026 survey with a generated
 * unit file, and the shipped 2023 units kept as verksamheter-2023.csv. Every
 * then / now / change a reader sees is compared with counts taken straight
 * from the two files; without the kept file, none of it is claimed.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, parseCsv } from "../../src/lib/data/index.ts";
import { nationalContents } from "../../src/lib/figures/contents.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { buildSite } from "../helpers/build-site.ts";
import {
  KOMMUNER,
  NEXT_SURVEY,
  SHIPPED,
  shippedUnits,
  surveyPairFiles,
  visbyUnit,
  type UnitRow,
} from "../helpers/datasets.ts";
import { numbersIn } from "../helpers/numbers.ts";
import { readPage } from "../helpers/page.ts";
import { expectWellFormed } from "../helpers/well-formed.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const scratch = scratchDir("change");
afterAll(() => scratch.remove());

/**
 * The next survey's units, generated from the shipped ones: Region Kronoberg's
 * all gone (a decline), every seventh other unit gone, a unit in Visby (Region
 * Gotland had none) and a new unit beside every eleventh shipped one.
 */
function nextUnits(): UnitRow[] {
  const shipped = shippedUnits();
  const lanOf = new Map(KOMMUNER.map((k) => [k.kommunkod, k.lanskod]));
  const kept = shipped.filter((unit, i) => lanOf.get(unit.kommunkod) !== "07" && i % 7 !== 3);
  const added = shipped
    .filter((_, i) => i % 11 === 5)
    .map((unit, i) => ({
      ...unit,
      id: `N${i + 1}`,
      namn: `Nya familjecentralen ${i + 1}`,
      lat: (Number(unit.lat) + 0.002).toFixed(4),
    }));
  return [...kept, ...added, visbyUnit({ id: "N-Visby" })];
}

const YEAR = String(NEXT_SURVEY);
const PREVIOUS = "2023";

/** Rows of a data file as the steward wrote it, read without the report's code. */
function rowsOf(text: string): Record<string, string>[] {
  const [header = "", ...lines] = text.trimEnd().split("\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i], v])));
}
const REGIONS = rowsOf(SHIPPED.regioner);
const KOMMUN_ROWS = rowsOf(SHIPPED.kommuner);
const lanskodOf = new Map(KOMMUN_ROWS.map((k) => [k["kommunkod"], k["lanskod"]]));

/** Units per region and per kommun in one unit file, and its ids. */
function counted(text: string) {
  const units = rowsOf(text);
  const byRegion = new Map<string, number>();
  const byKommun = new Map<string, number>();
  for (const unit of units) {
    const lan = lanskodOf.get(unit["kommunkod"]) ?? "";
    byRegion.set(lan, (byRegion.get(lan) ?? 0) + 1);
    byKommun.set(unit["kommunkod"] ?? "", (byKommun.get(unit["kommunkod"] ?? "") ?? 0) + 1);
  }
  return { units, byRegion, byKommun, ids: new Set(units.map((u) => u["id"])) };
}

/** A table's cells as text, row by row, with its header. */
function tableOf(document: Document, selector: string) {
  const table = document.querySelector(selector);
  if (table === null) throw new Error(`no table ${selector}`);
  const cellsOf = (row: Element) =>
    [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim());
  const [head, ...body] = [...table.querySelectorAll("tr")].map(cellsOf);
  return { head: head ?? [], body };
}
const number = (text: string | undefined) => numbersIn(text ?? "", "sv-SE")[0];

/** The region page's folder name, as the region index links it. */
function regionPages(out: string): Map<string, string> {
  const { document } = readPage(out, "region/index.html");
  const pages = new Map<string, string>();
  for (const link of document.querySelectorAll("main a[href*='/region/']")) {
    const name = (link.textContent ?? "").trim();
    const slug = /\/region\/([^/]+)\//.exec(link.getAttribute("href") ?? "")?.[1];
    const region = REGIONS.find((r) => name.startsWith(r["region"] ?? "\0"));
    if (slug !== undefined && region !== undefined) pages.set(region["lanskod"] ?? "", slug);
  }
  return pages;
}

function build(name: string, files: Record<string, string>) {
  const dir = scratch.copyData(name);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  const out = path.join(scratch.root, `${name}-dist`);
  const result = buildSite(out, dir);
  expect(result.status, result.output).toBe(0);
  return { out, dir };
}

describe("a new survey with the previous survey's units kept", () => {
  const files = surveyPairFiles(nextUnits());
  const before = counted(files["verksamheter-2023.csv"] ?? "");
  const after = counted(files["verksamheter.csv"] ?? "");
  const change = (lanskod: string) =>
    (after.byRegion.get(lanskod) ?? 0) - (before.byRegion.get(lanskod) ?? 0);
  let out = "";
  let dir = "";
  beforeAll(() => {
    ({ out, dir } = build("pair", files));
  }, 300_000);

  it("numbers the chart of change per region and its table in reading order, as the contents say", () => {
    const figures = reportFigures(loadDataset(dir));
    const numbering = nationalContents(figures, reportText(figures, sv), sv);
    expect(numbering.entries.map((entry) => entry.id)).toContain("utveckling-regioner");
    const { document } = readPage(out);
    const onPage = [...document.querySelectorAll(".caption-label")].map((label) => ({
      id: label.closest("figure, table")?.id ?? "",
      label: (label.textContent ?? "").trim().replace(/\.$/u, ""),
    }));
    expect(onPage).toEqual(numbering.entries.map(({ id, label }) => ({ id, label })));
  });

  it("reads right on every page: every sentence, label and text alternative well formed", () => {
    const pages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".html"),
    );
    for (const file of pages) {
      const { document } = readPage(out, file);
      const texts = [
        ...[...document.querySelectorAll("h1, h2, h3, p, li, figcaption, caption")].map(
          (element) => element.textContent ?? "",
        ),
        ...[...document.querySelectorAll("[aria-label]")].map(
          (element) => element.getAttribute("aria-label") ?? "",
        ),
      ];
      for (const text of texts) {
        const folded = text.replace(/[ \t\n\r\f]+/g, " ").trim();
        if (folded !== "") expectWellFormed(folded);
      }
    }
  });

  it("shows then, now and change per region in the coverage table, as counted in the files", () => {
    const { document } = readPage(out);
    const { head, body } = tableOf(document, "#geografisk-spridning-karta-tabell");
    const now = head.findIndex((h) => h.includes(YEAR));
    const then = head.findIndex((h) => h.includes(PREVIOUS));
    const diff = head.indexOf("Förändring");
    expect([now, then, diff].every((i) => i > 0)).toBe(true);
    for (const region of REGIONS) {
      const row = body.find((cells) => cells[0]?.startsWith(region["region"] ?? "\0"));
      const lan = region["lanskod"] ?? "";
      expect(number(row?.[now]), region["region"]).toBe(after.byRegion.get(lan) ?? 0);
      expect(number(row?.[then]), region["region"]).toBe(before.byRegion.get(lan) ?? 0);
      expect(number(row?.[diff]), region["region"]).toBe(change(lan));
    }
    const totals = body.at(-1);
    expect(number(totals?.[now])).toBe(after.units.length);
    expect(number(totals?.[then])).toBe(before.units.length);
    expect(number(totals?.[diff])).toBe(after.units.length - before.units.length);
  });

  it("draws the change per region with its table, alt text and downloads", () => {
    const { document } = readPage(out);
    const figure = document.querySelector("#utveckling-regioner");
    expect(figure).not.toBeNull();
    const alt = figure?.querySelector("svg[role='img']")?.getAttribute("aria-label") ?? "";
    for (const region of REGIONS) {
      const lan = region["lanskod"] ?? "";
      const d = change(lan);
      const signed = d > 0 ? `+${d}` : d < 0 ? `\u2212${-d}` : "0";
      expect(alt).toContain(`${region["region"]} ${signed} (`);
    }
    const { body } = tableOf(document, "#utveckling-regioner-tabell");
    for (const region of REGIONS) {
      const row = body.find((cells) => cells[0] === region["region"]);
      expect(row?.slice(1).map(number), region["region"]).toEqual([
        before.byRegion.get(region["lanskod"] ?? "") ?? 0,
        after.byRegion.get(region["lanskod"] ?? "") ?? 0,
        change(region["lanskod"] ?? ""),
      ]);
    }
    // The figure's CSV holds the same numbers, one row per region.
    const csv = parseCsv("fil", readFileSync(path.join(out, "figurer", "utveckling-regioner.csv")));
    if (!csv.ok) throw new Error("the figure's CSV does not parse");
    const records = csv.table.records.map((r) => r.fields);
    for (const region of REGIONS) {
      const row = records.find((fields) => fields[0] === region["region"]);
      expect(Number(row?.[3]), region["region"]).toBe(change(region["lanskod"] ?? ""));
    }
    // The statement names the region that grew the most, from the files.
    const largest = Math.max(...REGIONS.map((r) => change(r["lanskod"] ?? "")));
    const leaders = REGIONS.filter((r) => change(r["lanskod"] ?? "") === largest);
    const caption = figure?.querySelector("figcaption")?.textContent ?? "";
    for (const leader of leaders) expect(caption).toContain(leader["region"]);
  });

  it("shows each region's then, now and change, and its new and removed units by name", () => {
    const pages = regionPages(out);
    expect(pages.size).toBe(REGIONS.length);
    for (const region of REGIONS) {
      const lan = region["lanskod"] ?? "";
      const { document } = readPage(out, `region/${pages.get(lan)}/index.html`);
      const { head, body } = tableOf(document, "#kommuner-tabell");
      const now = head.findIndex((h) => h.includes(YEAR));
      const then = head.findIndex((h) => h.includes(PREVIOUS));
      const diff = head.indexOf("Förändring");
      const totals = body.at(-1);
      expect(number(totals?.[now]), region["region"]).toBe(after.byRegion.get(lan) ?? 0);
      expect(number(totals?.[then]), region["region"]).toBe(before.byRegion.get(lan) ?? 0);
      expect(number(totals?.[diff]), region["region"]).toBe(change(lan));
      const kommuner = KOMMUN_ROWS.filter((k) => k["lanskod"] === lan);
      for (const kommun of kommuner) {
        const row = body.find((cells) => cells[0]?.startsWith(kommun["kommun"] ?? "\0"));
        const kod = kommun["kommunkod"] ?? "";
        expect(number(row?.[then]), kommun["kommun"]).toBe(before.byKommun.get(kod) ?? 0);
        expect(number(row?.[diff]), kommun["kommun"]).toBe(
          (after.byKommun.get(kod) ?? 0) - (before.byKommun.get(kod) ?? 0),
        );
      }
      const named = (selector: string) =>
        [...document.querySelectorAll(`${selector} + ul li`)].map((li) => li.textContent ?? "");
      const inRegion = (unit: Record<string, string>) =>
        lanskodOf.get(unit["kommunkod"] ?? "") === lan;
      const added = after.units.filter((u) => inRegion(u) && !before.ids.has(u["id"]));
      const removed = before.units.filter((u) => inRegion(u) && !after.ids.has(u["id"]));
      expect(
        named("#nya-verksamheter")
          .map((t) => t.replace(/ \([^)]*\)$/u, ""))
          .sort(),
      ).toEqual(added.map((u) => u["namn"]).sort());
      expect(
        named("#borttagna-verksamheter")
          .map((t) => t.replace(/ \([^)]*\)$/u, ""))
          .sort(),
      ).toEqual(removed.map((u) => u["namn"]).sort());
    }
  });

  it("shows each kommun's count then and its change in the kommun finder", () => {
    const { document } = readPage(out, "kommuner/index.html");
    const items = [...document.querySelectorAll(".kommun-list li")];
    expect(items).toHaveLength(KOMMUN_ROWS.length);
    for (const kommun of KOMMUN_ROWS) {
      const kod = kommun["kommunkod"] ?? "";
      const item = items.find((li) => li.querySelector("a")?.getAttribute("href")?.endsWith(kod));
      const detail = /; 2023: (\S+?)(?:,| \(|$)/u.exec(item?.textContent ?? "")?.[1];
      expect(number(detail), kommun["kommun"]).toBe(before.byKommun.get(kod) ?? 0);
    }
  });
});

describe("a new survey without the previous survey's units", () => {
  const files = Object.fromEntries(
    Object.entries(surveyPairFiles(nextUnits())).filter(
      ([name]) => name !== "verksamheter-2023.csv",
    ),
  );
  let out = "";
  beforeAll(() => {
    ({ out } = build("no-pair", files));
  }, 300_000);

  it("claims no change per region or kommun anywhere", () => {
    const { document } = readPage(out);
    expect(document.querySelector("#utveckling-regioner")).toBeNull();
    const { head } = tableOf(document, "#geografisk-spridning-karta-tabell");
    expect(head).not.toContain("Förändring");
    expect(head.some((h) => h.includes(PREVIOUS))).toBe(false);
    const pages = regionPages(out);
    for (const slug of pages.values()) {
      const page = readPage(out, `region/${slug}/index.html`);
      expect(page.document.querySelector("#forandring"), slug).toBeNull();
      expect(tableOf(page.document, "#kommuner-tabell").head).not.toContain("Förändring");
    }
    expect(readPage(out, "kommuner/index.html").text).not.toMatch(/; 2023:/u);
  });
});
