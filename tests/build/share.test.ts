/**
 * What leaves the site with a reader (issue 22, issue 21 item 8): download
 * names that say which figure a file is and never collide, and the figures'
 * Excel files holding the percentages the page shows, as Excel reads them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { CSV_NOTE_LINES } from "../../src/lib/figures/figure-files.ts";
import { regionSlugs } from "../../src/lib/region-slug.ts";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { parseHTML } from "linkedom";
import { regionFigures } from "../helpers/region-report.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";
import { builtPages } from "../e2e/site.ts";

const distDir = () => inject("distDir");
const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
const slugs = regionSlugs(dataset.regioner.map((r) => r.region));

/** The file a site-relative href leads to (the test build has base "/"). */
const fileOf = (href: string) =>
  path.join(distDir(), decodeURIComponent(new URL(href, "https://site.test/").pathname));

describe("download names", () => {
  it("no two different files are saved under the same name, anywhere on the site", () => {
    const filesByName = new Map<string, Set<string>>();
    let links = 0;
    for (const page of builtPages(distDir())) {
      const { document } = readPage(distDir(), page.file);
      for (const link of document.querySelectorAll("a[download]")) {
        const href = link.getAttribute("href") ?? "";
        const file = path.relative(distDir(), fileOf(href));
        // What a browser saves it as: the download attribute, else the URL's last segment.
        const name = link.getAttribute("download") || path.basename(file);
        const files = filesByName.get(name) ?? new Set<string>();
        files.add(file);
        filesByName.set(name, files);
        links++;
      }
    }
    expect(links).toBeGreaterThan(4 * (5 + 3 + dataset.regioner.length));
    const shared = [...filesByName].filter(([, files]) => files.size > 1);
    expect(shared.map(([name, files]) => `${name}: ${[...files].join(", ")}`)).toEqual([]);
  });

  it("a region's map is saved under its region's name, an English figure under English words", () => {
    for (const slug of slugs.values()) {
      const { document } = readPage(distDir(), `region/${slug}/index.html`);
      const names = [...document.querySelectorAll(".figure-downloads a[download]")].map(
        (a) => a.getAttribute("download") ?? "",
      );
      expect(names.length).toBe(4);
      for (const name of names) expect(name.startsWith(`${slug}-`), name).toBe(true);
    }
    const english = readPage(distDir(), `${REPORT_PATHS.en}index.html`).document;
    const swedish = readPage(distDir()).document;
    const saved = (document: typeof english) =>
      [...document.querySelectorAll(".figure-downloads a[download]")].map(
        (a) => a.getAttribute("download") || path.basename(a.getAttribute("href") ?? ""),
      );
    const swedishNames = new Set(saved(swedish));
    for (const name of saved(english)) expect(swedishNames.has(name), name).toBe(false);
  });
});

// ---- Excel ----------------------------------------------------------------------

/** A field as Swedish Excel takes it from a CSV: a percentage, a number (decimal comma) or text. */
function excelValue(field: string): number | string {
  const trimmed = field.trim();
  const percent = /^(-?\d+(?:,\d+)?)%$/.exec(trimmed);
  if (percent) return Number(percent[1]?.replace(",", ".")) / 100;
  if (/^-?\d+(?:,\d+)?$/.test(trimmed)) return Number(trimmed.replace(",", "."));
  return words(trimmed);
}

/** A table cell as a reader of the page takes it: "35,9 %" (or "35.9%") is 0.359, "1 234" is 1234. */
function shownValue(text: string, lang: string): number | string {
  const compact = words(text)
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace("\u2212", "-");
  const plain = lang === "sv" ? compact.replace(",", ".") : compact.replaceAll(",", "");
  const percent = /^(-?\d+(?:\.\d+)?)%$/.exec(plain);
  if (percent) return Number(percent[1]) / 100;
  if (/^-?\d+(?:\.\d+)?$/.test(plain)) return Number(plain);
  return words(text);
}

const words = (text: string | null | undefined) =>
  (text ?? "")
    .replaceAll("\u00ad", "")
    .replace(/[ \t\n\r\f]+/g, " ")
    .trim();

