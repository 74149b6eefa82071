/**
 * Numbered figures and tables, and every figure's downloads, in real builds:
 * the numbers on each page run in reading order and agree with the page's
 * contents list (src/lib/figures/contents.ts); a dataset that drops a chart
 * renumbers everything after it; every figure on every page offers SVG, PNG
 * and two CSVs that carry its number, title, source and data version, and the
 * CSV holds the same table the page shows.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { loadDataset, VERKSAMHETSFORMER } from "../../src/lib/data/index.ts";
import {
  nationalContents,
  REGION_CONTENT,
  regionContents,
} from "../../src/lib/figures/contents.ts";
import { CSV_NOTE_LINES } from "../../src/lib/figures/figure-files.ts";
import { regionSlugs } from "../../src/lib/region-slug.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { regionFigures } from "../helpers/region-report.ts";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv, type Catalogue } from "../../src/lib/text/sv/index.ts";
import { theme } from "../../src/lib/theme.ts";
import { buildSite, PROJECT_ROOT } from "../helpers/build-site.ts";
import { shippedUnits, unitsCsv } from "../helpers/datasets.ts";
import { readPage } from "../helpers/page.ts";
import { scratchDir } from "../robustness/data-copy.ts";

type Document = ReturnType<typeof readPage>["document"];

/**
 * ASCII white space folded, soft hyphens (line-break hints) dropped; the no-break
 * spaces of "35,4 %" stay, as the formatter writes them.
 */
const words = (text: string | null | undefined) =>
  (text ?? "")
    .replaceAll("\u00ad", "")
    .replace(/[ \t\n\r\f]+/g, " ")
    .trim();

/** The caption labels on a page ("Figur 1.", "Tabell 1." …) in document order, with their element ids. */
function labelsOnPage(document: Document) {
  return [...document.querySelectorAll(".caption-label")].map((label) => {
    const owner = label.closest("figure, table");
    return { label: words(label.textContent).replace(/\.$/, ""), id: owner?.id ?? "" };
  });
}

