/**
 * Over generated datasets and generated publication policies: no figure of an
 * answer published only in aggregates comes from a group smaller than the
 * policy's smallest group; an answer never published appears nowhere; no
 * withheld group can be worked out from a total shown beside it; and a unit as
 * published holds exactly its identity and its per-unit answers.
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
import {
  isWithheld,
  PARTNERS,
  publishedDataset,
  reportFigures,
  type ReportFigures,
} from "../../src/lib/stats/index.ts";
import {
  datasetOf,
  FORM_SERVICES,
  KOMMUNER,
  LANSKODER,
  unitsCsv,
  type UnitRow,
} from "../helpers/datasets.ts";
import { runs } from "../helpers/property-runs.ts";

const yesNo = fc.constantFrom("ja", "nej");

/** Units per region: most regions small, so groups below any smallest group are common. */
const unit = fc.record({
  region: fc.nat({ max: LANSKODER.length - 1 }),
  kommun: fc.nat(),
  form: fc.constantFrom("familjecentral", "familjecentralsliknande"),
  omradestyp: fc.constantFrom("", "1", "2", "3", "4", "5"),
  malgrupp: fc.constantFrom("0-6", "0-12", "0-18"),
  partners: fc.tuple(yesNo, yesNo, yesNo, yesNo),
});
const units = fc.array(unit, { minLength: 1, maxLength: 40 });

const policy = policyArbitrary;

type GeneratedUnit = typeof unit extends fc.Arbitrary<infer U> ? U : never;

function rowsOf(generated: readonly GeneratedUnit[]): UnitRow[] {
  return generated.map((u, i) => {
    const inRegion = KOMMUNER.filter((k) => k.lanskod === LANSKODER[u.region]);
    const kommun = inRegion[u.kommun % inRegion.length] ?? KOMMUNER[0];
    const [bibliotek, forskola, tandvard, psykolog] = u.partners;
    return {
      id: `P${i + 1}`,
      namn: `Enhet ${i + 1}`,
      verksamhetsform: u.form,
      kommunkod: kommun?.kommunkod ?? "0114",
      lat: "59.0",
      lon: "15.0",
      omradestyp: u.omradestyp,
      malgrupp: u.malgrupp,
      ...FORM_SERVICES[u.form],
      samverkan_bibliotek: bibliotek,
      samverkan_forskola: forskola,
      samverkan_tandvard: tandvard,
      samverkan_psykolog: psykolog,
    };
  });
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

/**
 * Each shown figure of an answer with the size of the group it was computed
 * over; an answer never published must have none. Read from the figures the
 * pages, downloads and drawings are made from.
 */
function shownFigures(figures: ReportFigures): { answer: SurveyAnswer; group: number }[] {
  const shown: { answer: SurveyAnswer; group: number }[] = [];
  const total = figures.units.total;
  if (!isWithheld(figures.areaTypes)) shown.push({ answer: "omradestyp", group: total });
  if (!isWithheld(figures.ageGroups)) shown.push({ answer: "malgrupp", group: total });
  for (const entry of figures.collaboration)
    if (!isWithheld(entry)) shown.push({ answer: PARTNERS[entry.partner], group: total });
  for (const [form, value] of Object.entries(figures.areaTypesByForm))
    if (value !== null && !isWithheld(value))
      shown.push({ answer: "omradestyp", group: figures.units[form as "familjecentral"] });
  for (const region of figures.regions)
    if (region.areaTypes !== null && !isWithheld(region.areaTypes))
      shown.push({ answer: "omradestyp", group: region.units.total });
  return shown;
}

/** A partition's withheld groups with the total beside them shown: none, or enough to hide each. */
function expectUndeducible(hidden: readonly number[], minGroup: number) {
  if (hidden.length === 0) return;
  expect(hidden.length).toBeGreaterThanOrEqual(2);
  expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(minGroup);
}

describe("the publication policy, over generated datasets and policies", () => {
  it("shows no figure of a protected answer over a small group, and none that can be worked out", () => {
    fc.assert(
      fc.property(units, policy, (generated, rules) => {
        const dataset = datasetOf({
          verksamheter: unitsCsv(rowsOf(generated)),
          publicering: policyCsv(rules),
        });
        const figures = reportFigures(dataset);
        for (const { answer, group } of shownFigures(figures)) {
          const r = rules[answer];
          expect(r.publish, answer).not.toBe("aldrig");
          if (r.publish === "sammanstallning")
            expect(group, answer).toBeGreaterThanOrEqual(r.minGroup);
        }
        const area = rules.omradestyp;
        if (area.publish === "sammanstallning" && !isWithheld(figures.areaTypes)) {
          expectUndeducible(
            figures.regions.filter((r) => isWithheld(r.areaTypes)).map((r) => r.units.total),
            area.minGroup,
          );
          expectUndeducible(
            (["familjecentral", "familjecentralsliknande"] as const)
              .filter((form) => isWithheld(figures.areaTypesByForm[form]))
              .map((form) => figures.units[form]),
            area.minGroup,
          );
        }
        // What a page, a download or the map gets of each unit.
        const perUnit = new Set([
          ...UNIT_IDENTITY,
          "lanskod",
          ...SURVEY_ANSWERS.filter((a) => rules[a].publish === "per_verksamhet"),
        ]);
        for (const published of publishedDataset(dataset).verksamheter)
          expect(new Set(Object.keys(published))).toEqual(perUnit);
        for (const region of figures.regions)
          for (const listed of region.unitList)
            expect(new Set(Object.keys(listed))).toEqual(perUnit);
      }),
      { numRuns: runs(150) },
    );
  });
});
