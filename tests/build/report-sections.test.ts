import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { formatInteger, formatPercent } from "../../src/lib/format.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { partnerLabel, sections } from "../../src/lib/text/sv/index.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";
import { shown } from "../helpers/shown.ts";

const distDir = inject("distDir");
const page = readPage(distDir);
const figures = reportFigures(loadDataset(path.join(PROJECT_ROOT, "data")));

/** The cells of a table, row by row, as text. */
function tableCells(table: Element): string[][] {
  return [...table.querySelectorAll("tr")].map((row) =>
    [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim()),
  );
}

describe("the report's sections", () => {
  it.each(sections.map((s) => [s.id, s.title]))("has section #%s with its heading", (id, title) => {
    const section = page.document.getElementById(id);
    expect(section?.tagName).toBe("SECTION");
    expect(section?.querySelector("h2")?.textContent).toContain(title);
  });

  it("has a table of contents linking to every section, and a skip link", () => {
    // The contents; the list of figures and tables beside it is for print only.
    const links = [...page.document.querySelectorAll("nav.toc:not(.print-only) a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(links).toEqual(sections.map((s) => `#${s.id}`));
    const skip = page.document.querySelector("a.skip-link");
    expect(skip?.getAttribute("href")).toBe("#innehall");
    expect(page.document.getElementById("innehall")).not.toBeNull();
  });

  it("keeps the heading order: one h1, then h2 sections, never skipping a level", () => {
    const levels = [...page.document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) =>
      Number(h.tagName[1]),
    );
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.reduce((previous, level) => {
      expect(level).toBeLessThanOrEqual(previous + 1);
      return level;
    });
  });

  it("shows the proposals at all four levels from the content collection", () => {
    const headings = [...page.document.querySelectorAll("#forslag h3")].map(
      (h) => h.textContent ?? "",
    );
    expect(headings).toHaveLength(4);
    expect(headings.join(" ")).toMatch(/Lokal.*Regional.*Nationell.*Kunskapsutveckling/);
  });
});

describe("figures", () => {
  const charts = [...page.document.querySelectorAll("figure")];

  it("every figure has a caption first, an SVG with a text alternative, and a table", () => {
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const figure of charts) {
      expect(figure.firstElementChild?.tagName).toBe("FIGCAPTION");
      const svg = figure.querySelector("svg");
      // A map whose regions are (mouse-only) links cannot be role="img": links inside an
      // image are nested interactive content (axe). It keeps its aria-label.
      const linkedMap = svg?.querySelector("a[href]") !== null;
      expect(svg?.getAttribute("role")).toBe(linkedMap ? null : "img");
      expect(svg?.getAttribute("aria-label")?.length ?? 0).toBeGreaterThan(20);
      expect(figure.querySelector("table caption")).not.toBeNull();
    }
  });

  it("the regional coverage table lists every region with its counts, and a totals row", () => {
    const table = page.document.querySelector("#geografisk-spridning table");
    if (table === null) throw new Error("no coverage table");
    const rows = tableCells(table);
    const body = rows.slice(1, -1);
    expect(body).toHaveLength(figures.regionTable.rows.length);
    figures.regionTable.rows.forEach((row, i) => {
      expect(body[i]?.[0]).toContain(row.region.region);
      expect(body[i]?.slice(1, 4)).toEqual(
        [row.units.familjecentral, row.units.familjecentralsliknande, row.units.total].map(
          formatInteger,
        ),
      );
    });
    const withoutUnits = body.filter((cells) => cells[3] === formatInteger(0));
    expect(withoutUnits.map((cells) => cells[0])).toEqual(
      figures.regioner.without.map((r) => expect.stringContaining(r.region)),
    );
    expect(rows.at(-1)?.[3]).toBe(formatInteger(figures.units.total));
  });

  it("the collaboration table shows the shares computed in stats", () => {
    const table = page.document.querySelector("#halsoframjande-arbete-samverkan table");
    if (table === null) throw new Error("no collaboration table");
    expect(tableCells(table).slice(1)).toEqual(
      figures.collaboration
        .map(shown)
        .map((p) => [partnerLabel[p.partner], formatInteger(p.antal), formatPercent(p.andel)]),
    );
  });
});

describe("figures a reader gets without JavaScript", () => {
  it("contains every key figure in the text with scripts removed", () => {
    const { units, kommuner, regioner } = figures;
    const areaTypes = shown(figures.areaTypes);
    for (const expected of [
      `${formatInteger(units.total)} verksamheter`,
      `${formatInteger(kommuner.withUnits)} av ${formatInteger(kommuner.total)} kommuner`,
      `${formatInteger(regioner.withUnits)} av ${formatInteger(regioner.total)} regioner`,
      formatPercent(areaTypes.byGroup.blandade.andel),
      formatPercent(areaTypes.byGroup.utmaningar.andel),
      ...regioner.without.map((r) => r.region),
    ]) {
      expect(page.text).toContain(expected);
    }
  });

  it("no built file contains NaN, undefined, null or [object Object] as text", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : [full];
      });
    for (const file of files(distDir).filter((f) => /\.(html|svg|json|csv|xml|txt)$/.test(f))) {
      const text = readFileSync(file, "utf8").replace(/<[^>]*>/g, " ");
      expect(text, file).not.toMatch(/\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/);
    }
  });
});
