import { describe, expect, it } from "vitest";
import type { ColumnRule } from "../../src/lib/data/index.ts";
import { aggregateUnder, protectPartition } from "../../src/lib/stats/index.ts";

const count = (units: readonly number[]) => units.length;
const AGGREGATE: ColumnRule = { publish: "sammanstallning", minGroup: 3 };

describe("aggregateUnder", () => {
  it("computes over a group of at least the smallest group", () => {
    expect(aggregateUnder(AGGREGATE, [1, 2, 3], count)).toBe(3);
  });
  it("withholds a group smaller than the smallest group, naming its size", () => {
    expect(aggregateUnder(AGGREGATE, [1, 2], count)).toEqual({
      withheld: "small-group",
      minGroup: 3,
    });
  });
  it("computes over any group for an answer published per unit", () => {
    expect(aggregateUnder({ publish: "per_verksamhet" }, [1], count)).toBe(1);
  });
  it("withholds an answer that is never published, whatever the group", () => {
    expect(aggregateUnder({ publish: "aldrig" }, [1, 2, 3, 4], count)).toEqual({
      withheld: "not-published",
      minGroup: 0,
    });
  });
});

const part = (key: string, size: number, rule: ColumnRule = AGGREGATE) => ({
  key,
  size,
  value:
    size === 0
      ? null
      : aggregateUnder(
          rule,
          Array.from({ length: size }, (_, i) => i),
          count,
        ),
});
const hiddenKeys = (parts: ReturnType<typeof protectPartition<string, number>>) =>
  parts.filter((p) => p.value !== null && typeof p.value === "object").map((p) => p.key);

describe("protectPartition", () => {
  it("hides the smallest shown group beside a lone hidden one", () => {
    const parts = protectPartition(AGGREGATE, [
      part("a", 1),
      part("b", 9),
      part("c", 4),
      part("d", 0),
    ]);
    expect(hiddenKeys(parts)).toEqual(["a", "c"]);
    expect(parts[2]?.value).toEqual({ withheld: "complement", minGroup: 3 });
  });
  it("hides more until the hidden groups hold at least the smallest group together", () => {
    const parts = protectPartition(AGGREGATE, [
      part("a", 1),
      part("b", 1),
      part("c", 5),
      part("d", 6),
    ]);
    expect(hiddenKeys(parts)).toEqual(["a", "b", "c"]);
  });
  it("changes nothing when nothing is hidden, or for an answer published per unit", () => {
    expect(hiddenKeys(protectPartition(AGGREGATE, [part("a", 3), part("b", 9)]))).toEqual([]);
    const perUnit: ColumnRule = { publish: "per_verksamhet" };
    expect(
      hiddenKeys(protectPartition(perUnit, [part("a", 1, perUnit), part("b", 9, perUnit)])),
    ).toEqual([]);
  });
  it("takes the first of equally small groups, in the given order", () => {
    const parts = protectPartition(AGGREGATE, [part("a", 2), part("b", 5), part("c", 5)]);
    expect(hiddenKeys(parts)).toEqual(["a", "b"]);
  });
});
