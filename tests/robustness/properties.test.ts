/**
 * Property-based tests of the parser and validator: for any text or bytes they
 * return rows or problems, and never throw; a corrupted cell is always
 * reported at its line and column; the problem list stays bounded.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMojibake } from "../../src/lib/data/check-encoding.ts";
import {
  loadCheckGeodata,
  loadGeodata,
  parseCsv,
  validateDataset,
  type DataSources,
  type Problem,
} from "../../src/lib/data/index.ts";
import { limitProblems } from "../../src/lib/data/limit-problems.ts";
import { PROBLEMS_PER_FILE } from "../../src/lib/data/problem.ts";
import { verksamheterSchema } from "../../src/lib/data/schema/verksamheter.ts";
import { fixtureSources, fixtureText } from "../helpers/fixture.ts";
import { sourcesOf } from "../helpers/datasets.ts";
import { DATA_DIR, mojibake, rows, setField, unrows } from "./data-copy.ts";

const FILE = "data/verksamheter.csv";
const text = (name: string) => readFileSync(path.join(DATA_DIR, name), "utf8");
const VALID = {
  regioner: text("regioner.csv"),
  kommuner: text("kommuner.csv"),
  verksamheter: text("verksamheter.csv"),
  kartlaggningar: text("kartlaggningar.csv"),
};
const UNIT_ROWS = rows(VALID.verksamheter).length - 1;
/** With the map's geometry, so every placed point is also checked against its region. */
const REGIONS = { map: loadGeodata(DATA_DIR).regions, detail: loadCheckGeodata(DATA_DIR) };

/** The shipped data with verksamheter.csv replaced. */
const sourcesWith = (verksamheter: string | Uint8Array): DataSources => sourcesOf({ verksamheter });

function expectProblem(problem: Problem, file = FILE): void {
  expect(problem.file).toBe(file);
  expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
  expect(typeof problem.reason).toBe("string");
  expect(problem.reason.length).toBeGreaterThan(0);
}

/** Kinds in one file: row-level reasons plus one per column, far fewer than this. */
const MAX_SUMMARIES_PER_FILE = 30;

/** Text that looks like CSV: the characters that matter to a parser, and some that do not. */
const csvish = fc.string({
  unit: fc.constantFrom(
    ",",
    ";",
    '"',
    "\n",
    "\r",
    "\t",
    " ",
    "a",
    "1",
    ".",
    "ä",
    "\uFEFF",
    "Ã",
    "¤",
  ),
  maxLength: 400,
});

const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), csvish);

/** Whatever parseCsv returns is one of its two shapes, consistent with the input. */
function expectParsed(input: string | Uint8Array): void {
  const result = parseCsv(FILE, input);
  if (result.ok) {
    const { header, records, delimiter } = result.table;
    expect([",", ";"]).toContain(delimiter);
    expect(header.line).toBeGreaterThanOrEqual(1);
    let previous = header.line;
    for (const record of records) {
      expect(record.line).toBeGreaterThan(previous);
      expect(record.fields.every((field) => typeof field === "string")).toBe(true);
      previous = record.line;
    }
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expectProblem(problem);
  }
}

/** Whatever validateDataset returns is a dataset or a bounded list of well-formed problems. */
function expectValidated(content: string | Uint8Array): void {
  const result = validateDataset(sourcesWith(content), REGIONS);
  if (result.ok) {
    expect(result.dataset.verksamheter.length).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.total).toBeGreaterThanOrEqual(result.problems.length - MAX_SUMMARIES_PER_FILE);
  const byFile = Map.groupBy(result.problems, (p) => p.file);
  for (const [file, problems] of byFile) {
    for (const problem of problems) expectProblem(problem, file);
    expect(problems.length).toBeLessThanOrEqual(PROBLEMS_PER_FILE + MAX_SUMMARIES_PER_FILE);
  }
}

