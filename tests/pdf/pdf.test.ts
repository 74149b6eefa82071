/**
 * `npm run pdf` for real (scripts/pdf.mjs, into a temporary directory instead of
 * dist/), then the PDF read back with poppler-utils: paper size, text, fonts,
 * metadata, running footer, and that no figure, table or key figure is split.
 * The PDF is made once, in beforeAll, and shared by every test in this file.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildEpoch, makePdf, pdfFileName } from "../../scripts/pdf.mjs";
import { INSTALL_HINT } from "../../scripts/lib/find-chrome.mjs";
import { loadDataset } from "../../src/lib/data/index.ts";
import { formatDate, formatInteger, formatList, formatPercent } from "../../src/lib/format.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { destinationPages } from "../../scripts/lib/pdf-ua.mjs";
import { nationalContents } from "../../src/lib/figures/contents.ts";
import { citationOf, publicationText } from "../../src/lib/text/publication-text.ts";
import { PDF_FILES, REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { theme } from "../../src/lib/theme.ts";
import { FOREIGN_PHRASES, localSource } from "../../src/lib/text/foreign-phrases.ts";
import { en } from "../../src/lib/text/en/index.ts";
import {
  aboutData,
  geography,
  onPaper,
  pdf as pdfText,
  sections,
  site,
  sv,
} from "../../src/lib/text/sv/index.ts";
import { chromeOrSkip, launchChrome } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";
import { hashTree } from "../robustness/data-copy.ts";
import {
  checkCatalog,
  checkContentTagged,
  checkCreator,
  checkFooters,
  checkFigures,
  checkLinks,
  checkLists,
  checkMetadata,
  checkLanguages,
  checkNoForms,
  checkParagraphs,
  checkSections,
  checkCaptionSections,
  checkFigureTitles,
  checkStructureTypes,
  openPdf,
  toUnicodeTargets,
  type OpenPdf,
} from "./pdf-ua-checks.ts";
import { blankPages, printedBlocks, splitBlocks, type PrintedBlocks } from "./page-layout.ts";
import { fold, pdfFonts, pdfInfo, pdfPages, pdfTitles, popplerOrSkip, words } from "./poppler.ts";
import { shown } from "../helpers/shown.ts";

const figures = reportFigures(loadDataset(path.join(PROJECT_ROOT, "data")));
const year = String(figures.current.ar);
/** The report is about a dozen A4 pages; fewer means content is missing, more than 16 is too long. */
const PAGES = { min: 6, max: 16 };

/** Two builds and a print on a busy 2-core machine: minutes, not seconds. */
const PDF_TIMEOUT = 10 * 60_000;

/** The printed editions: the Swedish report and the English summary, each from its page. */
const EDITIONS = [
  { lang: "sv", title: "the report", t: sv, edition: "full", path: REPORT_PATHS.sv },
  { lang: "en", title: "the English summary", t: en, edition: "summary", path: REPORT_PATHS.en },
] as const;

