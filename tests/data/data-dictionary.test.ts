import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BORDER_CORRECTIONS } from "../../src/lib/data/border-corrections.ts";
import { datamangdSchema } from "../../src/lib/data/schema/datamangd.ts";
import { kartlaggningarSchema } from "../../src/lib/data/schema/kartlaggningar.ts";
import { kommunerSchema } from "../../src/lib/data/schema/kommuner.ts";
import { publiceringSchema } from "../../src/lib/data/schema/publicering.ts";
import { publikationerSchema } from "../../src/lib/data/schema/publikationer.ts";
import { regionerSchema } from "../../src/lib/data/schema/regioner.ts";
import { verksamheterSchema } from "../../src/lib/data/schema/verksamheter.ts";
import { dataversionerSchema } from "../../src/lib/data/schema/dataversioner.ts";
import { kallorSchema } from "../../src/lib/data/schema/kallor.ts";
import { publiceradeSiffrorSchema } from "../../src/lib/data/schema/publicerade-siffror.ts";
import { rattelserSchema } from "../../src/lib/data/schema/rattelser.ts";

const dictionary = readFileSync(new URL("../../data/README.md", import.meta.url), "utf8");

/** The rows of the dictionary table under a file's heading: its column names, in order. */
function documentedColumns(file: string): string[] {
  const section = dictionary.split(`### \`${file}\``)[1]?.split("\n### ")[0] ?? "";
  return [...section.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((match) => match[1] ?? "");
}

describe("data/README.md documents every column the loader accepts", () => {
  it.each([
    ["regioner.csv", regionerSchema],
    ["kommuner.csv", kommunerSchema],
    ["verksamheter.csv", verksamheterSchema],
    ["kartlaggningar.csv", kartlaggningarSchema],
    ["publicering.csv", publiceringSchema],
    ["publikationer.csv", publikationerSchema],
    ["datamangd.csv", datamangdSchema],
    ["publicerade-siffror.csv", publiceradeSiffrorSchema],
    ["kallor.csv", kallorSchema],
    ["dataversioner.csv", dataversionerSchema],
    ["rattelser.csv", rattelserSchema],
  ])("%s", (file, schema) => {
    expect(documentedColumns(file)).toEqual(Object.keys(schema));
  });

  it("and the shipped files have exactly the documented columns, in that order", () => {
    for (const [file, schema] of [
      ["verksamheter.csv", verksamheterSchema],
      ["kommuner.csv", kommunerSchema],
    ] as const) {
      const header = readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8").split(
        "\n",
      )[0];
      expect(header?.split(",")).toEqual(Object.keys(schema));
    }
  });
});

describe("data/README.md lists the files", () => {
  it("names every file in data/ in its table of files, and no file that is not there", () => {
    const table = dictionary.split("\n## ")[0] ?? "";
    const listed = [...table.matchAll(/^\| `([^`]+)` +\|/gm)].map((match) => match[1]);
    const present = readdirSync(new URL("../../data/", import.meta.url)).filter(
      (name) => name !== "README.md",
    );
    expect([...listed].sort()).toEqual([...present].sort());
  });
});

describe("data/README.md explains the region check", () => {
  it("lists the kommuner whose border the source draws wrongly, with the region it puts them in", () => {
    const section = dictionary.split("### Kontrollen av verksamheternas läge")[1] ?? "";
    const rows = [...section.matchAll(/^\| `(\d{4})` [^|]+\| ([^|]+?) +\|/gm)].map(
      ([, kommunkod, region]) => [kommunkod, region],
    );
    const regioner = readFileSync(new URL("../../data/regioner.csv", import.meta.url), "utf8");
    const regionName = new Map(
      regioner
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(",").slice(0, 2) as [string, string]),
    );
    expect(rows).toEqual(
      BORDER_CORRECTIONS.map((c) => [c.kommunkod, regionName.get(c.lanskodInSource)]),
    );
  });
});
