/**
 * `npm run pdf` succeeds for valid data unlike the example: the smallest dataset
 * (one unit, nothing known, real data) prints, and its sentences agree with one.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makePdf } from "../../scripts/pdf.mjs";
import { loadDataset } from "../../src/lib/data/index.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { chromeOrSkip } from "../helpers/browser.ts";
import { oneUnitFiles } from "../helpers/datasets.ts";
import { expectWellFormed } from "../helpers/well-formed.ts";
import { scratchDir } from "../robustness/data-copy.ts";
import { fold, pdfPages, popplerOrSkip } from "./poppler.ts";

const chrome = chromeOrSkip();
const poppler = popplerOrSkip();
const scratch = scratchDir("edge-pdf");
afterAll(() => scratch.remove());

describe.skipIf(chrome === null || !poppler)("npm run pdf with one unit", () => {
  const dataDir = scratch.copyData("one-unit");
  for (const [file, text] of Object.entries(oneUnitFiles()))
    writeFileSync(path.join(dataDir, file), text);
  const outDir = path.join(scratch.root, "dist");
  let pages: string[] = [];

  beforeAll(async () => {
    vi.stubEnv("DATA_DIR", dataDir);
    try {
      const { file } = await makePdf({ outDir, executablePath: chrome });
      pages = pdfPages(file);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("prints the report, with the sentences the one unit supports", () => {
    expect(pages.length).toBeGreaterThan(1);
    const text = fold(pages.join(" "));
    // Its 2025 survey has no proposals of its own (src/content/forslag/2025/).
    const expected = reportText(reportFigures(loadDataset(dataDir)), sv, { proposals: false });
    for (const finding of expected.findings) {
      expectWellFormed(finding);
      expect(text).toContain(fold(finding));
    }
    expect(text).not.toMatch(/\b1 (verksamheter|familjecentraler|kommuner|regioner)\b/);
  });
});
