import { describe, expect, it } from "vitest";
import { formatInteger, formatPercent } from "../../src/lib/format.ts";
import { compareCells, numberIn } from "../../src/scripts/lib/sort-key.ts";

const sorted = (
  texts: readonly string[],
  numeric: boolean,
  direction: "ascending" | "descending",
) => [...texts].sort((a, b) => compareCells(a, b, numeric, direction));

describe("sorting table cells", () => {
  it("orders names by Swedish collation: Å, Ä and Ö after Z", () => {
    const names = ["Östersund", "Ale", "Åre", "Zinkgruvan", "Älmhult", "Borås", "Örebro"];
    expect(sorted(names, false, "ascending")).toEqual([
      "Ale",
      "Borås",
      "Zinkgruvan",
      "Åre",
      "Älmhult",
      "Örebro",
      "Östersund",
    ]);
    expect(sorted(names, false, "descending")[0]).toBe("Östersund");
  });

  it("reads numbers as format.ts writes them", () => {
    expect(numberIn(formatInteger(1234))).toBe(1234);
    expect(numberIn(formatPercent(0.354))).toBe(35.4);
    expect(numberIn("18 av 26")).toBe(18);
    expect(numberIn(formatInteger(-3))).toBe(-3);
    expect(numberIn("Uppgift saknas")).toBeNaN();
  });

  it("orders numbers by value, not as text, and puts cells without a number last", () => {
    const cells = [formatInteger(1234), "9", "–", formatInteger(85), "0"];
    expect(sorted(cells, true, "ascending")).toEqual([
      "0",
      "9",
      formatInteger(85),
      formatInteger(1234),
      "–",
    ]);
    expect(sorted(cells, true, "descending")).toEqual([
      formatInteger(1234),
      formatInteger(85),
      "9",
      "0",
      "–",
    ]);
  });
});