describe("a figure's data for Excel", () => {
  const pages = [
    "index.html",
    `${REPORT_PATHS.en}index.html`,
    ...[...slugs.values()].map((slug) => `region/${slug}/index.html`),
  ];

  it("holds the numbers the page's table shows, percentages as percentages rounded the same way", () => {
    let percentages = 0;
    for (const page of pages) {
      const { document } = readPage(distDir(), page);
      const lang = document.documentElement.getAttribute("lang") ?? "sv";
      for (const figure of document.querySelectorAll("figure")) {
        const excel = [...figure.querySelectorAll(".figure-downloads a")].find(
          (a) => a.getAttribute("href")?.endsWith("-excel.csv") === true,
        );
        if (excel === undefined) continue;
        const table = figure.querySelector("table") ?? document.getElementById("kommuner-tabell");
        expect(table, `${page}#${figure.id}`).not.toBeNull();
        const shown = [...(table?.querySelectorAll("tr") ?? [])].map((row) =>
          [...row.querySelectorAll("th, td")].map((cell) => shownValue(cell.textContent, lang)),
        );
        const bytes = readFileSync(fileOf(excel.getAttribute("href") ?? ""));
        // Excel's cue for UTF-8: the byte order mark.
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const parsed = Papa.parse<string[]>(bytes.toString("utf8").slice(1), {
          delimiter: ";",
          skipEmptyLines: true,
        });
        expect(parsed.errors).toEqual([]);
        const data = parsed.data.slice(CSV_NOTE_LINES).map((row) => row.map(excelValue));
        expect(data.length, `${page}#${figure.id}`).toBe(shown.length);
        data.forEach((row, r) =>
          row.forEach((value, c) => {
            const cell = shown[r]?.[c];
            const where = `${page}#${figure.id} ${r}:${c}`;
            if (typeof cell === "number") {
              expect(typeof value, where).toBe("number");
              expect(value as number, where).toBeCloseTo(cell, 12);
              if (/%\s*$/.test(words(String(parsed.data[CSV_NOTE_LINES + r]?.[c])))) percentages++;
            } else expect(value, where).toBe(cell);
          }),
        );
      }
    }
    expect(percentages).toBeGreaterThan(0);
  });
});

// ---- Share images ---------------------------------------------------------------

