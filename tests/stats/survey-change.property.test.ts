/**
 * Over generated pairs of surveys (the previous survey's units kept as
 * verksamheter-<år>.csv, validated by the real loader) and generated policies:
 * the change per region and per kommun adds up to the national change and
 * agrees with counts straight from the two files; a unit in both surveys is
 * never new or removed; a listed unit carries only what the policy publishes
 * per unit; and the statements agree with the figures.
 */
import fc from "fast-check";
import { policyArbitrary } from "../helpers/policy-arbitrary.ts";
import { describe, expect, it } from "vitest";
import {
  SURVEY_ANSWERS,
  UNIT_IDENTITY,
  type ColumnRule,
  type SurveyAnswer,
} from "../../src/lib/data/index.ts";
import { perUnitAnswers, reportFigures, type SurveyChange } from "../../src/lib/stats/index.ts";
import {
  datasetOf,
  FORM_SERVICES,
  KOMMUNER,
  LANSKODER,
  NEXT_SURVEY,
  nextSurveyText,
  unitsCsv,
  type UnitRow,
} from "../helpers/datasets.ts";
import { runs } from "../helpers/property-runs.ts";

/** A unit of the pair: where it is in each survey it is in (it may move). */
const pairUnit = fc.record({
  before: fc.option(fc.record({ region: fc.nat({ max: LANSKODER.length - 1 }), kommun: fc.nat() })),
  after: fc.option(fc.record({ region: fc.nat({ max: LANSKODER.length - 1 }), kommun: fc.nat() })),
  form: fc.constantFrom("familjecentral", "familjecentralsliknande"),
});
const pair = fc.array(pairUnit, { minLength: 2, maxLength: 40 });

const policy = policyArbitrary;

type Place = { region: number; kommun: number };
type PairUnit = typeof pairUnit extends fc.Arbitrary<infer U> ? U : never;

function row(id: string, place: Place, form: PairUnit["form"]): UnitRow {
  const inRegion = KOMMUNER.filter((k) => k.lanskod === LANSKODER[place.region]);
  const kommun = inRegion[place.kommun % inRegion.length] ?? KOMMUNER[0];
  return {
    id,
    namn: `Enhet ${id}`,
    verksamhetsform: form,
    kommunkod: kommun?.kommunkod ?? "0114",
    lat: "59.0",
    lon: "15.0",
    omradestyp: "3",
    malgrupp: "0-6",
    ...FORM_SERVICES[form],
    samverkan_bibliotek: "ja",
    samverkan_forskola: "nej",
    samverkan_tandvard: "ja",
    samverkan_psykolog: "nej",
  };
}

function filesOf(units: readonly PairUnit[]) {
  const previous: UnitRow[] = [];
  const current: UnitRow[] = [];
  units.forEach((unit, i) => {
    if (unit.before !== null) previous.push(row(`P${i + 1}`, unit.before, unit.form));
    if (unit.after !== null) current.push(row(`P${i + 1}`, unit.after, unit.form));
  });
  return { previous, current };
}

function policyCsv(rules: Record<SurveyAnswer, ColumnRule>): string {
  const lines = [
    "kolumn,publiceras,minsta_grupp",
    ...UNIT_IDENTITY.map((column) => `${column},per_verksamhet,`),
    ...SURVEY_ANSWERS.map((answer) => {
      const r = rules[answer];
      return `${answer},${r.publish},${r.publish === "sammanstallning" ? r.minGroup : ""}`;
    }),
  ];
  return `${lines.join("\n")}\n`;
}

const countWhere = (rows: readonly UnitRow[], test: (kommunkod: string) => boolean) =>
  rows.filter((r) => test(r.kommunkod)).length;
const lanOf = new Map(KOMMUNER.map((k) => [k.kommunkod, k.lanskod]));

