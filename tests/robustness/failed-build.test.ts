/**
 * A failing build leaves the last good dist/ exactly as it was: a few
 * representative faults, each built with the real `astro build` into a
 * directory that already holds a good build.
 */
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "../helpers/build-site.ts";
import {
  editData,
  hashTree,
  mojibake,
  randomBytes,
  scratchDir,
  setField,
  toWindows1252,
} from "./data-copy.ts";

const scratch = scratchDir("failed-build");
const outDir = path.join(scratch.root, "dist");
let before: Record<string, string>;

beforeAll(() => {
  // The good build the test run made once; copying it stands for "the last good dist/".
  cpSync(inject("distDir"), outDir, { recursive: true });
  before = hashTree(outDir);
  expect(Object.keys(before)).toContain("index.html");
});
afterAll(() => scratch.remove());

const cases: readonly {
  readonly name: string;
  readonly apply: (dir: string) => void;
  readonly expected: readonly RegExp[];
}[] = [
  {
    name: "two faults in different rows: a duplicate id and an unknown kommunkod",
    apply: (dir) =>
      editData(dir, "verksamheter.csv", (csv) =>
        setField(setField(csv, 3, "id", "V001"), 40, "kommunkod", "9999"),
      ),
    expected: [
      /verksamheter\.csv rad 3, kolumn id: "V001" finns redan på rad 2; värdet måste vara unikt/,
      /verksamheter\.csv rad 40, kolumn kommunkod: okänd kommunkod "9999"/,
    ],
  },
  {
    name: "a file saved as Windows-1252",
    apply: (dir) => editData(dir, "kommuner.csv", (csv) => toWindows1252(csv)),
    expected: [/kommuner\.csv rad 2: filen är inte UTF-8/],
  },
  {
    name: "mojibake in valid UTF-8",
    apply: (dir) => editData(dir, "verksamheter.csv", (csv) => mojibake(csv)),
    expected: [
      /verksamheter\.csv rad 2, kolumn namn: "Familjecentralen i Upplands VÃ¤sby" ser ut att vara felkodad text/,
      /verksamheter\.csv rad \d+, kolumn namn: …och \d+ fel till i samma kolumn/,
    ],
  },
  {
    name: "10 MB of random bytes",
    apply: (dir) =>
      writeFileSync(path.join(dir, "verksamheter.csv"), randomBytes(10 * 1024 * 1024)),
    expected: [/verksamheter\.csv rad 1: filen är inte UTF-8/],
  },
];

describe("a failing build", () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: stops with every problem, dist/ untouched",
    (_, { apply, expected }) => {
      const dataDir = scratch.copyData();
      apply(dataDir);
      const result = buildSite(outDir, dataDir);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/Datan kan inte användas: [\d\u00a0]+ fel hittades\./);
      for (const pattern of expected) expect(result.output).toMatch(pattern);
      expect(hashTree(outDir)).toEqual(before);
    },
  );
});
