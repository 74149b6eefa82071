/**
 * The printed layout holds for data unlike the example: three units in one
 * kommun (twenty empty regions to name) and 20 000 units (the map drawn per
 * kommun). In both PDFs no figure, legend or table splits across pages, and no
 * page is half empty unless it ends a part.
 */
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makePdf } from "../../scripts/pdf.mjs";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { chromeOrSkip, launchChrome } from "../helpers/browser.ts";
import { shippedUnits, unitsCsv, visbyUnit, type UnitRow } from "../helpers/datasets.ts";
import { scratchDir } from "../robustness/data-copy.ts";
import { blankPages, printedBlocks, splitBlocks, type PrintedBlocks } from "./page-layout.ts";
import { pdfPages, popplerOrSkip } from "./poppler.ts";

const chrome = chromeOrSkip();
const poppler = popplerOrSkip();
const scratch = scratchDir("edge-layout");
afterAll(() => scratch.remove());

/** Three units in Visby: one kommun, one region, twenty regions without any. */
const threeInOneKommun = (): UnitRow[] =>
  [1, 2, 3].map((n) =>
    visbyUnit({ id: `G${n}`, namn: `Familjecentralen Visby ${n}`, lat: `57.6${n}` }),
  );

/** The shipped units, each 82 times over on its own spot: 20 172 units. */
const twentyThousand = (): UnitRow[] =>
  Array.from({ length: 82 }, (_, copy) =>
    shippedUnits().map((unit) => ({
      ...unit,
      id: `${unit.id}-${copy}`,
      namn: `${unit.namn} ${copy + 1}`,
    })),
  ).flat();

/** Two builds and two prints of 20 000 units on a busy 2-core machine: a ceiling, not a target. */
const PRINT_TIMEOUT = 30 * 60_000;

const DATASETS = [
  { name: "three units in one kommun", units: threeInOneKommun },
  { name: "20 000 units", units: twentyThousand },
] as const;

describe.skipIf(chrome === null || !poppler).each(DATASETS)("printing $name", ({ name, units }) => {
  const dataDir = scratch.copyData(name.replace(/\W+/g, "-"));
  writeFileSync(path.join(dataDir, "verksamheter.csv"), unitsCsv(units()));
  const outDir = path.join(scratch.root, `dist-${name.replace(/\W+/g, "-")}`);
  const printed: Record<string, { file: string; pages: string[]; layout: PrintedBlocks }> = {};
  let browser: Browser;

  beforeAll(async () => {
    vi.stubEnv("DATA_DIR", dataDir);
    try {
      const { editions } = await makePdf({ outDir, executablePath: chrome });
      browser = await launchChrome(chrome ?? "");
      for (const [lang, edition] of Object.entries(editions)) {
        const pagePath = lang === "en" ? REPORT_PATHS.en : REPORT_PATHS.sv;
        // LAYOUT_OUT=dir keeps the PDFs, to look at their pages.
        const keep = process.env["LAYOUT_OUT"];
        if (keep) cpSync(edition.file, path.join(keep, `${name}-${lang}.pdf`.replace(/ /g, "-")));
        printed[lang] = {
          file: edition.file,
          pages: pdfPages(edition.file),
          layout: await printedBlocks(browser, outDir, pagePath),
        };
      }
    } finally {
      vi.unstubAllEnvs();
    }
  }, PRINT_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(["sv", "en"])("%s: every figure, legend and table is on one page", (lang) => {
    const edition = printed[lang];
    expect(edition).toBeDefined();
    if (edition === undefined) return;
    expect(edition.layout.blocks.length).toBeGreaterThanOrEqual(5);
    expect(splitBlocks(edition.pages, edition.layout.blocks)).toEqual([]);
  });

  // The shipped data meet the rule, no page more than a third empty
  // (pdf.test.ts). Made-up data can make that impossible whatever is moved:
  // with three units the English Figure 2 takes 87 % of a page and a numbered
  // table must follow it, so the text before it leaves its page 34 % empty
  // however it is spread over the pages around the map (measured 3 December
  // 2026). What these prints must show is what a reader would call a defect:
  // no blank half-page.
  it.each(["sv", "en"])("%s: no page is half empty, but a part's last", (lang) => {
    const edition = printed[lang];
    expect(edition).toBeDefined();
    if (edition === undefined) return;
    expect(blankPages(edition.file, edition.pages, edition.layout.partStarts, 1 / 2)).toEqual([]);
  });
});
