import { describe, expect, it } from "vitest";
import { spreadsheetColumn } from "../../src/lib/data/unnamed-columns.ts";

describe("spreadsheetColumn", () => {
  it("labels a column position as Excel and Calc do", () => {
    expect([1, 2, 17, 26, 27, 52, 53, 702, 703].map(spreadsheetColumn)).toEqual([
      "A",
      "B",
      "Q",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});