function changeOf(units: readonly PairUnit[], rules: Record<SurveyAnswer, ColumnRule>) {
  const { previous, current } = filesOf(units);
  const dataset = datasetOf({
    verksamheter: unitsCsv(current),
    kartlaggningar: nextSurveyText(previous.length),
    earlierUnits: { "verksamheter-2023.csv": unitsCsv(previous) },
    publicering: policyCsv(rules),
  });
  const change = reportFigures(dataset).unitChange;
  if (change === null) throw new Error("the kept previous survey gave no change");
  return { previous, current, change, policy: dataset.policy };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const hasBoth = (units: readonly PairUnit[]) =>
  units.some((u) => u.before !== null) && units.some((u) => u.after !== null);

describe("the change between two surveys, over generated pairs", () => {
  it("adds up: regions and kommuner sum to the national change, each as counted in the files", () => {
    fc.assert(
      fc.property(pair, policy, (units, rules) => {
        fc.pre(hasBoth(units));
        const { previous, current, change } = changeOf(units, rules);
        expect(change.previousYear).toBe(2023);
        expect(change.currentYear).toBe(NEXT_SURVEY);
        expect(change.national.before).toBe(previous.length);
        expect(change.national.after).toBe(current.length);
        expect(sum(change.regions.map((r) => r.change.absolute))).toBe(change.national.absolute);
        expect(sum([...change.kommuner.values()].map((c) => c.absolute))).toBe(
          change.national.absolute,
        );
        for (const { region, change: c, kommuner } of change.regions) {
          const inRegion = (kod: string) => lanOf.get(kod) === region.lanskod;
          expect(c.before).toBe(countWhere(previous, inRegion));
          expect(c.after).toBe(countWhere(current, inRegion));
          expect(sum(kommuner.map((k) => k.change.absolute))).toBe(c.absolute);
          for (const { kommun, change: k } of kommuner) {
            expect(k.before).toBe(countWhere(previous, (kod) => kod === kommun.kommunkod));
            expect(k.after).toBe(countWhere(current, (kod) => kod === kommun.kommunkod));
          }
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it("never counts a unit in both surveys as new or removed, and counts every other one", () => {
    fc.assert(
      fc.property(pair, policy, (units, rules) => {
        fc.pre(hasBoth(units));
        const { previous, current, change } = changeOf(units, rules);
        const before = new Set(previous.map((r) => r.id));
        const after = new Set(current.map((r) => r.id));
        const added = change.regions.flatMap((r) => r.added.map((u) => u.id));
        const removed = change.regions.flatMap((r) => r.removed.map((u) => u.id));
        expect(added.filter((id) => before.has(id))).toEqual([]);
        expect(removed.filter((id) => after.has(id))).toEqual([]);
        expect(new Set(added)).toEqual(new Set([...after].filter((id) => !before.has(id))));
        expect(new Set(removed)).toEqual(new Set([...before].filter((id) => !after.has(id))));
        expect(added.length).toBe(change.addedTotal);
        expect(removed.length).toBe(change.removedTotal);
        expect(change.persisting + change.addedTotal).toBe(current.length);
        expect(change.persisting + change.removedTotal).toBe(previous.length);
      }),
      { numRuns: runs(40) },
    );
  });

  it("lists units with their identity and only the answers the policy publishes per unit", () => {
    fc.assert(
      fc.property(pair, policy, (units, rules) => {
        fc.pre(hasBoth(units));
        const { change, policy: published } = changeOf(units, rules);
        const allowed = new Set<string>([
          ...UNIT_IDENTITY,
          "lanskod",
          ...perUnitAnswers(published),
        ]);
        for (const unit of change.regions.flatMap((r) => [...r.added, ...r.removed])) {
          for (const key of Object.keys(unit)) expect(allowed, key).toContain(key);
          for (const answer of SURVEY_ANSWERS)
            if (rules[answer].publish !== "per_verksamhet") expect(unit).not.toHaveProperty(answer);
        }
      }),
      { numRuns: runs(30) },
    );
  });

  it("states what the figures show: directions partition the regions, the largest are the largest", () => {
    fc.assert(
      fc.property(pair, policy, (units, rules) => {
        fc.pre(hasBoth(units));
        const { change } = changeOf(units, rules);
        expectStatementsAgree(change);
      }),
      { numRuns: runs(40) },
    );
  });
});

function expectStatementsAgree(change: SurveyChange) {
  const { grew, shrank, unchanged, largestGrowth, largestDecline } = change.statements;
  const absolute = new Map(change.regions.map((r) => [r.region.lanskod, r.change.absolute]));
  const of = (lanskod: string) => absolute.get(lanskod) ?? Number.NaN;
  expect(grew.length + shrank.length + unchanged.length).toBe(change.regions.length);
  for (const region of grew) expect(of(region.lanskod)).toBeGreaterThan(0);
  for (const region of shrank) expect(of(region.lanskod)).toBeLessThan(0);
  for (const region of unchanged) expect(of(region.lanskod)).toBe(0);
  const max = Math.max(...absolute.values());
  const min = Math.min(...absolute.values());
  if (max > 0) {
    expect(largestGrowth?.absolute).toBe(max);
    expect(largestGrowth?.regions.map((r) => r.lanskod)).toEqual(
      change.regions.filter((r) => r.change.absolute === max).map((r) => r.region.lanskod),
    );
  } else expect(largestGrowth).toBeNull();
  if (min < 0) expect(largestDecline?.absolute).toBe(min);
  else expect(largestDecline).toBeNull();
}