const chrome = chromeOrSkip();
const poppler = popplerOrSkip();
const outDir = mkdtempSync(path.join(tmpdir(), "fc-pdf-test-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe.skipIf(chrome === null || !poppler)("npm run pdf", () => {
  let file = "";
  let sourceDateEpoch = "";
  let pages: string[] = [];
  /** Each edition's PDF by language, and its pages' text. */
  let editions: Awaited<ReturnType<typeof makePdf>>["editions"] = {};
  const printedPages: Record<string, string[]> = {};
  let started = 0;
  let finished = 0;

  beforeAll(async () => {
    started = Date.now();
    ({ file, sourceDateEpoch, editions } = await makePdf({ outDir, executablePath: chrome }));
    finished = Date.now();
    pages = pdfPages(file);
    for (const [lang, printed] of Object.entries(editions)) {
      printedPages[lang] = pdfPages(printed.file);
    }
  }, PDF_TIMEOUT);

  it("writes familjecentraler-<survey year>.pdf into the build", () => {
    expect(path.basename(file)).toBe(pdfFileName(figures.current.ar));
    expect(path.basename(file)).toBe(`familjecentraler-${year}.pdf`);
    expect(path.dirname(file)).toBe(outDir);
  });

  it("writes the English summary as familjecentraler-<survey year>-summary-en.pdf beside it", () => {
    expect(Object.keys(editions)).toEqual(EDITIONS.map((edition) => edition.lang));
    expect(editions["en"]?.file).toBe(path.join(outDir, `familjecentraler-${year}-summary-en.pdf`));
    expect(editions["sv"]?.file).toBe(file);
  });

  it("has selectable text with every section heading and the key figures", () => {
    const text = fold(pages.join(" "));
    for (const section of sections) expect(text).toContain(section.title);
    const { kommuner, regioner, sincePrevious } = figures;
    const areaTypes = shown(figures.areaTypes);
    // Sentences from the running text; the key-figure boxes are checked word by word below.
    for (const expected of [
      ...reportText(figures, sv).findings,
      `${formatInteger(kommuner.withUnits)} av ${formatInteger(kommuner.total)} kommuner`,
      `${formatInteger(regioner.withUnits)} av ${formatInteger(regioner.total)} regioner`,
      formatPercent(areaTypes.byGroup.blandade.andel),
      formatPercent(areaTypes.byGroup.utmaningar.andel),
      formatList(regioner.without.map((r) => r.region)),
      ...(sincePrevious === null
        ? []
        : [`${formatInteger(sincePrevious.previous.antal)} år ${sincePrevious.previous.ar}`]),
    ]) {
      expect(text).toContain(fold(expected));
    }
    // The region table stands beside the map, so its lines come out of the PDF
    // interleaved with the legend's: each name's words, not the name in one piece.
    const all = new Set(words(text));
    for (const row of figures.regionTable.rows)
      for (const word of words(row.region.region)) expect(all, row.region.region).toContain(word);
  });

  it("prints the tables behind the charts, and no screen-only text", () => {
    const text = fold(pages.join(" "));
    const html = readPage(outDir);
    for (const caption of html.document.querySelectorAll("details.chart-table caption")) {
      expect(text).toContain(fold(caption.textContent ?? ""));
    }
    expect(text).not.toContain(pdfText.download);
    expect(text).not.toContain(site.skipLink);
    expect(text).not.toMatch(/ #( |$)/);
  });

  it("states one build date, fixed once for both builds, in the PDF and on the site", () => {
    const given = process.env["SOURCE_DATE_EPOCH"];
    if (given === undefined) {
      // Set by makePdf from the clock, in whole seconds, while it ran.
      expect(sourceDateEpoch).toMatch(/^\d+$/);
      expect(Number(sourceDateEpoch)).toBeGreaterThanOrEqual(Math.floor(started / 1000));
      expect(Number(sourceDateEpoch)).toBeLessThanOrEqual(Math.ceil(finished / 1000));
    } else {
      expect(sourceDateEpoch).toBe(given);
    }
    const builtAt = new Date(Number(sourceDateEpoch) * 1000);
    const figuresJson = JSON.parse(readFileSync(path.join(outDir, "data", "siffror.json"), "utf8"));
    expect(figuresJson.byggdatum).toBe(builtAt.toISOString().slice(0, 10));
    const stated = aboutData.built(formatDate(builtAt));
    expect(fold(pages.join(" "))).toContain(fold(stated));
    expect(fold(readPage(outDir).document.body.textContent ?? "")).toContain(fold(stated));
  });

  it("never links to the local server it was printed from", () => {
    expect(readFileSync(file).toString("latin1")).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it("never ends a page with a section or figure heading", () => {
    const layout = pdfPages(file, true).map((page) =>
      page
        .split("\n")
        .map((line) => fold(line))
        .filter((line) => line !== ""),
    );
    const html = readPage(outDir);
    // A heading's words without its permalink ("#"); a figure's title keeps its "Figur N.".
    const headings = [...html.document.querySelectorAll("main h2, main h3")]
      .map((heading) =>
        fold(
          [...heading.childNodes]
            .filter((node) => !(node as Element).classList?.contains("permalink"))
            .map((node) => node.textContent ?? "")
            .join(""),
        ),
      )
      .filter((heading) => heading !== "");
    let found = 0;
    for (const heading of headings) {
      for (const [index, lines] of layout.entries()) {
        const at = lines.indexOf(heading);
        if (at < 0) continue;
        found += 1;
        // The last line on a page is its running footer; a heading needs text between.
        expect(at, `"${heading}" on page ${index + 1}`).toBeLessThan(lines.length - 2);
      }
    }
    expect(found).toBeGreaterThanOrEqual(sections.length);
  });

  describe("pages as a reader turns them", () => {
    let browser: Browser;
    const layouts: Record<string, PrintedBlocks> = {};

    beforeAll(async () => {
      browser = await launchChrome(chrome ?? "");
      for (const edition of EDITIONS)
        layouts[edition.lang] = await printedBlocks(browser, outDir, edition.path);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(EDITIONS)(
      "$lang: every figure, legend, table and key figure has all its words on one page",
      ({ lang }) => {
        const layout = layouts[lang];
        expect(layout?.blocks.length).toBeGreaterThanOrEqual(lang === "sv" ? 10 : 6);
        expect(splitBlocks(printedPages[lang] ?? [], layout?.blocks ?? [])).toEqual([]);
      },
    );

    it.each(EDITIONS)(
      "$lang: no page is more than a third empty, but a part's last",
      ({ lang }) => {
        const pagesOfEdition = printedPages[lang] ?? [];
        const file = editions[lang]?.file ?? "";
        expect(blankPages(file, pagesOfEdition, layouts[lang]?.partStarts ?? [])).toEqual([]);
      },
    );
  });

  describe("as a publication", () => {
    it("never prints the placeholder web address of a build without SITE_URL", () => {
      expect(process.env["SITE_URL"]).toBeUndefined();
      expect(fold(pages.join(" "))).not.toMatch(/https?:\/\/familjecentraler\.example/);
    });

    it("prints each external address once, and says in words what a link to another page is", () => {
      const all = fold(pages.join(" "));
      const sources = loadDataset(path.join(PROJECT_ROOT, "data")).kallor.flatMap((row) =>
        row.adress === null ? [] : [{ url: row.adress }],
      );
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        const host = new URL(source.url).hostname;
        expect(all).toContain(host);
        expect(all).not.toContain(`${host} (${source.url})`);
      }
      expect(all).not.toContain(geography.regionIndex);
      expect(all).not.toContain(aboutData.downloadsLink);
      // Without SITE_URL the printed report says nothing of a website it cannot name.
      const address = "https://rapport.example";
      for (const sentence of [
        onPaper.regionPages(address),
        onPaper.downloads(address),
        onPaper.kommunFinder(address),
      ])
        expect(all).not.toContain(fold((sentence ?? "").replace(`: ${address}`, "")));
      expect(onPaper.regionPages(null)).toBeNull();
    });
  });

  /**
   * What both PDFs must be, the Swedish report and the English summary alike:
   * the same print rules and the same PDF/UA-1 checks, in each one's language.
   */
  describe.each(EDITIONS)("$lang: $title", (edition) => {
    const { t } = edition;
    const text = reportText(figures, t);
    const numbering = nationalContents(figures, text, t, edition.edition);
    const fileOf = () => editions[edition.lang]?.file ?? "";
    const pagesOf = () => printedPages[edition.lang] ?? [];
    const html = () => readPage(outDir, `${edition.path}index.html`);
    /** The page's contents as it lists them: each section's id and title. */
    const contents = () =>
      [...html().document.querySelectorAll("nav.toc:not(.print-only) a[href^='#']")].map((a) => ({
        id: (a.getAttribute("href") ?? "").slice(1),
        title: (a.textContent ?? "").trim(),
      }));
    const builtAt = () => new Date(Number(sourceDateEpoch) * 1000);

    it(`is A4 portrait, ${PAGES.min}–${PAGES.max} pages, tagged, titled`, () => {
      const info = pdfInfo(fileOf());
      const [width, height] = (info.get("Page size") ?? "").split(" x ").map(parseFloat);
      expect(width).toBeCloseTo(595, -1);
      expect(height).toBeCloseTo(842, -1);
      expect(Number(info.get("Pages"))).toBeGreaterThanOrEqual(PAGES.min);
      expect(Number(info.get("Pages"))).toBeLessThanOrEqual(PAGES.max);
      expect(info.get("Tagged")).toBe("yes");
      expect(info.get("Title")).toBe(t.site.title(year));
    });

    it("declares its language and has bookmarks for every section", () => {
      const bytes = readFileSync(fileOf());
      expect(bytes.toString("latin1")).toContain(`/Lang (${edition.lang})`);
      expect(bytes.toString("latin1")).toContain("/Outlines");
      const titles = pdfTitles(bytes);
      expect(contents().length).toBeGreaterThanOrEqual(8);
      for (const section of contents()) expect(titles).toContain(section.title);
    });

    it("embeds every font", () => {
      const fonts = pdfFonts(fileOf());
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    });

    it("prints in the bundled typeface, whatever fonts the machine has", () => {
      // Subset tag, then the PostScript name: "AAAAAA+SourceSans3…-Bold".
      const family = theme.printFamily.replaceAll(" ", "");
      const names = pdfFonts(fileOf()).map((font) => font.name.replace(/^[A-Z]{6}\+/, ""));
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !name.startsWith(family))).toEqual([]);
    });

    /** Words with "ff", "fi" or "fl", which a font's ligatures would draw as one glyph. */
    const LIGATURE_WORDS = {
      sv: ["offentliga", "Geografisk", "Figur"],
      en: ["figures", "files", "find"],
    } as const;

    it("extracts as letters: no ligatures, no soft hyphens, words whole", async () => {
      const printed = pagesOf().join("\n");
      const odd = (text: string) =>
        [...text].filter((c) => /[\uFB00-\uFB06\u00AD\u2010]/.test(c)).map((c) => c.codePointAt(0));
      expect(odd(printed)).toEqual([]);
      // What any reader gets, glyph by glyph, from the fonts' ToUnicode maps.
      const mapped = toUnicodeTargets(await openPdf(readFileSync(fileOf())));
      expect(odd([...mapped].join(""))).toEqual([]);
      for (const word of LIGATURE_WORDS[edition.lang])
        expect(printed).toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "u"));
    });

    it("has selectable text with the key figures and findings", () => {
      // A line may end after a word's own hyphen ("socio-" / "economic"), which
      // pdftotext then drops: compared without hyphens.
      const joined = (text: string) => fold(text).replace(/-\s*/g, "");
      const all = fold(pagesOf().join(" "));
      for (const finding of text.findings) expect(joined(all)).toContain(joined(finding));
      // The key figures stand side by side, so their lines come out interleaved: word by word.
      const printed = new Set(words(all));
      for (const keyFigure of text.keyFigures) {
        for (const word of words(`${keyFigure.value} ${keyFigure.label}`))
          expect(printed, keyFigure.label).toContain(word);
      }
    });

    it("has the report's name and the page number at the foot of every page but the cover", () => {
      const pages = pagesOf();
      pages.forEach((page, index) => {
        const text = fold(page);
        const footer = t.print.pageNumber(String(index + 1), String(pages.length));
        if (index === 0) {
          // The cover's title starts with the running title's words, so only the page number tells.
          expect(text).not.toContain(t.print.pageNumber("1", String(pages.length)));
        } else {
          expect(text).toContain(t.print.runningTitle);
          expect(text).toContain(footer);
        }
      });
    });

    it("has no empty page", () => {
      const pages = pagesOf();
      const footer = (index: number) =>
        [t.print.runningTitle, t.print.pageNumber(String(index + 1), String(pages.length))].join(
          " ",
        );
      pages.forEach((page, index) => {
        const body = fold(page)
          .replace(fold(footer(index)), "")
          .trim();
        expect(body.length, `page ${index + 1}`).toBeGreaterThan(200);
      });
    });

    it("is linked from its page, with its size", () => {
      const page = html();
      const link = page.document.querySelector(".pdf-link a");
      expect(link?.textContent?.trim()).toBe(t.pdf.download);
      expect(link?.getAttribute("href")).toBe(`/${path.basename(fileOf())}`);
      expect(link?.hasAttribute("download")).toBe(true);
      const bytes = statSync(fileOf()).size;
      const size =
        bytes < 1_000_000
          ? t.pdf.kilobytes(t.format.integer(Math.ceil(bytes / 1000)))
          : t.pdf.megabytes(t.format.decimal(bytes / 1_000_000));
      expect(page.document.querySelector(".pdf-link")?.textContent).toContain(t.pdf.details(size));
    });

    it("has a cover with title, subtitle, publishers, survey year and the example-data notice", () => {
      const cover = fold(pagesOf()[0] ?? "");
      for (const expected of [
        t.site.title(year),
        t.site.subtitle,
        t.publication.publishers,
        t.publication.surveyYear(year),
        ...(figures.current.exampleData ? [t.exampleData.heading, t.exampleData.body] : []),
      ])
        expect(cover).toContain(fold(expected));
      // The colophon has the next page, and the contents the one after it.
      expect(cover).not.toContain(t.toc.heading);
      expect(cover).not.toContain(t.publication.colophonHeading);
    });

    it("prints the national map with its table and source on one page, its heading there or on the page before", () => {
      // The last page with the caption: the list of figures names it first.
      const pageOf = (caption: string) =>
        pagesOf().findLastIndex((page) => fold(page).includes(fold(caption).slice(0, 40)));
      const map = numbering.entries.find((entry) => entry.id === "geografisk-spridning-karta");
      const table = numbering.entries.find((entry) => entry.id === `${map?.id ?? ""}-tabell`);
      const section = contents().find((candidate) => candidate.id === "geografisk-spridning");
      if (map === undefined || table === undefined || section === undefined)
        throw new Error("no national map, map table or geography section");
      const page = pageOf(`${map.label}. ${map.title}`);
      expect(page).toBeGreaterThan(0);
      expect(pageOf(`${table.label}. ${table.title}`)).toBe(page);
      // Under its heading, or floated to the top of the next page after the
      // section's text (where the page before would be left blank otherwise).
      const contentsPage = pagesOf().findIndex((text) => fold(text).includes(fold(t.toc.heading)));
      const headingPage = pagesOf().findIndex(
        (text, index) => index > contentsPage && fold(text).includes(fold(section.title)),
      );
      expect([page - 1, page]).toContain(headingPage);
      // The map's source line, with its base map, is printed on the map's page.
      expect(fold(pagesOf()[page] ?? "")).toContain(fold("Natural Earth"));
    });

    it("numbers every figure and table in its caption, in reading order", () => {
      const all = fold(pagesOf().join(" "));
      let at = -1;
      for (const entry of numbering.entries) {
        const caption = fold(`${entry.label}. ${entry.title}`);
        const found = all.indexOf(caption, at + 1);
        expect(found, caption).toBeGreaterThan(at);
        at = found;
      }
      expect(numbering.entries.filter((e) => e.kind === "figure").length).toBeGreaterThanOrEqual(3);
    });

    it("lists contents, figures and tables with the pages the final print put them on", async () => {
      const pages = pagesOf();
      const destinations = await destinationPages(readFileSync(fileOf()));
      const contentsPage = pages.findIndex((page) => fold(page).includes(t.toc.heading));
      expect(contentsPage).toBeGreaterThan(0);
      const lines = pdfPages(fileOf(), true)[contentsPage]?.split("\n") ?? [];
      const listed = [
        ...contents(),
        ...numbering.entries.map((entry) => ({
          id: entry.id,
          title: `${entry.label}. ${entry.title}`,
        })),
      ];
      expect(fold(lines.join(" "))).toContain(t.numbering.listHeading);
      for (const { id, title } of listed) {
        const page = destinations.get(id);
        expect(page, id).toBeGreaterThan(contentsPage + 1);
        // The number ends the entry's line or, for a title that wraps, the line after it.
        const start = lines.findIndex((line) => fold(line).includes(fold(title).slice(0, 40)));
        expect(start, title).toBeGreaterThanOrEqual(0);
        const entry = lines.slice(start, start + 2).map((line) => fold(line));
        expect(
          entry.some((line) => line.endsWith(` ${page}`)),
          `${title}: page ${page}`,
        ).toBe(true);
        // And the page it names really holds the caption or heading.
        expect(fold(pages[(page ?? 1) - 1] ?? "")).toContain(fold(title).slice(0, 30));
      }
    });

    it("has a colophon on the back of the title page: publishers, type, dates, the other edition, citation, reuse, data version, contact", () => {
      const last = fold(pagesOf()[1] ?? "");
      const facts = publicationText(figures, t);
      const other = t.site.lang === "sv" ? "en" : "sv";
      const reported = figures.current.reported;
      for (const expected of [
        t.publication.colophonHeading,
        facts.publishersText,
        ...(facts.type === null ? [] : [facts.type]),
        ...(reported === null ? [] : [t.format.calendarDate(reported)]),
        t.publication.edition(t.format.date(builtAt())),
        t.publication.otherEdition(null, PDF_FILES[other](figures.current.ar)),
        citationOf(figures, t, builtAt()),
        t.publication.reuse,
        t.publication.version(figures.dataVersion),
        t.publication.contactLabel,
      ])
        expect(last).toContain(fold(expected));
    });

    it("gives one citation, once", () => {
      const all = fold(pagesOf().join(" "));
      const citation = fold(citationOf(figures, t, builtAt()));
      expect(all.split(citation).length - 1).toBe(1);
    });

    /**
     * PDF/UA-1 (ISO 14289-1) as the Matterhorn Protocol checks it, for what this
     * report can get wrong; pdf-ua-checks.ts opens the structure tree, content
     * streams and metadata. Each fails on a PDF printed without scripts/lib/pdf-ua.mjs.
     */
    describe("PDF/UA-1", () => {
      let pdf: OpenPdf;
      /** The running footer every page but the cover has. */
      const footer = (page: number, pages: number) =>
        page === 1
          ? null
          : {
              title: t.print.runningTitle,
              pageNumber: t.print.pageNumber(String(page), String(pages)),
            };
      beforeAll(async () => {
        pdf = await openPdf(readFileSync(fileOf()));
      });

      it("06-001…003: XMP a reader parses: UTF-8, pdfuaid:part 1, title, language, creator, dates", () => {
        const title = t.site.title(year);
        expect(checkMetadata(pdf, { lang: edition.lang, title })).toEqual([]);
      });

      it("names the report's tool chain as Creator and Producer, alike in /Info and XMP", () => {
        expect(checkCreator(pdf)).toEqual([]);
      });

      it("07-001, 11-001: shows its title, is in its language, opens with its bookmarks", () => {
        expect(checkCatalog(pdf, edition.lang)).toEqual([]);
      });

      it("01-003…005: nothing painted outside tagged content or artifacts (footer, backgrounds)", () => {
        expect(checkContentTagged(pdf)).toEqual([]);
      });

      it("18-001, 18-002: the running footer is a /Pagination /Footer artifact", () => {
        expect(checkFooters(pdf, footer)).toEqual([]);
      });

      it("has no Form on paper: the legend and the sortable headers are text", () => {
        expect(checkNoForms(pdf)).toEqual([]);
        // Multi-line headers stand side by side and break at (soft) hyphens, so
        // pdftotext interleaves their lines: each word, not the header in one piece.
        const squash = (text: string) => text.replace(/[\s\u00ad\u2010-]/g, "");
        const printed = squash(pagesOf().join(" "));
        const page = html().document;
        const texts = [
          ...page.querySelectorAll(".map-legend-entry, table[data-sortable] thead th"),
        ].map((element) => element.textContent ?? "");
        expect(texts.length).toBeGreaterThanOrEqual(4);
        for (const text of texts)
          for (const word of words(text.replace(/\u00ad/g, "")))
            expect(printed, text).toContain(squash(word));
      });

      /** The known phrases in another language that this edition's page has (the data decide which). */
      const foreignOnPage = () => {
        const text = fold(html().document.body.textContent ?? "");
        // As whole words: "Socialstyrelsen" is not in "Socialstyrelsens kartläggning".
        const asWords = (phrase: string) =>
          new RegExp(
            `(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
            "u",
          );
        return (FOREIGN_PHRASES[edition.lang] ?? []).filter((part) =>
          asWords(part.text).test(text),
        );
      };

      it("marks the words in another language with their lang on the page", () => {
        const page = html().document;
        expect(foreignOnPage().length).toBeGreaterThan(0);
        for (const part of foreignOnPage()) {
          const marked = [...page.querySelectorAll(`body [lang="${part.lang}"]`)].map(
            (element) => element.textContent,
          );
          // Marked whole, alone or within a longer marked title ("… och förslag (2023)").
          expect(
            marked.some((text) => text?.includes(part.text)),
            part.text,
          ).toBe(true);
        }
      });

      it("11-006, 11-007: words in another language are in an element with that /Lang", () => {
        const parts = [
          ...foreignOnPage(),
          // The survey's Swedish title, after its publishers' names in the page's language.
          ...localSource(figures.current.kalla, t).parts,
        ];
        expect(parts.length).toBeGreaterThan(0);
        expect(checkLanguages(pdf, parts)).toEqual([]);
      });

      it("tags each of the report's sections Sect, its heading first", () => {
        expect(
          checkSections(
            pdf,
            contents().map((section) => section.title),
          ),
        ).toEqual([]);
      });

      it("reads every figure and table in its own section, wherever the paper puts it", () => {
        const page = html().document;
        const placements = numbering.entries.map((entry) => ({
          section:
            page
              .getElementById(entry.id)
              ?.closest(".report-section")
              ?.querySelector("h2")
              ?.textContent?.replace(/#$/, "")
              .trim() ?? "",
          caption: `${entry.label}. ${entry.title}`,
        }));
        expect(placements.length).toBeGreaterThanOrEqual(4);
        expect(placements.filter(({ section }) => section === "")).toEqual([]);
        expect(checkCaptionSections(pdf, placements)).toEqual([]);
      });

      it("puts the colophon and the definitions in paragraphs (P)", () => {
        const page = html().document;
        const texts = [
          ...page.querySelectorAll(
            ".colophon dt, .colophon dd, dl.definitions dt, dl.definitions dd",
          ),
        ].map((element) => fold(element.textContent ?? ""));
        expect(texts.length).toBeGreaterThanOrEqual(10);
        expect(checkParagraphs(pdf, [...texts, t.aboutData.definitions])).toEqual([]);
      });

      it("tags every figure's title alike: an H3 first in its Caption", () => {
        const titles = numbering.entries
          .filter((entry) => entry.kind === "figure")
          .map((entry) => `${entry.label}. ${entry.title}`);
        expect(titles.length).toBeGreaterThanOrEqual(3);
        expect(checkFigureTitles(pdf, titles, "H3")).toEqual([]);
      });

      it("02-001, 02-004: only standard structure types, or a RoleMap to them", () => {
        expect(checkStructureTypes(pdf)).toEqual([]);
      });

      it("13-004: every Figure has alternative text, the map and every chart among them", () => {
        const { failures, alts } = checkFigures(pdf);
        expect(failures).toEqual([]);
        const figureCount = numbering.entries.filter((entry) => entry.kind === "figure").length;
        expect(alts.length).toBe(figureCount);
        // The map's text states its totals and points to its table (tests/build/alt-texts.test.ts).
        expect(alts).toContain(
          text.mapSummary + t.map.tableRef(numbering.ref("geografisk-spridning-karta-tabell")),
        );
      });

      it("28-004, 28-011: every link annotation has /Contents, sits in a Link, one per link", () => {
        expect(checkLinks(pdf)).toEqual([]);
      });

      it("09-005: every list item holds Lbl and LBody", () => {
        expect(checkLists(pdf)).toEqual([]);
      });

      /*
       * The same checks on Chromium's own print of the same page, before
       * scripts/lib/pdf-ua.mjs: each fails, so none passes by not looking. (Figures
       * already pass there: print-page.mjs makes the map and charts images with
       * names before printing. On today's main they fail too; see the commit.
       * Structure types pass there too since the map's title is an H3 like the
       * charts', not a Strong: the RoleMap is for what Chromium may yet write.)
       */
      it("each of these checks fails on Chromium's print alone", async () => {
        const raw = await openPdf(editions[edition.lang]?.unprocessed ?? new Uint8Array());
        expect(checkMetadata(raw, { lang: edition.lang, title: t.site.title(year) })).toContain(
          "06-001: no XMP metadata stream in the catalog",
        );
        expect(checkCatalog(raw, edition.lang).join()).toContain("/PageMode is not /UseOutlines");
        expect(checkContentTagged(raw).join()).toMatch(/01-005: page 1: \d+ painting operators/);
        expect(checkSections(raw, []).join()).toContain("is not a Sect");
        expect(checkLinks(raw).join()).toContain("28-004");
        expect(checkLists(raw).join()).toContain("09-005");
        expect(checkFooters(raw, footer).join()).toContain("18-002");
      });
    });
  });
});

describe("without Chromium", () => {
  it("stops before building, saying how to install one", async () => {
    await expect(makePdf({ outDir, executablePath: null })).rejects.toThrow(INSTALL_HINT);
  });
});

describe("buildEpoch", () => {
  it("keeps a SOURCE_DATE_EPOCH that is given", () => {
    expect(buildEpoch({ SOURCE_DATE_EPOCH: "1700000000" }, 1_800_000_000_999)).toBe("1700000000");
  });

  it("otherwise takes the time it is given, in whole seconds", () => {
    expect(buildEpoch({}, 1_800_000_000_999)).toBe("1800000000");
  });
});

describe.skipIf(chrome === null)("when printing fails", () => {
  it(
    "leaves outDir exactly as it was and no scratch build behind",
    async () => {
      const target = mkdtempSync(path.join(tmpdir(), "fc-pdf-fail-"));
      const scratch = path.join(PROJECT_ROOT, ".astro");
      const mine = () =>
        existsSync(scratch)
          ? readdirSync(scratch).filter((name) => name.startsWith(`pdf-build-${process.pid}-`))
          : [];
      try {
        writeFileSync(path.join(target, "index.html"), "förra bygget");
        const before = hashTree(target);
        // A program that is not a browser: the first build succeeds, printing fails.
        await expect(makePdf({ outDir: target, executablePath: "/bin/false" })).rejects.toThrow();
        expect(hashTree(target)).toEqual(before);
        expect(mine()).toEqual([]);
      } finally {
        rmSync(target, { recursive: true, force: true });
      }
    },
    PDF_TIMEOUT,
  );
});

describe("a plain build", () => {
  it("offers no PDF, since it has none", () => {
    const distDir = inject("distDir");
    expect(readPage(distDir).document.querySelector(".pdf-link")).toBeNull();
    expect(existsSync(path.join(distDir, pdfFileName(figures.current.ar)))).toBe(false);
  });
});