function expectNumberedAsContents(
  document: Document,
  entries: readonly { id: string; label: string }[],
) {
  const onPage = labelsOnPage(document);
  expect(onPage).toEqual(entries.map(({ id, label }) => ({ id, label })));
  // Figures and tables each count 1, 2, 3 … in the order a reader meets them.
  for (const kind of ["Figur", "Tabell"]) {
    const numbers = onPage
      .filter(({ label }) => label.startsWith(kind))
      .map(({ label }) => Number(label.split(" ")[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  }
}

const distDir = () => inject("distDir");
const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
const figures = reportFigures(dataset);
const slugs = regionSlugs(dataset.regioner.map((r) => r.region));

describe("numbered figures and tables", () => {
  it("on the national page, in reading order, as its contents list says", () => {
    const { document, text } = readPage(distDir());
    const numbering = nationalContents(figures, reportText(figures, sv), sv);
    expectNumberedAsContents(document, numbering.entries);
    expect(numbering.entries.filter((e) => e.kind === "figure").length).toBeGreaterThanOrEqual(4);
    // The text refers to the map and its table by their numbers.
    const map = numbering.entries.find((entry) => entry.id === "geografisk-spridning-karta");
    expect(text).toContain(` ${numbering.ref(map?.id ?? "")} `);
  });

  it("on the English summary, in its words", () => {
    const { document } = readPage(distDir(), `${REPORT_PATHS.en}index.html`);
    const numbering = nationalContents(figures, reportText(figures, en), en, "summary");
    expectNumberedAsContents(document, numbering.entries);
    expect(numbering.entries.filter((e) => e.kind === "figure").length).toBeGreaterThanOrEqual(3);
  });

  it("on every region page", () => {
    for (const region of dataset.regioner) {
      const slug = slugs.get(region.region) ?? "";
      const { document } = readPage(distDir(), `region/${slug}/index.html`);
      expectNumberedAsContents(document, regionContents(regionFigures(dataset, region)).entries);
    }
  });
});

/**
 * The figures of a page: id, the figure's label, its downloads, and the table of
 * its numbers (inside the figure; for a region's map, the kommun table after it).
 */
function figuresOnPage(document: Document) {
  return [...document.querySelectorAll("figure")].map((figure) => ({
    id: figure.id,
    label: words(figure.querySelector(".caption-label")?.textContent).replace(/\.$/, ""),
    links: [...figure.querySelectorAll(".figure-downloads a[download]")].map((a) => ({
      href: a.getAttribute("href") ?? "",
      text: words(a.textContent),
    })),
    table:
      figure.querySelector("table") ?? document.getElementById(REGION_CONTENT.kommuner) ?? null,
  }));
}

const fileOf = (href: string) => path.join(distDir(), decodeURIComponent(href));

/** The PNG's tEXt chunks as keyword → text. */
function pngText(png: Buffer): Map<string, string> {
  const chunks = new Map<string, string>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "tEXt") {
      const [keyword = "", value = ""] = png
        .toString("latin1", at + 8, at + 8 + length)
        .split("\0");
      chunks.set(keyword, value);
    }
    at += 12 + length;
  }
  return chunks;
}

/**
 * A CSV value as the page shows it: numbers formatted the page's way, text as
 * it is; a percentage ("35,9%", in the Excel file) as the page's percentage.
 */
const shownAs = (value: string, decimal: string, t: Catalogue) => {
  const { format } = t;
  const percent = /^(\d+(?:,\d+)?)%$/.exec(value);
  if (percent) return [format.percent(Number(percent[1]?.replace(",", ".")) / 100)];
  const number = Number(value.replace(decimal, "."));
  return value === "" || Number.isNaN(number)
    ? [value]
    : [value, format.integer(number), format.percent(number), format.decimal(number)];
};

describe("figure downloads", () => {
  /** Every page with figures, and the words its figures and their files are in. */
  const pages = [
    { page: "index.html", t: sv },
    { page: `${REPORT_PATHS.en}index.html`, t: en },
    ...[...slugs.values()].map((slug) => ({ page: `region/${slug}/index.html`, t: sv })),
  ];
  /** "Figur 3", "Figure 3": a figure's label in the page's language. */
  const labelPattern = (t: Catalogue) =>
    new RegExp(`^${t.numbering.label.figure("NUMBER").replace("NUMBER", "\\d+")}$`);

  it("every figure on every page offers SVG, PNG and CSV in both flavours, and the files exist", () => {
    let count = 0;
    for (const { page, t } of pages) {
      for (const figure of figuresOnPage(readPage(distDir(), page).document)) {
        count++;
        expect(figure.label, `${page}#${figure.id}`).toMatch(labelPattern(t));
        expect(figure.links.map((link) => link.text)).toEqual([
          t.figureDownloads.svg,
          t.figureDownloads.png,
          t.figureDownloads.csvExcel,
          t.figureDownloads.csvStandard,
        ]);
        for (const link of figure.links)
          expect(existsSync(fileOf(link.href)), link.href).toBe(true);
      }
    }
    expect(count).toBeGreaterThanOrEqual(4 + 3 + dataset.regioner.length);
  });

  it("each file says which figure it is, its source and data version, in its own font", () => {
    const builtAt = new Date(Number(inject("buildEpoch")) * 1000);
    for (const { page, t } of pages) {
      const built = t.format.date(builtAt);
      for (const figure of figuresOnPage(readPage(distDir(), page).document)) {
        const [svgLink, pngLink, excelLink, standardLink] = figure.links;
        const svg = readFileSync(fileOf(svgLink?.href ?? ""), "utf8");
        const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? "";
        expect(title.startsWith(`${figure.label}. `), `${page}: ${title}`).toBe(true);
        const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
        expect(desc).toContain(figures.dataVersion);
        expect(desc).toContain(built);
        expect(svg).toMatch(/@font-face\{font-family:"DejaVu Sans"[^}]*data:font\/woff;base64,/);
        expect(svg).not.toMatch(/font-family="system-ui/);

        const png = readFileSync(fileOf(pngLink?.href ?? ""));
        expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
        const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
        expect(png.readUInt32BE(16)).toBe(2 * width);
        const chunks = pngText(png);
        expect(chunks.get("Title")?.startsWith(`${figure.label}. `)).toBe(true);
        expect(chunks.get("Comment")).toContain(figures.dataVersion);

        for (const [link, delimiter] of [
          [excelLink, ";"],
          [standardLink, ","],
        ] as const) {
          const csv = readFileSync(fileOf(link?.href ?? ""), "utf8");
          // Any CSV reader reads the note: what, and its text, quoted where needed.
          const note = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter })
            .data.slice(0, CSV_NOTE_LINES)
            .map((fields) => {
              expect(fields).toHaveLength(2);
              return fields[1] ?? "";
            });
          expect(note[0]?.startsWith(`${figure.label}. `)).toBe(true);
          // The source names its publishers in the figure's language, as the page does.
          if (t.site.lang !== sv.site.lang)
            expect(note[1], `${page}#${figure.id}`).not.toContain(sv.publication.publishers);
          expect(note.join(" ")).toContain(figures.dataVersion);
          expect(note.join(" ")).toContain(built);
        }
      }
    }
  });

  it.each([
    ["figurer", "geografisk-spridning-karta.svg"],
    ["figurer", "en", "geografisk-spridning-karta.svg"],
  ])(
    "draws every unit's mark in the map's standalone SVG (%s/%s…), as the PNG's renderer sees it",
    (...file) => {
      // resvg draws the PNG from this SVG; it leaves out the markers of a path that paints nothing.
      const svg = readFileSync(path.join(distDir(), ...file), "utf8");
      const { pixels } = new Resvg(svg).render();
      const painted = new Map<string, number>();
      for (let at = 0; at < pixels.length; at += 4) {
        const colour = `#${[...pixels.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
        painted.set(colour, (painted.get(colour) ?? 0) + 1);
      }
      for (const form of VERKSAMHETSFORMER) {
        const units = dataset.verksamheter.filter((unit) => unit.verksamhetsform === form).length;
        // A mark shows about 20 px of its exact colour at 1× (inside its outline and
        // antialiasing); overlaps hide some. Without marks, only the legend's (16 px).
        expect(painted.get(theme.form[form]) ?? 0, form).toBeGreaterThan(5 * units);
      }
    },
  );

  it("its CSV is the table the page shows, in both flavours", () => {
    for (const { page, t } of pages) {
      for (const figure of figuresOnPage(readPage(distDir(), page).document)) {
        const table = figure.table;
        expect(table, `${page}#${figure.id}`).not.toBeNull();
        if (table === null) continue;
        const shown = [...table.querySelectorAll("tr")].map((row) =>
          [...row.querySelectorAll("th, td")].map((cell) => words(cell.textContent)),
        );
        for (const [index, flavour] of [
          [2, { delimiter: ";", decimal: "," }],
          [3, { delimiter: ",", decimal: "." }],
        ] as const) {
          const csv = readFileSync(fileOf(figure.links[index]?.href ?? ""), "utf8");
          const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), {
            delimiter: flavour.delimiter,
            skipEmptyLines: true,
          });
          expect(parsed.errors).toEqual([]);
          const data = parsed.data.slice(CSV_NOTE_LINES);
          expect(data.length, figure.id).toBe(shown.length);
          data.forEach((row, r) =>
            row.forEach((value, c) => {
              const cell = shown[r]?.[c] ?? "";
              expect(shownAs(value, flavour.decimal, t), `${figure.id} ${r}:${c}`).toContain(cell);
            }),
          );
        }
      }
    }
  });
});

