import { describe, expect, it } from "vitest";
import { letterAnchor } from "../../src/lib/site-paths.ts";
import { kommunIndex } from "../../src/lib/stats/index.ts";
import { datasetOf, SHIPPED } from "../helpers/datasets.ts";

const collator = new Intl.Collator("sv");

describe("kommunIndex (the kommun finder's list)", () => {
  const dataset = datasetOf({});
  const letters = kommunIndex(dataset);
  const entries = letters.flatMap((letter) => letter.kommuner);

  it("lists every kommun once, A–Ö by Swedish collation, grouped by initial", () => {
    expect(entries.map((e) => e.kommun.kommunkod).sort()).toEqual(
      dataset.kommuner.map((k) => k.kommunkod).sort(),
    );
    const names = entries.map((e) => e.kommun.kommun);
    expect(names).toEqual([...names].sort(collator.compare));
    for (const { letter, kommuner } of letters)
      for (const { kommun } of kommuner)
        expect(kommun.kommun.charAt(0), kommun.kommun).toBe(letter);
    expect(letters.map((l) => l.letter).slice(-3)).toEqual(["Å", "Ä", "Ö"]);
  });

  it("gives each kommun its region and its units, which add up to all units", () => {
    for (const { kommun, region } of entries) expect(region.lanskod).toBe(kommun.lanskod);
    const sum = entries.reduce((total, e) => total + e.units.total, 0);
    expect(sum).toBe(dataset.verksamheter.length);
  });

  it("files an initial Swedish counts as the same letter (É) with it, Å, Ä and Ö apart", () => {
    const renamed = datasetOf({
      kommuner: SHIPPED.kommuner.replace(/^0484,Eskilstuna,/m, "0484,Éskilstuna,"),
    });
    const groups = kommunIndex(renamed);
    const e = groups.find((group) => group.kommuner.some((k) => k.kommun.kommunkod === "0484"));
    expect(e?.letter).toBe("E");
    expect(groups.filter((group) => /^[EÉ]$/.test(group.letter))).toHaveLength(1);
  });
});

describe("letterAnchor", () => {
  it("spells a letter in ASCII as Swedish transliterates it, each letter its own", () => {
    expect(["A", "Å", "Ä", "Ö", "O", "É"].map(letterAnchor)).toEqual([
      "bokstav-a",
      "bokstav-aa",
      "bokstav-ae",
      "bokstav-oe",
      "bokstav-o",
      "bokstav-e",
    ]);
  });
});
