/**
 * The same inputs give the same bytes: a second build from the same commit and
 * data is identical, file for file, to the build the test run made first; and
 * the data saved the way Swedish Excel saves it (semicolons, BOM, CRLF,
 * decimal comma) gives the same report, except the data version, which names
 * the files' bytes. The precompressed copies (.br, .gz) beside the files count too.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Papa from "papaparse";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { buildSite } from "../helpers/build-site.ts";
import { DATA_DIR, hashTree, scratchDir, type DataFile } from "./data-copy.ts";

const distDir = inject("distDir");
const sameDate = { SOURCE_DATE_EPOCH: inject("buildEpoch") };
const scratch = scratchDir("reproducible");
afterAll(() => scratch.remove());

/** The same table as Swedish Excel's "CSV UTF-8" writes it. */
function asSwedishExcel(csv: string, decimalColumns: readonly string[]): string {
  const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: "," });
  const [header = [], ...records] = parsed.data;
  const decimals = decimalColumns.map((name) => header.indexOf(name));
  const field = (value: string) =>
    /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const lines = [header, ...records].map((fields, row) =>
    fields
      .map((value, column) =>
        row > 0 && decimals.includes(column) ? value.replace(".", ",") : value,
      )
      .map(field)
      .join(";"),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const textFile = (file: string) => /\.(html|css|js|json|csv|xml|txt|svg)$/.test(file);

/** A file's text; a precompressed copy (.br, .gz) is read decompressed. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  if (file.endsWith(".br")) return brotliDecompressSync(bytes).toString("utf8");
  if (file.endsWith(".gz")) return gunzipSync(bytes).toString("utf8");
  return bytes.toString("utf8");
}

describe("reproducible builds", () => {
  it("a second build from the same commit, data and SOURCE_DATE_EPOCH is byte-identical, file for file", () => {
    const out = path.join(scratch.root, "again");
    const result = buildSite(out, undefined, sameDate);
    expect(result.status, result.output).toBe(0);
    const first = hashTree(distDir);
    const second = hashTree(out);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    expect(second).toEqual(first);
  });

  it("Excel-style data (semicolon, BOM, CRLF, decimal comma) gives the same site but for the data version", () => {
    const dataDir = scratch.copyData("excel");
    const files: Record<DataFile, readonly string[]> = {
      "regioner.csv": [],
      "kommuner.csv": [],
      "verksamheter.csv": ["lat", "lon"],
      "kartlaggningar.csv": [],
      "publicering.csv": [],
    };
    for (const [name, decimals] of Object.entries(files)) {
      const file = path.join(dataDir, name);
      writeFileSync(file, asSwedishExcel(readFileSync(file, "utf8"), decimals));
    }
    expect(readFileSync(path.join(dataDir, "verksamheter.csv"), "utf8")).toMatch(
      /^\uFEFFid;namn;.*\r\nV001;[^;]+;familjecentral;0114;59,5184;17,9113;/,
    );

    const canonical = loadDataset(DATA_DIR).version;
    const excel = loadDataset(dataDir).version;
    expect(excel).not.toBe(canonical);
    const out = path.join(scratch.root, "excel-dist");
    const result = buildSite(out, dataDir, sameDate);
    expect(result.status, result.output).toBe(0);

    const expected = hashTree(distDir);
    const actual = hashTree(out);
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const file of Object.keys(expected)) {
      if (/^figurer\/.*\.png$/.test(file)) {
        // A figure's PNG shows the data version in its pixels: the same picture,
        // but not the same bytes. Its text chunk names the version of this data.
        expect(readFileSync(path.join(out, file)).toString("latin1"), file).toContain(excel);
        continue;
      }
      // The precompressed copies of a page differ where the page does: compared as text.
      if (!textFile(file.replace(/\.(br|gz)$/, ""))) {
        expect(actual[file], file).toBe(expected[file]);
        continue;
      }
      const built = textOf(path.join(out, file));
      const original = textOf(path.join(distDir, file));
      if (file.startsWith("index.html")) expect(built).toContain(excel);
      expect(built.replaceAll(excel, canonical), file).toBe(original);
    }
  });
});
