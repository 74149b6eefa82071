/**
 * `npm run build` says what the new build changes in the data of the dist/ it
 * replaces (issue 20): built twice into the same dist/ from different data,
 * the second build names the units added, removed and changed, and the region
 * counts that moved; the first, with no dist/ before it, says so.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { dataSnapshot, diffSnapshots, parseSnapshot } from "../../src/lib/data-snapshot.ts";
import { publishedDataset, reportFigures } from "../../src/lib/stats/index.ts";
import { formatCalendarDate } from "../../src/lib/format.ts";
import { buildChanges } from "../../src/lib/text/sv/build-changes.ts";
import { dataVersions } from "../../src/lib/text/sv/data-versions.ts";
import { readPage } from "../helpers/page.ts";
import { shippedUnits, unitsCsv, visbyUnit } from "../helpers/datasets.ts";
import { projectCopy } from "../helpers/project-copy.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const copy = projectCopy("build-changes");
const scratch = scratchDir("build-changes");
afterAll(() => {
  copy.remove();
  scratch.remove();
});

const units = shippedUnits();
const [first, second] = units;
if (first === undefined || second === undefined) throw new Error("too few shipped units");
const before = scratch.copyData("before");
const after = scratch.copyData("after");
writeFileSync(
  path.join(after, "verksamheter.csv"),
  unitsCsv([{ ...first, namn: `${first.namn} (nytt namn)` }, ...units.slice(2), visbyUnit()]),
);
// The figures the survey published no longer hold; the data are still valid.
rmSync(path.join(after, "publicerade-siffror.csv"));
writeFileSync(
  path.join(after, "dataversioner.csv"),
  "datum,sammanfattning\n2023-09-29,Första versionen\n2026-02-03,Ny verksamhet på Gotland\n",
);
writeFileSync(
  path.join(after, "rattelser.csv"),
  "datum,rattelse\n2026-02-03,Namnet på V001 rättat\n",
);

const snapshotOf = (dir: string) => {
  const dataset = loadDataset(dir);
  return dataSnapshot(publishedDataset(dataset), reportFigures(dataset));
};
/** The lines the build prints between Astro's output and "Webbplatsen finns nu i". */
const summaryOf = (output: string) => {
  const lines = output.split("\n");
  const end = lines.findIndex((line) => line.startsWith("Webbplatsen finns nu i"));
  const start = lines.findIndex((line) =>
    /^(Jämförelse med|Ändringar i datan|Datan är densamma)/.test(line),
  );
  return start === -1 || end === -1 ? [] : lines.slice(start, end);
};

describe("npm run build twice into the same dist/", () => {
  const firstBuild = copy.npmRun("build", { DATA_DIR: before });
  const secondBuild = copy.npmRun("build", { DATA_DIR: after });

  it("says the first time that there is nothing to compare with", () => {
    expect(firstBuild.status, firstBuild.output).toBe(0);
    expect(summaryOf(firstBuild.output)).toEqual([buildChanges.noPrevious("dist/")]);
  });

  it("names what the second changes: units added, removed, changed by column, and region counts", () => {
    expect(secondBuild.status, secondBuild.output).toBe(0);
    const printed = summaryOf(secondBuild.output);
    const diff = diffSnapshots(snapshotOf(before), snapshotOf(after));
    expect(printed).toEqual(buildChanges.lines(diff, "dist/"));
    const text = printed.join("\n");
    expect(text).toMatch(/tillkom: 1 verksamhet: X1/);
    expect(text).toContain(`togs bort: 1 verksamhet: ${second.id}`);
    expect(text).toContain(`ändrades: 1 verksamhet: ${first.id} (namn)`);
    expect(text).toContain("Region Gotland 0 → 1");
  });

  it("lists the data versions, newest first, and the corrections on the data page", () => {
    const { document } = readPage(copy.dist, "data/index.html");
    const rowsOf = (caption: string) => {
      const table = [...document.querySelectorAll("table")].find((t) =>
        (t.querySelector("caption")?.textContent ?? "").includes(caption),
      );
      return [...(table?.querySelectorAll("tbody tr") ?? [])].map((tr) =>
        [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim()),
      );
    };
    const { dataversioner, rattelser } = loadDataset(after);
    expect(rowsOf(dataVersions.versionsCaption)).toEqual(
      [...dataversioner]
        .reverse()
        .map((row) => [formatCalendarDate(row.datum), row.sammanfattning]),
    );
    expect(rowsOf(dataVersions.correctionsCaption)).toEqual(
      rattelser.map((row) => [formatCalendarDate(row.datum), row.rattelse]),
    );
  });

  it("leaves the new snapshot in dist/ for the next build", () => {
    const written = parseSnapshot(
      readFileSync(path.join(copy.dist, "data/dataversion.json"), "utf8"),
    );
    expect(written).toEqual(snapshotOf(after));
  });
});
