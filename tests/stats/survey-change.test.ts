/**
 * The change since the previous survey: claimed only when that survey's units
 * are kept, and stated in words that agree with the figures (ties, one region,
 * growth and decline), in Swedish and English.
 */
import { describe, expect, it } from "vitest";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import {
  regionChangeStatement,
  regionChangeSummary,
} from "../../src/lib/text/survey-change-text.ts";
import { regionChange } from "../../src/lib/text/sv/survey-change.ts";
import {
  datasetOf,
  KOMMUNER,
  NEXT_SURVEY,
  nextSurveyText,
  SHIPPED,
  shippedUnits,
  unitsCsv,
  type UnitRow,
} from "../helpers/datasets.ts";
import { expectWellFormed } from "../helpers/well-formed.ts";

const lanOf = new Map(KOMMUNER.map((k) => [k.kommunkod, k.lanskod]));
const inRegion = (lanskod: string) => (unit: UnitRow) => lanOf.get(unit.kommunkod) === lanskod;

/** The shipped units kept as 2023's, and `current` as the next survey's, with their figures. */
function pairFigures(current: readonly UnitRow[]) {
  const figures = reportFigures(
    datasetOf({
      verksamheter: unitsCsv(current),
      kartlaggningar: nextSurveyText(shippedUnits().length),
      earlierUnits: { "verksamheter-2023.csv": SHIPPED.verksamheter },
    }),
  );
  if (figures.unitChange === null) throw new Error("no change computed");
  return { figures, change: figures.unitChange };
}

describe("when the change is claimed", () => {
  it("not on the shipped data, whose 2008 survey has no units", () => {
    expect(reportFigures(datasetOf({})).unitChange).toBeNull();
  });

  it("not when only a survey older than the previous one is kept", () => {
    const units = shippedUnits();
    const figures = reportFigures(
      datasetOf({
        verksamheter: unitsCsv(units),
        kartlaggningar: nextSurveyText(units.length),
        earlierUnits: { "verksamheter-2008.csv": unitsCsv(units.slice(0, 131)) },
      }),
    );
    expect(figures.sincePrevious?.previous.ar).toBe(2023);
    expect(figures.unitChange).toBeNull();
  });

  it("when the previous survey's units are kept, between that survey and the current one", () => {
    const { figures, change } = pairFigures(shippedUnits());
    expect([change.previousYear, change.currentYear]).toEqual([2023, NEXT_SURVEY]);
    expect(change.national.absolute).toBe(0);
    expect(change.addedTotal + change.removedTotal).toBe(0);
    expect(change.national.before).toBe(figures.sincePrevious?.previous.antal);
  });
});

describe("the words about the change", () => {
  it("name every region tied for the largest growth, and the largest decline", () => {
    const units = shippedUnits();
    // Stockholm (01) and Skåne (12) each gain two units; Kronoberg (07) loses all of its.
    const copies = (lanskod: string, n: number) =>
      units
        .filter(inRegion(lanskod))
        .slice(0, n)
        .map((unit, i) => ({ ...unit, id: `N${lanskod}-${i}`, namn: `Ny ${lanskod} ${i}` }));
    const current = [
      ...units.filter((unit) => !inRegion("07")(unit)),
      ...copies("01", 2),
      ...copies("12", 2),
    ];
    const { change } = pairFigures(current);
    const kronoberg = units.filter(inRegion("07")).length;
    expect(change.statements.largestGrowth?.regions.map((r) => r.lanskod)).toEqual(["01", "12"]);
    expect(change.statements.largestDecline?.absolute).toBe(-kronoberg);
    const text = regionChangeStatement(change, sv);
    expectWellFormed(text);
    expect(text).toBe(
      `Från 2023 till ${NEXT_SURVEY} fick 2 regioner fler verksamheter, 1 färre och 18 lika många. ` +
        `Störst ökning: Region Stockholm och Region Skåne, 2 verksamheter fler i var och en. ` +
        `Störst minskning: Region Kronoberg, ${kronoberg} verksamheter färre.`,
    );
    expect(regionChangeStatement(change, en)).toBe(
      `From 2023 to ${NEXT_SURVEY}, 2 regions gained units, 1 region lost units and 18 regions had the same number. ` +
        `Largest increase: Region Stockholm and Region Skåne, 2 units more each. ` +
        `Largest decrease: Region Kronoberg, ${kronoberg} units fewer.`,
    );
    const summary = regionChangeSummary(change, sv);
    expectWellFormed(summary);
    expect(summary).toContain(`Region Kronoberg \u2212${kronoberg} (från ${kronoberg} till 0)`);
    expect(summary).toContain("Region Gotland 0 (från 0 till 0)");
  });

  it("agree with one region and one unit, and with no change at all", () => {
    const units = shippedUnits();
    const [first] = units.filter(inRegion("01"));
    const { change } = pairFigures([
      ...units,
      { ...(first as UnitRow), id: "N1", namn: "Ny enhet" },
    ]);
    const text = regionChangeStatement(change, sv);
    expectWellFormed(text);
    expect(text).toBe(
      `Från 2023 till ${NEXT_SURVEY} fick 1 region fler verksamheter och 20 lika många. ` +
        "Störst ökning: Region Stockholm, 1 verksamhet fler.",
    );
    const same = regionChangeStatement(pairFigures(units).change, sv);
    expect(same).toBe(`Från 2023 till ${NEXT_SURVEY} fick 21 regioner lika många verksamheter.`);
  });

  it("on a region page: then, now and change, and what was added and removed", () => {
    const p = { previousYear: "2023", year: "2026" };
    const sentences = [
      regionChange.counts({ ...p, before: 1, after: 2 }),
      regionChange.counts({ ...p, before: 3, after: 2 }),
      regionChange.counts({ ...p, before: 4, after: 4 }),
      regionChange.counts({ ...p, before: 0, after: 0 }),
      regionChange.units({ ...p, added: 1, removed: 0 }),
      regionChange.units({ ...p, added: 0, removed: 2 }),
      regionChange.units({ ...p, added: 0, removed: 0 }),
    ];
    for (const sentence of sentences) expectWellFormed(sentence);
    expect(sentences[0]).toBe(
      "År 2023 fanns 1 verksamhet i regionen och år 2026 2, 1 verksamhet fler.",
    );
    expect(sentences[1]).toBe(
      "År 2023 fanns 3 verksamheter i regionen och år 2026 2, 1 verksamhet färre.",
    );
  });
});