describe("parseCsv, for any input", () => {
  it("returns a table or problems for any string, and never throws", () => {
    fc.assert(
      fc.property(anyText, (input) => expectParsed(input)),
      { numRuns: 500 },
    );
  });

  it("returns a table or problems for any bytes, and never throws", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectParsed(bytes)),
      { numRuns: 500 },
    );
  });

  it("keeps every line number right with blank rows, quoted multi-line values and any line ending", () => {
    const row = fc.oneof(
      fc.constant(""),
      fc.constant("x,y"),
      fc.constant('"two\nlines",y'),
      fc.constant(","),
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        (lines, eol) => {
          // A value's own line break is written with the file's line ending, as Excel does.
          const csv = ["a,b", ...lines.map((l) => l.replace("\n", eol))].join(eol);
          const result = parseCsv(FILE, csv);
          if (!result.ok) return;
          // Physical line where each non-blank row starts.
          let line = 2;
          const expected: number[] = [];
          for (const content of lines) {
            if (content !== "" && content !== ",") expected.push(line);
            line += content.split("\n").length;
          }
          expect(result.table.records.map((r) => r.line)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("validateDataset, for any verksamheter.csv", () => {
  it("returns a dataset or problems for any string, and never throws", () => {
    fc.assert(
      fc.property(anyText, (input) => expectValidated(input)),
      { numRuns: 300 },
    );
  });

  it("returns a dataset or problems for any bytes, and never throws", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectValidated(bytes)),
      { numRuns: 300 },
    );
  });

  it("returns a dataset or problems for random structural edits of the valid file", () => {
    const lines = VALID.verksamheter.split("\n");
    const edit = fc.oneof(
      // Cut the file anywhere.
      fc.nat().map((n) => (csv: string) => csv.slice(0, n % (csv.length + 1))),
      // Insert any text anywhere.
      fc.tuple(fc.nat(), anyText).map(([n, s]) => (csv: string) => {
        const at = n % (csv.length + 1);
        return csv.slice(0, at) + s + csv.slice(at);
      }),
      // Delete, duplicate or swap whole lines.
      fc.nat().map((n) => (csv: string) => {
        const all = csv.split("\n");
        all.splice(n % all.length, 1);
        return all.join("\n");
      }),
      fc.nat().map((n) => (csv: string) => {
        const all = csv.split("\n");
        const i = n % all.length;
        all.splice(i, 0, all[i] ?? "");
        return all.join("\n");
      }),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (csv: string) => {
        const all = csv.split("\n");
        const i = a % all.length;
        const j = b % all.length;
        [all[i], all[j]] = [all[j] ?? "", all[i] ?? ""];
        return all.join("\n");
      }),
      // Change the delimiter of one line, or of the whole file.
      fc.nat().map((n) => (csv: string) => {
        const all = csv.split("\n");
        const i = n % all.length;
        all[i] = (all[i] ?? "").replaceAll(",", ";");
        return all.join("\n");
      }),
      fc.constant((csv: string) => csv.replaceAll(",", ";")),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), (edits) => {
        const csv = edits.reduce((current, apply) => apply(current), lines.join("\n"));
        expectValidated(csv);
      }),
      { numRuns: 200 },
    );
  });

  it("reports a corrupted cell at its line and column, whatever the other cells hold", () => {
    const columns = [
      "verksamhetsform",
      "kommunkod",
      "lat",
      "lon",
      "omradestyp",
      "malgrupp",
      "mvc",
      "samverkan_tandvard",
    ] as const satisfies readonly (keyof typeof verksamheterSchema)[];
    // A value no column above accepts: never a number, a code, ja/nej or a form, never empty.
    const bad = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
      .filter((s) => /[^\d.,\s-]/.test(s) && !/[",;\r\n]/.test(s) && s.trim() === s)
      .filter(
        (s) =>
          ![
            "ja",
            "nej",
            "familjecentral",
            "familjecentralsliknande",
            "0-6",
            "0-12",
            "0-18",
          ].includes(s),
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: UNIT_ROWS }),
        fc.constantFrom(...columns),
        bad,
        (row, column, value) => {
          const line = row + 1;
          const result = validateDataset(
            sourcesWith(setField(VALID.verksamheter, line, column, value)),
            REGIONS,
          );
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.problems).toContainEqual(
            expect.objectContaining({ file: FILE, line, column }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("stays bounded on large inputs", () => {
    fc.assert(
      fc.property(
        fc.oneof(csvish, fc.string({ unit: "binary", maxLength: 50 })),
        fc.integer({ min: 1_000, max: 20_000 }),
        (chunk, times) => {
          const big = `${unrows(rows(VALID.verksamheter).slice(0, 1))}${chunk.repeat(times)}`;
          expectValidated(big);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("likely duplicate units", () => {
  const EARTH_RADIUS_M = 6_371_000;
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const degrees = (radians: number) => (radians * 180) / Math.PI;
  /** Great-circle distance, computed independently of the loader's own approximation. */
  const haversine = (lat1: number, lon1: number, lat2: number, lon2: number) => {
    const a =
      Math.sin(radians(lat2 - lat1) / 2) ** 2 +
      Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lon2 - lon1) / 2) ** 2;
    return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
  };
  const units = fixtureText("verksamheter").trimEnd().split("\n");
  const [header = "", t1 = ""] = units;
  const withPlace = (row: string, id: string, lat: string, lon: string) =>
    row
      .split(",")
      .map((value, i) => (i === 0 ? id : i === 4 ? lat : i === 5 ? lon : value))
      .join(",");

  it("warns about the same name and kommun exactly when the two places are within about 10 m, wherever in Sweden", () => {
    fc.assert(
      fc.property(
        // Integers scaled, since fc.double favours tiny values: spread evenly instead.
        fc.integer({ min: 55_500_000, max: 68_900_000 }).map((n) => n / 1e6),
        fc.integer({ min: 11_500_000, max: 23_500_000 }).map((n) => n / 1e6),
        fc.integer({ min: 0, max: 359_999 }).map((n) => radians(n / 1000)),
        fc.integer({ min: 0, max: 20_000 }).map((n) => n / 1000),
        (lat, lon, bearing, metres) => {
          // The second point `metres` from the first in direction `bearing`, on a sphere.
          const d = metres / EARTH_RADIUS_M;
          const lat2 = Math.asin(
            Math.sin(radians(lat)) * Math.cos(d) +
              Math.cos(radians(lat)) * Math.sin(d) * Math.cos(bearing),
          );
          const lon2 =
            radians(lon) +
            Math.atan2(
              Math.sin(bearing) * Math.sin(d) * Math.cos(radians(lat)),
              Math.cos(d) - Math.sin(radians(lat)) * Math.sin(lat2),
            );
          const [a, b, c, e] = [lat, lon, degrees(lat2), degrees(lon2)].map((v) => v.toFixed(7));
          const apart = haversine(Number(a), Number(b), Number(c), Number(e));
          const csv = [
            header,
            withPlace(t1, "T1", a ?? "", b ?? ""),
            ...units.slice(2),
            withPlace(t1, "T9", c ?? "", e ?? ""),
          ].join("\n");
          const result = validateDataset(fixtureSources({ verksamheter: csv }));
          expect(result.ok).toBe(true);
          if (apart <= 9.9) expect(result.warnings).toHaveLength(1);
          if (apart >= 10.1) expect(result.warnings).toEqual([]);
        },
      ),
      { seed: 20_261_123, numRuns: 500 },
    );
  });
});

describe("limitProblems", () => {
  const problem = fc.record({
    file: fc.constantFrom("a.csv", "b.csv"),
    line: fc.integer({ min: 1, max: 500 }),
    column: fc.option(fc.constantFrom("lat", "lon", "okänd", "x\ny"), { nil: undefined }),
    reason: fc.constantFrom("värde saknas", "raden har 3 fält", "raden har 7 fält", "filen är tom"),
  });
  const known = new Map([
    ["a.csv", new Set(["lat", "lon"])],
    ["b.csv", new Set(["lat"])],
  ]);

  it("lists every problem when no kind is over the limits, and accounts for every problem otherwise", () => {
    fc.assert(
      fc.property(
        fc.array(problem, { maxLength: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 120 }),
        (input, perKind, perFile) => {
          const problems = input.map(({ column, ...rest }) =>
            column === undefined ? rest : { ...rest, column },
          );
          const limited = limitProblems(problems, known, { perKind, perFile });
          expect(limited.total).toBe(problems.length);
          const summaries = limited.problems.filter((p) => p.reason.startsWith("…och "));
          const listed = limited.problems.filter((p) => !p.reason.startsWith("…och "));
          for (const p of listed) expect(problems).toContain(p);
          const counted = summaries.reduce(
            (sum, p) => sum + Number(/…och (\d+)/.exec(p.reason)?.[1] ?? Number.NaN),
            0,
          );
          expect(listed.length + counted).toBe(problems.length);
          for (const file of ["a.csv", "b.csv"])
            expect(listed.filter((p) => p.file === file).length).toBeLessThanOrEqual(perFile);
          if (summaries.length === 0) expect(limited.problems).toBe(problems);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("mojibake", () => {
  const swedish = fc.string({
    unit: fc.constantFrom(..."abcåäöÅÄÖéüÉÜ -–—»«“”’0123456789.,:;()/&"),
    maxLength: 40,
  });

  it("is found in any Swedish text with a non-ASCII letter once decoded as Windows-1252, and repaired", () => {
    fc.assert(
      fc.property(swedish, (original) => {
        const garbled = mojibake(original);
        const found = findMojibake(garbled);
        if (/^[\x20-\x7e]*$/.test(original)) {
          expect(found).toBeNull();
          return;
        }
        expect(found).not.toBeNull();
        expect(original).toContain(found?.right);
      }),
      { numRuns: 500 },
    );
  });

  it("is never reported in correct Swedish text", () => {
    fc.assert(
      fc.property(swedish, (original) => {
        expect(findMojibake(original)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