/** A PNG's size from its IHDR chunk, as an image decoder reads it. */
function pngSize(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const metaOf = (document: ReturnType<typeof readPage>["document"], property: string) =>
  document.querySelector(`meta[property="${property}"]`)?.getAttribute("content") ?? null;

/** What a figure's caption says after its label ("Figur 2. "). */
const captionTitle = (element: Element | null | undefined) =>
  words(element?.textContent).replace(/^\S+ \d+\. /, "");
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

describe("share images", () => {
  it("every page that has one points to a 1200 × 630 PNG in the site, sized as its tags say", () => {
    const withImage: string[] = [];
    for (const page of builtPages(distDir())) {
      const { document } = readPage(distDir(), page.file);
      const image = metaOf(document, "og:image");
      if (image === null) continue;
      withImage.push(page.urlPath);
      // Absolute, on the site's own address (the one og:url names).
      const url = new URL(image);
      expect(url.origin).toBe(new URL(metaOf(document, "og:url") ?? "").origin);
      const size = pngSize(readFileSync(fileOf(url.pathname)));
      expect(size).toEqual({ width: 1200, height: 630 });
      expect(metaOf(document, "og:image:width")).toBe(String(size.width));
      expect(metaOf(document, "og:image:height")).toBe(String(size.height));
      expect(metaOf(document, "og:image:type")).toBe("image/png");
      expect(metaOf(document, "og:image:alt")?.length ?? 0).toBeGreaterThan(20);
    }
    expect(withImage.sort()).toEqual(
      [
        REPORT_PATHS.sv,
        REPORT_PATHS.en,
        "data/",
        ...[...slugs.values()].map((slug) => `region/${slug}/`),
      ].sort(),
    );
  });

  it("the report's image says the page's title, its first key figure and its map", () => {
    for (const page of ["index.html", `${REPORT_PATHS.en}index.html`]) {
      const { document } = readPage(distDir(), page);
      const alt = metaOf(document, "og:image:alt") ?? "";
      const key = document.querySelector(".key-figure");
      const count = words(key?.querySelector(".figure")?.textContent);
      expect(count).toMatch(/^\d/);
      expect(alt.startsWith(`${document.title}. ${count}. `), alt).toBe(true);
      expect(alt).toContain(words(key?.querySelector(".detail")?.textContent));
      const map = captionTitle(document.querySelector("figure.map h3"));
      expect(alt).toContain(lowerFirst(map));
    }
  });

  it("a region's image says its count of units and its map", () => {
    for (const region of dataset.regioner) {
      const slug = slugs.get(region.region) ?? "";
      const { document } = readPage(distDir(), `region/${slug}/index.html`);
      const alt = metaOf(document, "og:image:alt") ?? "";
      const { units } = regionFigures(dataset, region);
      expect(alt.startsWith(`${document.title}. `), alt).toBe(true);
      expect(alt).toContain(
        ` ${sv.format.integer(units.total)} ${sv.keyFigures.units.label(units.total)}. `,
      );
      expect(alt).toContain(
        lowerFirst(captionTitle(document.querySelector("figure.map .map-title"))),
      );
    }
  });
});

// ---- Embedding ------------------------------------------------------------------

/** The most an embed page may weigh: the national map's drawing is most of it. */
const EMBED_PAGE_BUDGET = 40 * 1024;

/** A site-relative href's page as a built file ("/region/skane/#x" → "region/skane/index.html"). */
const pageFileOf = (href: string) => {
  const pathname = new URL(href, "https://site.test/").pathname.replace(/^\//, "");
  return pathname === "" || pathname.endsWith("/") ? `${pathname}index.html` : pathname;
};

/**
 * A textarea's text as a browser gives it: its character references decoded
 * (linkedom keeps a textarea's content as written).
 */
function textareaText(textarea: Element | null): string {
  const { document } = parseHTML("<!doctype html><html><body><p></p></body></html>");
  const holder = document.querySelector("p");
  if (holder === null || textarea === null) return "";
  holder.innerHTML = textarea.innerHTML;
  return holder.textContent ?? "";
}

describe("embedding a figure", () => {
  const reportPages = [
    { page: "index.html", t: sv },
    { page: `${REPORT_PATHS.en}index.html`, t: en },
    ...[...slugs.values()].map((slug) => ({ page: `region/${slug}/index.html`, t: sv })),
  ];

  it("every figure links to its page, with the iframe code to copy and the figure's citation", () => {
    let count = 0;
    for (const { page, t } of reportPages) {
      const { document } = readPage(distDir(), page);
      const colophonCitation = [...document.querySelectorAll(".colophon dt")].find(
        (dt) => words(dt.textContent) === t.publication.citeLabel,
      )?.nextElementSibling?.textContent;
      for (const figure of document.querySelectorAll("figure:has(.figure-downloads)")) {
        count++;
        const where = `${page}#${figure.id}`;
        const heading = words(
          (figure.querySelector("figcaption h3") ?? figure.querySelector(".map-title"))
            ?.textContent,
        );
        const link = [...figure.querySelectorAll(".figure-downloads a:not([download])")].find(
          (a) => words(a.textContent) === t.share.embed.link,
        );
        expect(link, where).toBeDefined();
        const share = readPage(distDir(), pageFileOf(link?.getAttribute("href") ?? ""));
        const robots = share.document.querySelector('meta[name="robots"]');
        expect(robots?.getAttribute("content"), where).toBe("noindex");
        expect(share.document.documentElement.getAttribute("lang")).toBe(t.site.lang);
        // The code, as a reader copies it from the textarea, is one iframe.
        const code = textareaText(share.document.querySelector("textarea[readonly]"));
        const frame = parseHTML(
          `<!doctype html><html><body>${code}</body></html>`,
        ).document.querySelector("iframe");
        expect(frame, where).not.toBeNull();
        expect(frame?.getAttribute("title")).toBe(heading);
        const src = new URL(frame?.getAttribute("src") ?? "");
        expect(src.origin).toBe(
          new URL(
            share.document.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? "",
          ).origin,
        );
        const embedded = readPage(distDir(), pageFileOf(src.pathname));
        expect(words(embedded.document.querySelector("h1")?.textContent), where).toBe(heading);
        // The citation: the figure, then the report's own citation, as its colophon gives it.
        const citation = [...share.document.querySelectorAll("main p")]
          .map((p) => words(p.textContent))
          .find((text) => text.startsWith(`${heading}.`));
        expect(citation, where).toBeDefined();
        expect(citation?.endsWith(words(colophonCitation)), where).toBe(true);
      }
    }
    expect(count).toBe(5 + 3 + dataset.regioner.length);
  });

  it("an embed page is the figure alone: no navigation, no script, noindex, a link back, within budget", () => {
    const embedPages = builtPages(distDir()).filter((page) =>
      /^(en\/embed|inbaddning)\//.test(page.file),
    );
    expect(embedPages.length).toBe(5 + 3 + dataset.regioner.length);
    for (const page of embedPages) {
      const { document, html } = readPage(distDir(), page.file);
      expect(Buffer.byteLength(html), page.file).toBeLessThanOrEqual(EMBED_PAGE_BUDGET);
      expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe(
        "noindex",
      );
      expect(document.querySelectorAll("nav, script, header, footer").length, page.file).toBe(0);
      const figure = document.querySelector("main figure");
      expect(figure?.querySelector("svg[role='img'], svg[aria-label]"), page.file).not.toBeNull();
      expect(words(figure?.querySelector("figcaption p")?.textContent).length).toBeGreaterThan(10);
      expect(figure?.querySelector(".source-line"), page.file).not.toBeNull();
      // The link back leaves the frame for the figure in the report.
      const back = figure?.querySelector("a[target='_top']")?.getAttribute("href") ?? "";
      const id = new URL(back, "https://site.test/").hash.slice(1);
      const report = readPage(distDir(), pageFileOf(back));
      expect(report.document.getElementById(id)?.tagName, page.file).toBe("FIGURE");
    }
  });

  it("neither the embed pages nor the figures' pages are in the sitemap", () => {
    const sitemap = readFileSync(path.join(distDir(), "sitemap.xml"), "utf8");
    const { document } = parseHTML(sitemap);
    const urls = [...document.querySelectorAll("loc")].map(
      (loc) => new URL(words(loc.textContent)).pathname,
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect(url, url).not.toMatch(/^\/(inbaddning|dela|en\/embed|en\/share)\//);
  });
});
