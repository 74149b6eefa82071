import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { formatInteger, formatList } from "../../src/lib/format.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { buildSite, PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";

const figures = reportFigures(loadDataset(path.join(PROJECT_ROOT, "data")));
const scratch = mkdtempSync(path.join(tmpdir(), "fc-build-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ with verksamheter.csv rewritten, for builds from changed data. */
function dataWith(name: string, edit: (csv: string) => string): string {
  const dir = path.join(scratch, name);
  cpSync(path.join(PROJECT_ROOT, "data"), dir, { recursive: true });
  const file = path.join(dir, "verksamheter.csv");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

describe("dist/index.html from the shipped data", () => {
  const page = readPage(inject("distDir"));

  it("is Swedish, with one h1", () => {
    expect(page.html).toMatch(/^<!DOCTYPE html><html lang="sv"/i);
    expect(page.document.querySelectorAll("h1")).toHaveLength(1);
  });

  it("shows the key figures computed from the data", () => {
    const { units, kommuner, regioner, sincePrevious } = figures;
    expect(page.text).toContain(`${formatInteger(units.total)} verksamheter`);
    expect(page.text).toContain(
      `${formatInteger(kommuner.withUnits)} av ${formatInteger(kommuner.total)} kommuner`,
    );
    expect(page.text).toContain(
      `${formatInteger(regioner.withUnits)} av ${formatInteger(regioner.total)} regioner`,
    );
    expect(page.text).toContain(formatList(regioner.without.map((r) => r.region)));
    expect(sincePrevious).not.toBeNull();
    expect(page.text).toContain(
      `${formatInteger(sincePrevious?.previous.antal ?? -1)} verksamheter år ${sincePrevious?.previous.ar}`,
    );
  });

  it("says the unit-level data is example data", () => {
    expect(page.document.querySelector("#exempeldata")?.textContent).toBe("Exempeldata");
  });

  it("never shows NaN, undefined, null or [object Object]", () => {
    expect(page.text).not.toMatch(/NaN|undefined|null|\[object Object\]/);
  });
});

describe("building from changed data", () => {
  it("reflects the data: ten rows fewer, ten units fewer on the page", () => {
    const dataDir = dataWith("ten-fewer", (csv) => {
      const lines = csv.trimEnd().split("\n");
      return [lines[0], ...lines.slice(11)].join("\n");
    });
    const out = path.join(scratch, "ten-fewer-dist");
    const result = buildSite(out, dataDir);
    expect(result.status, result.output).toBe(0);
    expect(readPage(out).text).toContain(`${formatInteger(figures.units.total - 10)} verksamheter`);
  });

  it("fails on bad data with every problem listed, before writing any output", () => {
    const dataDir = dataWith("broken", (csv) =>
      csv
        .replace(/^(V001,[^,]*,[^,]*,)0114,/m, "$19999,")
        .replace(/^(V002,[^,]*,)familjecentral,/m, "$1Familjecentral,"),
    );
    const out = path.join(scratch, "broken-dist");
    const result = buildSite(out, dataDir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /verksamheter\.csv rad 2, kolumn kommunkod: okänd kommunkod "9999"/,
    );
    expect(result.output).toMatch(
      /verksamheter\.csv rad 3, kolumn verksamhetsform: "Familjecentral" är inte ett tillåtet värde/,
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
