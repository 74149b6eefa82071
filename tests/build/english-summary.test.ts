/**
 * The English summary (dist/en/) as built from the shipped data: the same
 * numbers as the Swedish report, no Swedish words from the Swedish catalogue,
 * English where it says what language it is, and links both ways.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { localSource } from "../../src/lib/text/foreign-phrases.ts";
import { reportSources } from "../../src/lib/report-sources.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { PDF_FILES, REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import * as swedishCatalogue from "../../src/lib/text/sv/index.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { numbersIn, sortedNumbers } from "../helpers/numbers.ts";
import { readPage } from "../helpers/page.ts";
import { reportSentences } from "../helpers/report-sentences.ts";

const distDir = inject("distDir");
const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
const figures = reportFigures(dataset);
const swedishPage = readPage(distDir, "index.html");
const englishPage = readPage(distDir, `${REPORT_PATHS.en}index.html`);

/** The numbers in each element a selector finds, read in the page's language. */
const numbersOf = (
  page: ReturnType<typeof readPage>,
  selector: string,
  locale: "sv-SE" | "en-GB",
) =>
  [...page.document.querySelectorAll(selector)].map((element) =>
    numbersIn(element.textContent ?? "", locale),
  );

describe("every number on /en/ is the Swedish report's", () => {
  it("has the key figures, in the same order, with the same values", () => {
    const english = numbersOf(englishPage, ".key-figure .value", "en-GB");
    expect(english.length).toBeGreaterThan(3);
    expect(english).toEqual(numbersOf(swedishPage, ".key-figure .value", "sv-SE"));
  });

  it("has every table of the Swedish report it shows, cell by cell", () => {
    const tables = [...englishPage.document.querySelectorAll("table[id]")];
    expect(tables.length).toBeGreaterThan(2);
    for (const table of tables) {
      const cells = `#${table.id} tbody td, #${table.id} tfoot td`;
      const english = numbersOf(englishPage, cells, "en-GB");
      expect(english.flat().length, table.id).toBeGreaterThan(0);
      expect(english, table.id).toEqual(numbersOf(swedishPage, cells, "sv-SE"));
    }
  });

  it("draws every chart it shows with the Swedish chart's numbers", () => {
    const charts = [...englishPage.document.querySelectorAll("figure.chart[id]")];
    expect(charts.length).toBeGreaterThan(1);
    for (const chart of charts) {
      const labels = `#${chart.id} svg text`;
      expect(numbersOf(englishPage, labels, "en-GB"), chart.id).toEqual(
        numbersOf(swedishPage, labels, "sv-SE"),
      );
    }
  });

  it("has in its text no number that is not in the Swedish report's", () => {
    const version = new RegExp(figures.dataVersion, "g");
    const swedish = new Set(numbersIn(swedishPage.text.replace(version, ""), "sv-SE"));
    const english = numbersIn(englishPage.text.replace(version, ""), "en-GB");
    expect(english.length).toBeGreaterThan(100);
    expect(english.filter((value) => !swedish.has(value))).toEqual([]);
  });

  it("states the figures the English sentences were composed from", () => {
    const text = reportText(figures, en);
    // The summary leaves out the development chart, whose caption is text.development.
    const shown = reportSentences(text)
      .slice(2) // the title and description: the page's <title> and meta
      .filter((sentence) => sentence !== text.development && sentence !== text.mapSummary);
    for (const sentence of shown) expect(englishPage.text).toContain(sentence);
    expect(sortedNumbers(englishPage.document.title, "en-GB")).toEqual(
      sortedNumbers(swedishPage.document.title, "sv-SE"),
    );
  });
});

