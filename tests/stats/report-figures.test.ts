import { describe, expect, it } from "vitest";
import {
  changeBetween,
  collaborationShares,
  EmptyGroupError,
  reportFigures,
  share,
} from "../../src/lib/stats/index.ts";
import { fixtureDataset } from "../helpers/fixture.ts";
import { shown } from "../helpers/shown.ts";

// Expected values are counted by hand from tests/fixtures/small/*.csv:
// five units (T1–T5) in Stockholm (2), Upplands Väsby (1) and Malmö (2);
// three regions (Stockholm, Uppsala, Skåne); five kommuner; 2008 survey: 4 units.
const figures = reportFigures(fixtureDataset());

describe("reportFigures on the hand-made fixture", () => {
  it("counts units in total and by form", () => {
    expect(figures.units).toEqual({ total: 5, familjecentral: 3, familjecentralsliknande: 2 });
  });

  it("counts kommuner and regions with units, and names the regions without", () => {
    expect(figures.kommuner).toEqual({ withUnits: 3, total: 5 });
    expect(figures.regioner.withUnits).toBe(2);
    expect(figures.regioner.total).toBe(3);
    expect(figures.regioner.without.map((r) => r.region)).toEqual(["Region Uppsala"]);
  });

  it("tabulates every region, including those without units, with a totals row", () => {
    const rows = figures.regionTable.rows.map((row) => [
      row.region.lanskod,
      row.units.familjecentral,
      row.units.familjecentralsliknande,
      row.units.total,
      row.kommuner.withUnits,
      row.kommuner.total,
    ]);
    expect(rows).toEqual([
      ["01", 2, 1, 3, 2, 2],
      ["03", 0, 0, 0, 0, 1],
      ["12", 1, 1, 2, 1, 2],
    ]);
    expect(figures.regionTable.total).toEqual({
      units: { total: 5, familjecentral: 3, familjecentralsliknande: 2 },
      kommuner: { withUnits: 3, total: 5 },
    });
  });

  it("distributes units over area types, groups and unknown, as shares of all units", () => {
    const { byType, byGroup, missing, total } = shown(figures.areaTypes);
    expect(total).toBe(5);
    expect(byType.map((t) => [t.typ, t.antal, t.andel])).toEqual([
      [1, 1, 0.2],
      [2, 1, 0.2],
      [3, 1, 0.2],
      [4, 1, 0.2],
      [5, 0, 0],
    ]);
    expect(byGroup).toEqual({
      utmaningar: { antal: 2, andel: 0.4 },
      blandade: { antal: 1, andel: 0.2 },
      goda: { antal: 1, andel: 0.2 },
    });
    expect(missing).toEqual({ antal: 1, andel: 0.2 });
  });

  it("distributes each form over area groups separately", () => {
    const fc = shown(figures.areaTypesByForm.familjecentral);
    if (fc === null) throw new Error("the fixture has familjecentraler");
    expect(fc.byGroup.utmaningar.antal).toBe(2);
    expect(fc.byGroup.utmaningar.andel).toBeCloseTo(2 / 3, 10);
    expect(fc.byGroup.goda.antal).toBe(1);
    expect(fc.missing.antal).toBe(0);
    const liknande = shown(figures.areaTypesByForm.familjecentralsliknande);
    if (liknande === null) throw new Error("the fixture has familjecentralsliknande units");
    expect(liknande.byGroup.blandade).toEqual({ antal: 1, andel: 0.5 });
    expect(liknande.missing).toEqual({ antal: 1, andel: 0.5 });
  });

  it("computes the share collaborating with each partner", () => {
    expect(figures.collaboration).toEqual([
      { partner: "bibliotek", antal: 4, andel: 0.8 },
      { partner: "forskola", antal: 3, andel: 0.6 },
      { partner: "tandvard", antal: 2, andel: 0.4 },
      { partner: "psykolog", antal: 1, andel: 0.2 },
    ]);
  });

  it("orders partners by share, largest first, equal shares in the survey's order, withheld last", () => {
    const { verksamheter: units, policy } = fixtureDataset();
    // Psykolog in every unit, tandvård in none, bibliotek and förskola in the same ones.
    const changed = units.map((unit, i) => ({
      ...unit,
      samverkan_psykolog: true,
      samverkan_tandvard: false,
      samverkan_bibliotek: i < 2,
      samverkan_forskola: i < 2,
    }));
    expect(collaborationShares(changed, policy.rules).map((p) => p.partner)).toEqual([
      "psykolog",
      "bibliotek",
      "forskola",
      "tandvard",
    ]);
    const psykologHidden = { ...policy.rules, samverkan_psykolog: { publish: "aldrig" } as const };
    expect(collaborationShares(changed, psykologHidden).map((p) => p.partner)).toEqual([
      "bibliotek",
      "forskola",
      "tandvard",
      "psykolog",
    ]);
  });

  it("counts units by target age group", () => {
    expect(figures.ageGroups).toEqual([
      { malgrupp: "0-6", antal: 4, andel: 0.8 },
      { malgrupp: "0-12", antal: 1, andel: 0.2 },
      { malgrupp: "0-18", antal: 0, andel: 0 },
    ]);
  });

  it("fills in the current survey's count from the units and computes the change since the previous", () => {
    expect(figures.series.map((p) => [p.ar, p.antal, p.current])).toEqual([
      [2008, 4, false],
      [2023, 5, true],
    ]);
    expect(figures.current.exampleData).toBe(true);
    expect(figures.sincePrevious?.previous.ar).toBe(2008);
    expect(figures.sincePrevious?.change).toEqual({
      before: 4,
      after: 5,
      absolute: 1,
      relative: 0.25,
      direction: "up",
    });
  });
});

describe("shares and changes never become NaN", () => {
  it("raises a named error for a share of an empty group", () => {
    expect(() => share(0, 0, "test")).toThrow(EmptyGroupError);
  });

  it("has no relative change from zero, only an absolute one", () => {
    expect(changeBetween(0, 5)).toEqual({
      before: 0,
      after: 5,
      absolute: 5,
      relative: null,
      direction: "up",
    });
  });

  it("computes a decrease as a negative change, and no change as the same", () => {
    expect(changeBetween(10, 8)).toEqual({
      before: 10,
      after: 8,
      absolute: -2,
      relative: -0.2,
      direction: "down",
    });
    expect(changeBetween(7, 7).direction).toBe("same");
  });
});
