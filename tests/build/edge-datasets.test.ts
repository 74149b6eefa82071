/**
 * Valid data unlike the example builds, and reads right: real `astro build`s of
 * datasets a data steward may well bring (one unit; one form in every region;
 * a tie; a new survey year), checked page by page. Expected words come from the
 * same text functions as the pages, applied to the dataset; only the shape of
 * the data is chosen here.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { formatDate, formatIsoDate } from "../../src/lib/format.ts";
import { regionText } from "../../src/lib/text/region-text.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { regionFigures } from "../helpers/region-report.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { buildSite } from "../helpers/build-site.ts";
import {
  FORM_SERVICES,
  oneUnitFiles,
  shippedUnits,
  unitsCsv,
  type UnitRow,
} from "../helpers/datasets.ts";
import { readPage } from "../helpers/page.ts";
import { expectWellFormed } from "../helpers/well-formed.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const scratch = scratchDir("edge");
afterAll(() => scratch.remove());

/** Elements whose text a reader meets as sentences or labels. */
const READ = "title, h1, h2, h3, p, li, figcaption, caption, dt, dd, svg title, svg desc";

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort();
}

/** Every sentence, label and text alternative on every page of a build, checked. */
function expectEveryPageWellFormed(dir: string): void {
  for (const file of htmlPages(dir)) {
    const { document } = readPage(dir, file);
    const texts = [
      ...[...document.querySelectorAll(READ)].map((element) => element.textContent ?? ""),
      ...[...document.querySelectorAll("[aria-label]")].map(
        (element) => element.getAttribute("aria-label") ?? "",
      ),
      document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
    ];
    for (const text of texts) {
      const folded = text.replace(/[ \t\n\r\f]+/g, " ").trim();
      if (folded !== "") expectWellFormed(folded);
    }
  }
}

