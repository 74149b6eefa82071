/**
 * The shipped example dataset must reproduce every published figure of the 2023 survey.
 * This is the one test whose expectations are typed in, and these are their sources:
 *
 * [FHM] Folkhälsomyndigheten, "Kartläggning av familjecentraler och familjecentralsliknande
 *       verksamheter" (web page on the results, 2023): 246 units in 2023 against 131 in
 *       Socialstyrelsen's 2008 survey; units in 18 of 21 regions and 158 kommuner; none in
 *       Region Blekinge, Region Gotland or Region Uppsala; "en dryg tredjedel" in socio-economically
 *       mixed areas (the most common type); "en tredjedel" in the two types with socio-economic
 *       challenges; a majority collaborate with libraries, preschools, dental care and psychologists;
 *       the work is mainly for children 0–6.
 * [SK]  Skånes Kommuner, "Familjecentraler ska kartläggas på uppdrag av regeringen" (2022-12-09):
 *       39 familjecentraler and familjecentralsliknande verksamheter in Skåne.
 * [SCB] Statistics Sweden's regional division: 290 kommuner, 21 regions.
 * [RU]  The government assignment (regeringsuppdrag) was given in June 2022 and reported on
 *       29 September 2023 ([FHM], [SK]).
 */
import { describe, expect, it } from "vitest";
import { loadDataset } from "../src/lib/data/index.ts";
import { approximateShare, reportFigures } from "../src/lib/stats/index.ts";
import { shown } from "./helpers/shown.ts";

const dataset = loadDataset("data");
const figures = reportFigures(dataset);

describe("the shipped dataset reproduces the published figures", () => {
  it("[SCB] has all 21 regions and 290 kommuner, with official names", () => {
    expect(dataset.regioner).toHaveLength(21);
    expect(dataset.kommuner).toHaveLength(290);
    const regionNames = dataset.regioner.map((r) => r.region);
    expect(regionNames).toEqual(
      expect.arrayContaining([
        "Region Stockholm",
        "Region Sörmland",
        "Region Jönköpings län",
        "Västra Götalandsregionen",
        "Region Jämtland Härjedalen",
      ]),
    );
    const kommun = (kod: string) => dataset.kommuner.find((k) => k.kommunkod === kod)?.kommun;
    expect([kommun("0114"), kommun("1280"), kommun("2023"), kommun("0331")]).toEqual([
      "Upplands Väsby",
      "Malmö",
      "Malung-Sälen",
      "Heby",
    ]);
  });

  it("[FHM] 246 units in 2023, 131 in 2008", () => {
    expect(figures.units.total).toBe(246);
    expect(figures.series.map((p) => [p.ar, p.antal])).toEqual([
      [2008, 131],
      [2023, 246],
    ]);
  });

  it("[FHM] units in 158 of 290 kommuner and 18 of 21 regions; none in Blekinge, Gotland, Uppsala", () => {
    expect(figures.kommuner).toEqual({ withUnits: 158, total: 290 });
    expect([figures.regioner.withUnits, figures.regioner.total]).toEqual([18, 21]);
    expect(figures.regioner.without.map((r) => r.region).sort()).toEqual([
      "Region Blekinge",
      "Region Gotland",
      "Region Uppsala",
    ]);
  });

  it("[SK] 39 units in Region Skåne", () => {
    const skane = figures.regionTable.rows.find((row) => row.region.region === "Region Skåne");
    expect(skane?.units.total).toBe(39);
  });

  it("[FHM] just over a third in mixed areas (the most common type), a third in areas with challenges", () => {
    const { byType, byGroup } = shown(figures.areaTypes);
    const mixed = byType.find((t) => t.typ === 3);
    const largest = Math.max(...byType.map((t) => t.antal));
    expect(mixed?.antal).toBe(largest);
    expect(byType.filter((t) => t.antal === largest)).toHaveLength(1);
    expect(byGroup.blandade.andel).toBeGreaterThan(1 / 3);
    expect(byGroup.blandade.andel).toBeLessThanOrEqual(0.4);
    expect(byGroup.utmaningar.andel).toBeGreaterThanOrEqual(0.3);
    expect(byGroup.utmaningar.andel).toBeLessThanOrEqual(0.367);
  });

  it("[FHM] a majority collaborate with each partner, and most work mainly for children 0–6", () => {
    for (const partner of figures.collaboration) expect(shown(partner).andel).toBeGreaterThan(0.5);
    const youngest = shown(figures.ageGroups).find((g) => g.malgrupp === "0-6");
    expect(youngest?.andel).toBeGreaterThan(0.5);
  });

  it("[FHM] is worded as published: mixed areas the most common type, 'just over a third'; 'about a third' with challenges; a majority with all four partners; mainly 0–6", () => {
    const { statements } = figures;
    const areaTypes = shown(figures.areaTypes);
    expect(statements.leadingAreaType).toMatchObject({ kind: "one", key: 3 });
    expect(approximateShare(areaTypes.byGroup.blandade.andel)).toEqual({
      fraction: "tredjedel",
      qualifier: "drygt",
    });
    expect(approximateShare(areaTypes.byGroup.utmaningar.andel)).toEqual({
      fraction: "tredjedel",
      qualifier: "ungefar",
    });
    expect([...statements.majorityPartners].sort()).toEqual([
      "bibliotek",
      "forskola",
      "psykolog",
      "tandvard",
    ]);
    expect(statements.majorityAgeGroup).toBe("0-6");
  });

  it("[RU] the assignment was given in June 2022 and reported on 29 September 2023", () => {
    expect(figures.current.assigned).toEqual({ year: 2022, month: 6, day: null });
    expect(figures.current.reported).toEqual({ year: 2023, month: 9, day: 29 });
  });

  it("has both forms, and is marked as example data", () => {
    expect(figures.units.familjecentral).toBeGreaterThan(0);
    expect(figures.units.familjecentralsliknande).toBeGreaterThan(0);
    expect(figures.current.exampleData).toBe(true);
  });
});
