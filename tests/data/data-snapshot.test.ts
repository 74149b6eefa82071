import { describe, expect, it } from "vitest";
import {
  dataSnapshot,
  diffSnapshots,
  parseSnapshot,
  type DataSnapshot,
} from "../../src/lib/data-snapshot.ts";
import { publishedDataset, reportFigures } from "../../src/lib/stats/index.ts";
import { buildChanges } from "../../src/lib/text/sv/build-changes.ts";
import { validateDataset } from "../../src/lib/data/index.ts";
import { datasetOf, shippedUnits, sourcesOf, unitsCsv, visbyUnit } from "../helpers/datasets.ts";

function snapshotOf(units = shippedUnits()): DataSnapshot {
  const dataset = datasetOf({ verksamheter: unitsCsv(units) });
  return dataSnapshot(publishedDataset(dataset), reportFigures(dataset));
}

const shipped = shippedUnits();
const [first, second, third] = shipped;
if (first === undefined || second === undefined || third === undefined)
  throw new Error("the shipped data have too few units");

describe("diffSnapshots", () => {
  const before = snapshotOf();

  it("finds nothing between the same data", () => {
    const diff = diffSnapshots(before, snapshotOf());
    expect(diff).toMatchObject({ added: [], removed: [], changed: [], regions: [] });
    expect(diff.before).toBe(diff.after);
  });

  it("names units added, removed and changed by column, and the regions whose count moved", () => {
    const units = [
      { ...first, namn: `${first.namn} (ny)` },
      { ...second, omradestyp: second.omradestyp === "1" ? "2" : "1" },
      ...shipped.slice(3),
      visbyUnit(),
    ];
    const diff = diffSnapshots(before, snapshotOf(units));
    expect(diff.added).toEqual(["X1"]);
    expect(diff.removed).toEqual([third.id]);
    expect(diff.changed).toEqual([
      { id: first.id, columns: ["namn"] },
      { id: second.id, columns: ["omradestyp"] },
    ]);
    expect(diff.regions).toContainEqual({ region: "Region Gotland", before: 0, after: 1 });
    expect(diff.before).not.toBe(diff.after);
  });

  it("never compares, or writes, a column the policy publishes only in aggregates", () => {
    const snapshot = snapshotOf();
    expect(snapshot.columns).not.toContain("mvc");
    expect(snapshot.columns).not.toContain("samverkan_bibliotek");
    const units = [
      { ...first, samverkan_bibliotek: first.samverkan_bibliotek === "ja" ? "nej" : "ja" },
      ...shipped.slice(1),
    ];
    expect(diffSnapshots(snapshot, snapshotOf(units)).changed).toEqual([]);
  });

  it("reads back what it writes, and nothing else", () => {
    expect(parseSnapshot(JSON.stringify(before))).toEqual(before);
    expect(parseSnapshot("{}")).toBeNull();
    expect(parseSnapshot("not json")).toBeNull();
  });
});

describe("the build's lines about changes", () => {
  it("says when the data are the same, and when only aggregates changed", () => {
    const before = snapshotOf();
    const same = buildChanges.lines(diffSnapshots(before, before), "dist/");
    expect(same).toHaveLength(1);
    expect(same[0]).toContain("densamma");
    const other = { ...before, version: "000000000000" };
    const hidden = buildChanges.lines(diffSnapshots(before, other), "dist/");
    expect(hidden[0]).toContain("bara publiceras i sammanställningar");
  });
});

describe("the steward's logs of versions and corrections", () => {
  const withLogs = (dataversioner: string, rattelser: string) =>
    validateDataset({
      ...sourcesOf({}),
      dataversioner: { file: "data/dataversioner.csv", content: dataversioner },
      rattelser: { file: "data/rattelser.csv", content: rattelser },
    });

  it("are read with their days", () => {
    const result = withLogs(
      "datum,sammanfattning\n2026-02-03,Ny version\n",
      "datum,rattelse\n2026-02-04,Ett namn rättat\n",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.dataversioner).toEqual([
      { datum: { year: 2026, month: 2, day: 3 }, sammanfattning: "Ny version" },
    ]);
    expect(result.dataset.rattelser).toHaveLength(1);
  });

  it("reject a day that is not one, and an empty summary, with file, row and column", () => {
    const result = withLogs(
      "datum,sammanfattning\n2026-02,Ny version\n",
      "datum,rattelse\n2026-02-30,\n",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.problems.map((p) => `${p.file}:${p.line}:${p.column ?? ""}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "data/dataversioner.csv:2:datum",
        "data/rattelser.csv:2:datum",
        "data/rattelser.csv:2:rattelse",
      ]),
    );
  });
});