/** Every string value in the Swedish catalogue's exports, however deeply nested. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

describe("no Swedish words from the Swedish catalogue on /en/", () => {
  /** Names stay as they are; so do addresses and the agencies' names given beside their English. */
  const names = new Set([
    ...dataset.regioner.map((region) => region.region),
    ...swedishCatalogue.citation.authors,
  ]);
  /** Words both languages use alike ("Region", "Version") are no leftovers. */
  const english = new Set(stringsIn(en));
  const swedish = [
    ...new Set(
      stringsIn(swedishCatalogue).filter(
        (text) =>
          text.length >= 6 &&
          !names.has(text) &&
          !english.has(text) &&
          !/^(?:https?:|[\w.-]+@)/.test(text),
      ),
    ),
  ];
  /**
   * The Swedish terms for the two forms, introduced in brackets beside their
   * English ("family centre (familjecentral)"), and the Swedish titles of the
   * cited publications are meant to be there.
   */
  const introduced = Object.values(swedishCatalogue.formLabel).map(({ one }) => `(${one})`);
  const cited = reportSources(dataset, en).map((source) => source.text);
  /** What a reader gets: the text, and the names and descriptions given in attributes. */
  const attributes = [...englishPage.document.querySelectorAll("[aria-label], [title], [alt]")]
    .flatMap((element) => ["aria-label", "title", "alt"].map((name) => element.getAttribute(name)))
    .filter((text) => text !== null);
  const titles = [...englishPage.document.querySelectorAll("title")].map((t) => t.textContent);
  /**
   * The data's own words (the source; on /en/ its Swedish title after the
   * publishers' English names) and the contact address are not the catalogue's.
   */
  const source = [
    figures.current.kalla,
    ...localSource(figures.current.kalla, en).parts.map((p) => p.text),
  ];
  // File names the colophon gives for each edition's PDF are names, not words.
  const files = Object.values(PDF_FILES).map((name) => name(figures.current.ar));
  const reading = [...introduced, ...cited, ...source, ...files, en.contact].reduce(
    (text, meant) => text.replaceAll(meant, ""),
    [englishPage.text, ...attributes, ...titles].join("\n"),
  );

  it("checks a catalogue of some size", () => {
    expect(swedish.length).toBeGreaterThan(200);
  });

  it("has none of the Swedish catalogue's strings, whole words", () => {
    const found = swedish.filter((text) =>
      new RegExp(`(?<!\\p{L})${RegExp.escape(text)}(?!\\p{L})`, "u").test(reading),
    );
    expect(found).toEqual([]);
  });

  it("has none of the Swedish report's sentences about the data", () => {
    const found = reportSentences(reportText(figures, swedishCatalogue.sv)).filter((s) =>
      reading.includes(s),
    );
    expect(found).toEqual([]);
  });
});

describe("/en/ says it is English, and the two editions link to each other", () => {
  it('is <html lang="en">, and / is lang="sv"', () => {
    expect(englishPage.document.documentElement.getAttribute("lang")).toBe("en");
    expect(swedishPage.document.documentElement.getAttribute("lang")).toBe("sv");
  });

  const alternates = (page: ReturnType<typeof readPage>) =>
    Object.fromEntries(
      [...page.document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute("hreflang"),
        new URL(link.getAttribute("href") ?? "").pathname,
      ]),
    );

  it("has hreflang alternates both ways, the Swedish report as x-default", () => {
    const expected = { sv: "/", en: `/${REPORT_PATHS.en}`, "x-default": "/" };
    expect(alternates(swedishPage)).toEqual(expected);
    expect(alternates(englishPage)).toEqual(expected);
  });

  it('links "In English" from / and "På svenska" from /en/, each in its language', () => {
    const link = (page: ReturnType<typeof readPage>, lang: string) =>
      page.document.querySelector(`.site-header a[lang="${lang}"][hreflang="${lang}"]`);
    expect(link(swedishPage, "en")?.getAttribute("href")).toBe(`/${REPORT_PATHS.en}`);
    expect(link(swedishPage, "en")?.textContent?.trim()).toBe(
      swedishCatalogue.site.counterpart.text,
    );
    expect(link(englishPage, "sv")?.getAttribute("href")).toBe("/");
    expect(link(englishPage, "sv")?.textContent?.trim()).toBe(en.site.counterpart.text);
  });

  // SVG has no hreflang: the map's region links (mouse only, the same as the
  // table's) are said to be Swedish in its caption instead.
  it("marks every link from /en/ to a Swedish page with hreflang=sv, but the map's", () => {
    const internal = [...englishPage.document.querySelectorAll("a[href^='/']")].filter(
      (a) =>
        !(a.getAttribute("href") ?? "").startsWith(`/${REPORT_PATHS.en}`) &&
        a.closest("svg") === null,
    );
    expect(internal.length).toBeGreaterThan(20);
    const unmarked = internal
      .filter((a) => a.getAttribute("hreflang") !== "sv" && !a.hasAttribute("download"))
      .map((a) => a.getAttribute("href"));
    expect(unmarked).toEqual([]);
  });

  it("lists both in the sitemap", () => {
    const sitemap = readFileSync(path.join(distDir, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? "").pathname,
    );
    expect(locs).toContain("/");
    expect(locs).toContain(`/${REPORT_PATHS.en}`);
  });
});

describe("the publication facts on /en/", () => {
  it("name the publishers in English and mark the Swedish type of publication as Swedish", () => {
    const row = figures.current.publication;
    if (row === null) throw new Error("the shipped data has a publication row");
    const cover = englishPage.document.querySelector(".cover-type");
    expect(cover?.textContent.trim()).toBe(row.rapporttyp);
    expect(cover?.getAttribute("lang")).toBe("sv");
    expect(englishPage.document.querySelector(".cover-publishers")?.textContent.trim()).toBe(
      en.format.list(row.utgivare_en ?? []),
    );
  });
});
