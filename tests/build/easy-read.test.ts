/**
 * The page in easy-to-read Swedish (/lattlast/) stays easy to read whatever the
 * data: LIX at most 30 and no sentence over 15 words, measured on the main text
 * as Chromium gives it (innerText), for the shipped data and for datasets a
 * steward might bring. Its numbers come from the same figures as the report,
 * and every page links to it.
 *
 * The limits: LIX 30 is the upper end of "very easy" text (children's books
 * about 25, newspapers about 40); Centrum för lättläst advises short sentences
 * that fit on one line, and 15 words is a common ceiling for that.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { formatInteger } from "../../src/lib/format.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { paths } from "../../src/lib/site-paths.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { launchChrome, chromeOrSkip } from "../helpers/browser.ts";
import { buildSite, PROJECT_ROOT } from "../helpers/build-site.ts";
import { oneUnitFiles, shippedUnits, unitsCsv, visbyUnit } from "../helpers/datasets.ts";
import { readability, sentencesOf, wordsOf } from "../helpers/lix.ts";
import { readPage } from "../helpers/page.ts";
import { scratchDir } from "../robustness/data-copy.ts";
import { serveStatic } from "../../scripts/lib/static-server.mjs";
import { builtPages } from "../e2e/site.ts";

const MAX_LIX = 30;
const MAX_WORDS = 15;

const scratch = scratchDir("easy-read");
afterAll(() => scratch.remove());
const chrome = chromeOrSkip();

describe("the LIX helper", () => {
  it("counts words, sentences and long words as LIX does", () => {
    // 8 words, 2 sentences, 2 long words (familjecentral, familjer): 4 + 25 = 29.
    const r = readability("En familjecentral är för barn.\nDen stöder familjer");
    expect([r.words, r.sentences, r.longWords]).toEqual([8, 2, 2]);
    expect(r.lix).toBe(29);
  });

  it("keeps a number with a no-break space between digit groups as one word", () => {
    expect(wordsOf("Det finns 20\u00a0000 ställen.")).toEqual(["Det", "finns", "20000", "ställen"]);
    expect(sentencesOf("Obs! Siffrorna är exempel. Här: länk")).toEqual([
      "Obs!",
      "Siffrorna är exempel.",
      "Här:",
      "länk",
    ]);
  });
});

/** Datasets unlike the shipped one, as data files replaced in a copy of data/. */
function generated(): Record<string, Record<string, string>> {
  const shipped = shippedUnits();
  // Every unit in Visby (Region Gotland, one kommun): one region only, 40 units.
  const gotland = Array.from({ length: 40 }, (_, i) =>
    visbyUnit({
      id: `V${i + 1}`,
      namn: `Familjeträffen ${i + 1}`,
      lat: (57.62 + i * 0.0005).toFixed(4),
      ...(i % 2 === 0 ? { verksamhetsform: "familjecentral", mvc: "ja", socialtjanst: "ja" } : {}),
    }),
  );
  // No unit in an area with socio-economic challenges (types 1 and 2).
  const noChallenges = shipped.map((unit) =>
    unit.omradestyp === "1" || unit.omradestyp === "2" ? { ...unit, omradestyp: "3" } : unit,
  );
  // 20 000 units: the shipped ones again and again, each with its own id and name.
  const many = Array.from({ length: 20_000 }, (_, i) => {
    const unit = shipped[i % shipped.length];
    if (unit === undefined) throw new Error("no shipped units");
    return { ...unit, id: `M${i + 1}`, namn: `${unit.namn} ${i + 1}` };
  });
  return {
    "one-region": { "verksamheter.csv": unitsCsv(gotland) },
    "no-challenge-areas": { "verksamheter.csv": unitsCsv(noChallenges) },
    "20000-units": { "verksamheter.csv": unitsCsv(many) },
    "one-unit": oneUnitFiles(),
  };
}

const builds: { name: string; dist: string; data: string }[] = [
  { name: "shipped", dist: inject("distDir"), data: path.join(PROJECT_ROOT, "data") },
];

beforeAll(() => {
  for (const [name, files] of Object.entries(generated())) {
    const data = scratch.copyData(name);
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(data, file), text);
    const dist = path.join(scratch.root, `${name}-dist`);
    const result = buildSite(dist, data);
    expect(result.status, result.output).toBe(0);
    builds.push({ name, dist, data });
  }
});

describe.skipIf(chrome === null)("the easy-to-read page, as Chromium reads it", () => {
  it("reads easily, with numbers from the figures, for the shipped and generated data", async () => {
    const browser = await launchChrome(chrome ?? "");
    try {
      for (const build of builds) {
        const server = await serveStatic(build.dist);
        try {
          const page = await browser.newPage();
          await page.goto(`${server.url}lattlast/`);
          const text = await page.evaluate(
            () => (document.querySelector("main") as HTMLElement).innerText,
          );
          await page.close();
          const r = readability(text);
          expect(r.lix, `${build.name}: LIX of\n${text}`).toBeLessThanOrEqual(MAX_LIX);
          expect(
            r.longest[0]?.words ?? 0,
            `${build.name}: ${r.longest[0]?.sentence}`,
          ).toBeLessThanOrEqual(MAX_WORDS);

          const figures = reportFigures(loadDataset(build.data));
          expect(text, build.name).toContain(formatInteger(figures.units.total));
          expect(text, build.name).toContain(formatInteger(figures.kommuner.withUnits));
          for (const region of figures.regioner.without)
            expect(text, build.name).toContain(region.region);
          console.log(
            `${build.name}: LIX ${r.lix.toFixed(1)}, ${r.words} words, ${r.sentences} sentences, longest ${r.longest[0]?.words}`,
          );
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
  });
});

describe("links to the easy-to-read page", () => {
  const distDir = inject("distDir");
  it.each(
    builtPages(distDir)
      .filter((p) => p.file.endsWith(".html"))
      .map((p) => [p.file] as const),
  )("%s links to it in its header and footer", (file) => {
    const { document } = readPage(distDir, file);
    // A figure alone for another site's iframe (inbaddning/, en/embed/) has no header
    // or footer, only a link back to its place in the report.
    if (document.querySelector("nav") === null) {
      expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe(
        "noindex",
      );
      return;
    }
    for (const part of ["header", "footer"]) {
      const links = [...document.querySelectorAll(`${part} a`)].filter(
        (a) => a.getAttribute("href") === paths.easyRead(),
      );
      expect(links, `${file} ${part}`).toHaveLength(1);
      if (document.documentElement.getAttribute("lang") === "sv")
        expect(links[0]?.textContent?.trim()).toBe(sv.nav.easyRead);
    }
  });

  it("is in the sitemap", () => {
    const { document } = parseHTML(readFileSync(path.join(distDir, "sitemap.xml"), "utf8"));
    const locs = [...document.querySelectorAll("loc")].map(
      (loc) => new URL(loc.textContent ?? "").pathname,
    );
    expect(locs).toContain(paths.easyRead());
  });
});
