import { describe, expect, it } from "vitest";
import {
  dataSnapshot,
  diffSnapshots,
  parseSnapshot,
  type DataSnapshot,
} from "../../src/lib/data-snapshot.ts";
import { publishedDataset, reportFigures } from "../../src/lib/stats/index.ts";
import { buildChanges } from "../../src/lib/text/sv/build-changes.ts";
import { datasetOf, shippedUnits, unitsCsv, visbyUnit } from "../helpers/datasets.ts";

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