describe("a dataset without area types", () => {
  const scratch = scratchDir("figures");
  afterAll(() => scratch.remove());
  let out = "";
  let dir = "";

  beforeAll(() => {
    dir = scratch.copyData("no-area-types");
    const units = shippedUnits().map((unit) => ({ ...unit, omradestyp: "" }));
    writeFileSync(path.join(dir, "verksamheter.csv"), unitsCsv(units));
    out = path.join(scratch.root, "no-area-types-dist");
    const result = buildSite(out, dir);
    expect(result.status, result.output).toBe(0);
  });

  it("drops the area-type charts and renumbers every figure and table after them", () => {
    const data = loadDataset(dir);
    const reduced = reportFigures(data);
    const numbering = nationalContents(reduced, reportText(reduced, sv), sv);
    const full = nationalContents(figures, reportText(figures, sv), sv);
    expect(numbering.entries.length).toBeLessThan(full.entries.length);
    const { document } = readPage(out);
    expectNumberedAsContents(document, numbering.entries);
    // The figure that followed them now has the number the first of them had.
    const last = numbering.entries.filter((entry) => entry.kind === "figure").at(-1);
    expect(last?.label).toBe(
      full.entries.filter((entry) => entry.kind === "figure").at(-1 - 2)?.label ?? "",
    );
  });
});
