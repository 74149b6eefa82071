import { describe, expect, it } from "vitest";
import {
  DEFAULT_MIN_GROUP,
  SAFE_POLICY,
  SURVEY_ANSWERS,
  UNIT_COLUMNS,
  validateDataset,
} from "../../src/lib/data/index.ts";
import { SHIPPED, sourcesOf } from "../helpers/datasets.ts";

const HEADER = "kolumn,publiceras,minsta_grupp";
const row = (column: string, how: string, min = "") => `${column},${how},${min}`;
/** A policy with every column per unit but for `overrides`. */
function policy(overrides: Record<string, string> = {}, drop: readonly string[] = []): string {
  const rows = UNIT_COLUMNS.filter((c) => !drop.includes(c)).map(
    (c) => overrides[c] ?? row(c, "per_verksamhet"),
  );
  return `${[HEADER, ...rows].join("\n")}\n`;
}

const problemsOf = (text: string | null) => {
  const result = validateDataset(sourcesOf({ publicering: text }));
  return result.ok ? [] : result.problems;
};

describe("data/publicering.csv", () => {
  it("without the file, every answer is published only in aggregates of the default size", () => {
    const result = validateDataset(sourcesOf({ publicering: null }));
    if (!result.ok) throw new Error("the shipped data is valid");
    expect(result.dataset.policy).toEqual(SAFE_POLICY);
    for (const answer of SURVEY_ANSWERS)
      expect(result.dataset.policy.rules[answer]).toEqual({
        publish: "sammanstallning",
        minGroup: DEFAULT_MIN_GROUP,
      });
  });

  it("reads the shipped policy: answers in aggregates, the area type per unit", () => {
    const result = validateDataset(sourcesOf({}));
    if (!result.ok) throw new Error("the shipped data is valid");
    expect(result.dataset.policy.fromFile).toBe(true);
    expect(result.dataset.policy.rules.omradestyp).toEqual({ publish: "per_verksamhet" });
    expect(result.dataset.policy.rules.samverkan_bibliotek).toEqual({
      publish: "sammanstallning",
      minGroup: DEFAULT_MIN_GROUP,
    });
    expect(SHIPPED.publicering).not.toBeNull();
  });

  it("takes an empty smallest group as the default, and a given one as given", () => {
    const result = validateDataset(
      sourcesOf({
        publicering: policy({
          malgrupp: row("malgrupp", "sammanstallning"),
          mvc: row("mvc", "sammanstallning", "7"),
          bvc: row("bvc", "aldrig"),
        }),
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.policy.rules.malgrupp).toEqual({
      publish: "sammanstallning",
      minGroup: DEFAULT_MIN_GROUP,
    });
    expect(result.dataset.policy.rules.mvc).toEqual({ publish: "sammanstallning", minGroup: 7 });
    expect(result.dataset.policy.rules.bvc).toEqual({ publish: "aldrig" });
  });

  it("lists every value that is not allowed, with file, line and column", () => {
    const text = policy({
      bvc: row("bvc", "ibland"),
      socialtjanst: row("socialtjanst", "sammanstallning", "noll"),
    });
    const lineOf = (start: string) => text.split("\n").findIndex((l) => l.startsWith(start)) + 1;
    expect(problemsOf(text).map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: "data/publicering.csv", line: lineOf("bvc,"), column: "publiceras" },
      { file: "data/publicering.csv", line: lineOf("socialtjanst,"), column: "minsta_grupp" },
    ]);
  });

  it("lists every rule that cannot hold: identity columns, a stray group size, a missing or repeated row", () => {
    const text = policy(
      {
        namn: row("namn", "sammanstallning"),
        lat: row("lat", "aldrig"),
        mvc: row("mvc", "per_verksamhet", "5"),
      },
      ["malgrupp"],
    ).replace("\nomradestyp,per_verksamhet,", "\nomradestyp,per_verksamhet,\nomradestyp,aldrig,");
    const lineOf = (start: string) => text.split("\n").findIndex((l) => l.startsWith(start)) + 1;
    const found = problemsOf(text);
    expect(found.map(({ file, line, column }) => ({ file, line, column }))).toEqual(
      expect.arrayContaining([
        { file: "data/publicering.csv", line: lineOf("namn,"), column: "publiceras" },
        { file: "data/publicering.csv", line: lineOf("lat,"), column: "publiceras" },
        { file: "data/publicering.csv", line: lineOf("mvc,"), column: "minsta_grupp" },
        { file: "data/publicering.csv", line: lineOf("omradestyp,aldrig"), column: "kolumn" },
        { file: "data/publicering.csv", line: 1, column: "kolumn" },
      ]),
    );
    expect(found).toHaveLength(5);
    expect(found.find((p) => p.line === 1)?.reason).toContain('"malgrupp"');
    expect(found.find((p) => p.line === lineOf("namn,"))?.reason).toContain('"namn"');
  });
});