/** A copy of data/ with some files replaced. */
function dataDir(name: string, files: Record<string, string>): string {
  const dir = scratch.copyData(name);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

function build(name: string, dir: string, env: Record<string, string> = {}) {
  const out = path.join(scratch.root, `${name}-dist`);
  const result = buildSite(out, dir, env);
  return { out, result };
}

describe("the shipped data", () => {
  it("has no count that disagrees with its noun on any page (Region Kronoberg: 1 familjecentral)", () => {
    const distDir = inject("distDir");
    expectEveryPageWellFormed(distDir);
    const kronoberg = readPage(distDir, "region/kronoberg/index.html").text;
    expect(kronoberg).toContain("1 familjecentral och");
  });
});

describe("one unit, on an island region with one kommun, real data, nothing known", () => {
  const dir = dataDir("one-unit", oneUnitFiles());
  let out = "";
  let output = "";

  beforeAll(() => {
    const built = build("one-unit", dir);
    out = built.out;
    output = built.result.output;
    expect(built.result.status, output).toBe(0);
  });

  it("builds every page, with words that agree with one unit", () => {
    expect(htmlPages(out)).toContain("region/gotland/index.html");
    expectEveryPageWellFormed(out);
    const dataset = loadDataset(dir);
    const figures = reportFigures(dataset);
    // The 2025 survey has no proposals of its own (src/content/forslag/2025/).
    const text = reportText(figures, sv, { proposals: false });
    const index = readPage(out).text;
    for (const finding of text.findings) expect(index).toContain(finding);
    expect(index).toContain(text.healthWork.collaboration);
    expect(index).toContain(text.areaTypes.finding);
    const gotland = dataset.regioner.find((region) => region.lanskod === "09");
    if (gotland === undefined) throw new Error("no Gotland in regioner.csv");
    const page = readPage(out, "region/gotland/index.html").text;
    for (const lead of regionText(figures, regionFigures(dataset, gotland)).lead)
      expect(page).toContain(lead);
  });

  it("replaces the charts it cannot draw with sentences, and claims nothing", () => {
    const { document, text } = readPage(out);
    expect(document.querySelector("#omradestyper-diagram")).toBeNull();
    expect(document.querySelector("#omradestyper-form")).toBeNull();
    expect(text).not.toMatch(
      /den vanligaste områdestypen|En majoritet av|de flesta samarbetar|Vanligast är samverkan/,
    );
  });

  it("with real data, shows no example-data notice and no instructions for whoever rebuilds it", () => {
    for (const file of htmlPages(out)) {
      const { text } = readPage(out, file);
      expect(text, file).not.toMatch(/npm|data\/verksamheter\.csv|Exempeldata|exempeldata/);
    }
  });
});

describe("every region, one form, a tie, and a new survey, built just after midnight in Stockholm", () => {
  const added: UnitRow[] = [
    { kommunkod: "0380", lat: "59.8586", lon: "17.6389" },
    { kommunkod: "0980", lat: "57.6348", lon: "18.2948" },
    { kommunkod: "1081", lat: "56.2094", lon: "15.2760" },
  ].map((place, i) => ({ ...(shippedUnits()[0] as UnitRow), ...place, id: `N${i + 1}` }));
  const all = [...shippedUnits(), ...added];
  const units = all.map((unit, i) => ({
    ...unit,
    namn: `${unit.namn} ${i}`,
    verksamhetsform: "familjecentral",
    ...FORM_SERVICES.familjecentral,
    // Types 3 and 4 alternate, the odd one out unknown: equally common.
    omradestyp: all.length % 2 === 1 && i === all.length - 1 ? "" : i % 2 === 0 ? "3" : "4",
  }));
  const dir = dataDir("all-regions", {
    "verksamheter.csv": unitsCsv(units),
    "kartlaggningar.csv": [
      "ar,antal,kalla,exempeldata,uppdrag,redovisad",
      "2008,131,Kartläggning 2008,nej,,",
      "2023,246,Kartläggning 2023,nej,2022-06,2023-09-29",
      "2026,,Kartläggning 2026,nej,2025-09,2026-11-20",
      "",
    ].join("\n"),
  });
  // 23:30 UTC on 1 December is 00:30 on 2 December in Stockholm.
  const builtAt = new Date("2026-12-01T23:30:00Z");
  let out = "";

  beforeAll(() => {
    const built = build("all-regions", dir, {
      SOURCE_DATE_EPOCH: String(builtAt.getTime() / 1000),
    });
    out = built.out;
    expect(built.result.status, built.result.output).toBe(0);
  });

  it("reads right on every page: all regions, no form comparison, no 'most common' in a tie", () => {
    expectEveryPageWellFormed(out);
    const figures = reportFigures(loadDataset(dir));
    expect(figures.regioner.without).toEqual([]);
    const text = reportText(figures, sv);
    const { document, text: index } = readPage(out);
    expect(index).toContain(text.geography);
    expect(index).toContain(text.areaTypes.finding);
    expect(text.areaTypes.finding).toMatch(/^Lika vanliga/);
    expect(index).not.toMatch(/den vanligaste områdestypen|Den vanligaste områdestypen/);
    expect(document.querySelector("#omradestyper-form")).toBeNull();
    expect(index).toContain(text.areaTypes.byForm.text ?? "—");
  });

  it("compares the new survey with the one before it, and takes its year and dates from the data", () => {
    const figures = reportFigures(loadDataset(dir));
    const text = reportText(figures, sv);
    const { document, text: index } = readPage(out);
    expect(document.querySelector("h1")?.textContent).toBe(text.title);
    expect(text.title).toContain(String(figures.current.ar));
    expect(index).toContain(text.development);
    expect(text.development).toContain(String(figures.sincePrevious?.previous.ar));
    for (const paragraph of [...text.assignment, text.aboutData.period])
      expect(index).toContain(paragraph);
    expect(index).not.toContain("29 september 2023");
    const citation = document.querySelector(".citation")?.textContent ?? "";
    expect(citation).toContain(`(${figures.current.reported?.year})`);
    expect(
      document.querySelector('meta[name="citation_publication_date"]')?.getAttribute("content"),
    ).toBe("2026/11/20");
  });

  it("states one build date, the Stockholm day, in the page, the JSON and the sitemap", () => {
    const day = formatIsoDate(builtAt);
    expect(day).toBe("2026-12-02");
    expect(readPage(out).text).toContain(`Byggd ${formatDate(builtAt)}.`);
    const json = JSON.parse(readFileSync(path.join(out, "data", "siffror.json"), "utf8")) as {
      byggdatum: string;
    };
    expect(json.byggdatum).toBe(day);
    const sitemap = readFileSync(path.join(out, "sitemap.xml"), "utf8");
    const lastmods = [...sitemap.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]);
    expect(lastmods.length).toBeGreaterThan(0);
    expect(new Set(lastmods)).toEqual(new Set([day]));
  });
});
