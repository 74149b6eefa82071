/**
 * An earlier survey's units kept as data/verksamheter-<år>.csv: read and checked
 * exactly like the current survey's, tied to its row in kartlaggningar.csv by
 * year and count, and every problem reported with file, line, column and reason.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDataDirectory } from "../../src/lib/data/check-directory.ts";
import {
  DataValidationError,
  loadDataset,
  loadDatasetWithWarnings,
  validateDataset,
  type Problem,
} from "../../src/lib/data/index.ts";
import {
  datasetOf,
  NEXT_SURVEY,
  nextSurveyText,
  SHIPPED,
  shippedUnits,
  sourcesOf,
  surveyPairFiles,
  unitsCsv,
} from "../helpers/datasets.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const scratch = scratchDir("earlier");
afterAll(() => scratch.remove());

const KEPT = "verksamheter-2023.csv";
const SURVEYS = "data/kartlaggningar.csv";
const shippedCount = shippedUnits().length;
/** The shipped units less the first, as a new survey's. */
const nextUnits = () => unitsCsv(shippedUnits().slice(1));

function problemsOf(texts: Parameters<typeof sourcesOf>[0]): readonly Problem[] {
  const result = validateDataset(sourcesOf(texts));
  return result.ok ? [] : result.problems;
}

describe("a kept earlier survey's units", () => {
  it("are read into the dataset, by year, with their county from their kommun", () => {
    const dataset = datasetOf({
      verksamheter: nextUnits(),
      kartlaggningar: nextSurveyText(shippedCount),
      earlierUnits: { [KEPT]: SHIPPED.verksamheter },
    });
    expect(dataset.earlierUnits.map((s) => s.ar)).toEqual([2023]);
    const [kept] = dataset.earlierUnits;
    expect(kept?.verksamheter).toHaveLength(shippedCount);
    expect(kept?.verksamheter.every((u) => /^\d{2}$/.test(u.lanskod))).toBe(true);
    // The version names the kept file too.
    const without = datasetOf({
      verksamheter: nextUnits(),
      kartlaggningar: nextSurveyText(shippedCount),
    });
    expect(without.earlierUnits).toEqual([]);
    expect(dataset.version).not.toBe(without.version);
  });

  it("must have as many units as its survey's antal, said on that row of kartlaggningar.csv", () => {
    const problems = problemsOf({
      verksamheter: nextUnits(),
      kartlaggningar: nextSurveyText(shippedCount + 2),
      earlierUnits: { [KEPT]: SHIPPED.verksamheter },
    });
    expect(problems).toEqual([
      {
        file: SURVEYS,
        line: 3,
        column: "antal",
        reason: expect.stringMatching(
          new RegExp(`${shippedCount + 2}.*data/${KEPT} har ${shippedCount} verksamheter`),
        ),
      },
    ]);
  });

  it("must belong to an earlier survey in kartlaggningar.csv, not to none or the current one", () => {
    const noSurvey = problemsOf({
      verksamheter: nextUnits(),
      kartlaggningar: nextSurveyText(shippedCount),
      earlierUnits: { "verksamheter-2019.csv": SHIPPED.verksamheter },
    });
    expect(noSurvey).toEqual([
      {
        file: "data/verksamheter-2019.csv",
        line: 1,
        reason: expect.stringContaining("ingen kartläggning 2019 i data/kartlaggningar.csv"),
      },
    ]);
    const current = problemsOf({
      verksamheter: nextUnits(),
      kartlaggningar: nextSurveyText(shippedCount),
      earlierUnits: { [`verksamheter-${NEXT_SURVEY}.csv`]: SHIPPED.verksamheter },
    });
    expect(current).toEqual([
      {
        file: `data/verksamheter-${NEXT_SURVEY}.csv`,
        line: 1,
        reason: expect.stringContaining(`${NEXT_SURVEY} är den aktuella kartläggningen`),
      },
    ]);
  });

  it("are checked row by row like the current units, each problem in the kept file", () => {
    const rows = shippedUnits();
    const broken = rows.map((row, i) =>
      i === 4 ? { ...row, kommunkod: "9999" } : i === 9 ? { ...row, id: rows[0]?.id ?? "" } : row,
    );
    const problems = problemsOf({
      verksamheter: nextUnits(),
      kartlaggningar: nextSurveyText(shippedCount),
      earlierUnits: { [KEPT]: unitsCsv(broken) },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: `data/${KEPT}`, line: 6, column: "kommunkod", reason: expect.any(String) },
        { file: `data/${KEPT}`, line: 11, column: "id", reason: expect.any(String) },
      ]),
    );
    expect(problems.every((p) => p.file === `data/${KEPT}`)).toBe(true);
  });

  it("warns, without failing, when no id is shared with the current survey", () => {
    const renamed = shippedUnits().map((row) => ({ ...row, id: `G${row.id}` }));
    const result = validateDataset(
      sourcesOf({
        verksamheter: nextUnits(),
        kartlaggningar: nextSurveyText(shippedCount),
        earlierUnits: { [KEPT]: unitsCsv(renamed) },
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { file: `data/${KEPT}`, line: 1, column: "id", reason: expect.stringContaining("samma id") },
    ]);
  });
});

describe("loadDataset with kept unit files", () => {
  it("reads verksamheter-<år>.csv from the folder and checks each unit's place on the map", () => {
    const dir = scratch.copyData("pair");
    for (const [name, text] of Object.entries(surveyPairFiles(shippedUnits().slice(1))))
      writeFileSync(path.join(dir, name), text);
    expect(loadDataset(dir).earlierUnits.map((s) => s.verksamheter.length)).toEqual([shippedCount]);
    // npm run check:data names what is kept.
    expect(checkDataDirectory(dir).text).toContain(
      `Sparade verksamheter från tidigare kartläggningar: 2023 (${shippedCount} verksamheter).`,
    );
    // A point in another region is found in the kept file too.
    const moved = shippedUnits().map((row, i) =>
      i === 0 ? { ...row, lat: "55.6050", lon: "13.0038" } : row,
    );
    writeFileSync(path.join(dir, KEPT), unitsCsv(moved));
    expect(() => loadDatasetWithWarnings(dir)).toThrow(DataValidationError);
    expect(() => loadDatasetWithWarnings(dir)).toThrow(/verksamheter-2023\.csv rad 2, kolumn lat/);
  });

  it("reports a file named like a kept one without a year instead of ignoring it", () => {
    const dir = scratch.copyData("misnamed");
    writeFileSync(path.join(dir, "verksamheter-gammal.csv"), SHIPPED.verksamheter);
    expect(() => loadDataset(dir)).toThrow(
      /verksamheter-gammal\.csv rad 1: filen "verksamheter-gammal\.csv" ser ut att vara/,
    );
  });
});
