/**
 * Words that must follow the data they describe (issue 20): a single survey is
 * not titled as a development since an earlier one; the example-data notice
 * claims to match the published figures only when the data equal the figures
 * recorded in publicerade-siffror.csv; an empty region's map is described as
 * empty and offers no empty layers; a region too large to list links to its
 * own list of units. Built from a copy of the shipped data: one survey, 520
 * more units in Region Stockholm, and a published count the data do not match.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { regionSlugs } from "../../src/lib/region-slug.ts";
import { publishedCheck, reportFigures } from "../../src/lib/stats/index.ts";
import { crossReference, sv } from "../../src/lib/text/sv/index.ts";
import { buildSite, PROJECT_ROOT } from "../helpers/build-site.ts";
import { shippedUnits, unitsCsv } from "../helpers/datasets.ts";
import { readPage } from "../helpers/page.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const scratch = scratchDir("survey-wording");
afterAll(() => scratch.remove());

const fold = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** The shipped units, and 520 more copies of Region Stockholm's (moved a little). */
function manyInStockholm() {
  const units = shippedUnits();
  const stockholm = units.filter((unit) => unit.kommunkod.startsWith("01"));
  const extra = Array.from({ length: 520 }, (_, i) => {
    const model = stockholm[i % stockholm.length];
    if (model === undefined) throw new Error("no unit in Region Stockholm");
    return {
      ...model,
      id: `S${i}`,
      namn: `${model.namn} ${i}`,
      lat: (Number(model.lat) + (i % 7) * 0.0004).toFixed(5),
    };
  });
  return [...units, ...extra];
}

const dir = scratch.copyData("one-survey");
const current = readFileSync(path.join(dir, "kartlaggningar.csv"), "utf8")
  .trimEnd()
  .split("\n")
  .filter((line, i) => i === 0 || line.startsWith("2023,"));
writeFileSync(path.join(dir, "kartlaggningar.csv"), `${current.join("\n")}\n`);
writeFileSync(path.join(dir, "verksamheter.csv"), unitsCsv(manyInStockholm()));
writeFileSync(
  path.join(dir, "publicerade-siffror.csv"),
  "ar,uppgift,region,antal\n2023,verksamheter,,246\n2023,regioner,,18\n",
);
const out = path.join(scratch.root, "dist");
const built = buildSite(out, dir);
const dataset = loadDataset(dir);
const figures = reportFigures(dataset);
const slugs = regionSlugs(dataset.regioner.map((region) => region.region));

describe("a build from one survey, with more units than published", () => {
  it("builds", () => {
    expect(built.status, built.output).toBe(0);
  });

  it("titles the development section without a previous survey", () => {
    const { document } = readPage(out);
    const heading = document.querySelector("#utveckling h2, h2#utveckling");
    const title = fold(heading?.textContent);
    expect(title).toContain(sv.development.onlySurveyTitle);
    expect(title).not.toContain(sv.sectionTitle.utveckling);
    const toc = [...document.querySelectorAll("nav a")].map((a) => fold(a.textContent));
    expect(toc).not.toContain(sv.sectionTitle.utveckling);
  });

  it("says the example data do not match the published count, and names both", () => {
    const { document } = readPage(out);
    const notice = fold(document.querySelector("aside.notice")?.textContent);
    const check = publishedCheck(figures, dataset.publiceradeSiffror);
    expect(check.status).toBe("differs");
    expect(notice).toContain(sv.exampleData.claim(check));
    expect(notice).not.toContain("stämmer med det publicerade");
  });

  it("describes an empty region's map as empty and lists no layer of 0 units", () => {
    const empty = figures.regions.find((report) => report.units.total === 0);
    if (empty === undefined) throw new Error("the data have no empty region");
    const slug = slugs.get(empty.region.region) ?? "";
    const { document, text } = readPage(out, `region/${slug}/index.html`);
    const legend = [...document.querySelectorAll(".map-legend li")].map((li) =>
      fold(li.textContent),
    );
    expect(legend.length).toBeGreaterThan(0);
    for (const entry of legend) expect(entry).not.toMatch(/\(0\)/);
    expect(document.querySelectorAll(".map-legend li[data-form]")).toHaveLength(0);
    expect(text).toContain(crossReference.regionMap("figur 1", "tabell 1", 0));
    expect(text).not.toContain("visar regionens verksamheter");
  });

  it("links a region too large to list to its own list, which holds exactly its units", () => {
    const large = figures.regions.find((report) => report.units.total > 500);
    if (large === undefined) throw new Error("the data have no large region");
    const slug = slugs.get(large.region.region) ?? "";
    const { document } = readPage(out, `region/${slug}/index.html`);
    const links = [...document.querySelectorAll("a[href$='.csv']")]
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href) => href.startsWith("/data/"));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const csv = readFileSync(path.join(out, href), "utf8").replace(/^\uFEFF/, "");
      const parsed = Papa.parse<Record<string, string>>(csv, {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.data).toHaveLength(large.units.total);
      const ids = new Set(large.unitList.map((unit) => unit.id));
      for (const row of parsed.data) expect(ids.has(row["id"] ?? "")).toBe(true);
    }
  });
});

describe("the shipped build", () => {
  it("says the example data reproduce the published counts, which they do", () => {
    const shipped = loadDataset(path.join(PROJECT_ROOT, "data"));
    const check = publishedCheck(reportFigures(shipped), shipped.publiceradeSiffror);
    expect(check.status).toBe("equal");
    const notice = fold(
      readPage(inject("distDir")).document.querySelector("aside.notice")?.textContent,
    );
    expect(notice).toContain(sv.exampleData.claim(check));
  });

  it("claims nothing about published figures when none are recorded", () => {
    const bare = scratch.copyData("no-published");
    rmSync(path.join(bare, "publicerade-siffror.csv"));
    const data = loadDataset(bare);
    const check = publishedCheck(reportFigures(data), data.publiceradeSiffror);
    expect(check.status).toBe("unchecked");
    expect(sv.exampleData.claim(check)).not.toContain("återger de antal");
  });
});
