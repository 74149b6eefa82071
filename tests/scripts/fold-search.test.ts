import { describe, expect, it } from "vitest";
import { foldForSearch } from "../../src/scripts/lib/fold-search.ts";

describe("foldForSearch (the kommun finder)", () => {
  it("ignores case and diacritics, so a search typed without å, ä and ö still finds", () => {
    expect(foldForSearch("Östersund")).toBe(foldForSearch("ostersund"));
    expect(foldForSearch("Malmö")).toBe("malmo");
    expect(foldForSearch("ÅRE")).toBe("are");
    expect(foldForSearch(" Skellefteå ")).toBe("skelleftea");
  });

  it("keeps letters apart that are not the same letter without accents", () => {
    expect(foldForSearch("Mora")).not.toBe(foldForSearch("Malmö"));
    expect(foldForSearch("Ekerö").includes(foldForSearch("kero"))).toBe(true);
  });
});
