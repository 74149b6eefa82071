/**
 * For any valid dataset and publication policy, each chart's text alternative
 * names every value of the table beside it, and no number the table or the
 * chart does not show: the same check as tests/build/alt-texts.test.ts, on the
 * drawings and tables the pages are made of, without a build.
 */
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  areaTypeByFormChartSvg,
  areaTypeChartSvg,
  collaborationChartSvg,
  surveyChartSvg,
} from "../../src/lib/figures/drawings.ts";
import {
  areaTypeByFormTable,
  areaTypeTable,
  collaborationTable,
  developmentTable,
} from "../../src/lib/figures/national-tables.ts";
import type { TableData } from "../../src/lib/figures/table-data.ts";
import { reportFigures, type ReportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv, type Catalogue } from "../../src/lib/text/sv/index.ts";
import { checkAltText } from "../helpers/alt-text.ts";
import {
  datasetOf,
  FORM_SERVICES,
  SHIPPED,
  shippedUnits,
  unitsCsv,
  type UnitRow,
} from "../helpers/datasets.ts";
import { runs } from "../helpers/property-runs.ts";

const TEMPLATES = shippedUnits();
const PARTNERS = [
  "samverkan_bibliotek",
  "samverkan_forskola",
  "samverkan_tandvard",
  "samverkan_psykolog",
] as const;

const unit = fc.record({
  liknande: fc.boolean(),
  area: fc.constantFrom("1", "2", "3", "4", "5", ""),
  age: fc.constantFrom("0-6", "0-12", "0-18"),
  partners: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});

const shippedPolicy = SHIPPED.publicering ?? "";
const withRule = (policy: string, column: string, rule: string) =>
  policy.replace(new RegExp(`^${column},.*$`, "m"), `${column},${rule}`);
/** The shipped policy, one partner never published, or every answer only in groups of 10. */
const policy = fc.constantFrom(
  shippedPolicy,
  withRule(shippedPolicy, "samverkan_tandvard", "aldrig,"),
  PARTNERS.reduce((p, column) => withRule(p, column, "sammanstallning,10"), shippedPolicy),
);

type UnitSpec = typeof unit extends fc.Arbitrary<infer U> ? U : never;

function unitsOf(specs: readonly UnitSpec[]): UnitRow[] {
  return specs.map((spec, i) => {
    const form = spec.liknande ? "familjecentralsliknande" : "familjecentral";
    return {
      ...(TEMPLATES[i] as UnitRow),
      verksamhetsform: form,
      ...FORM_SERVICES[form],
      omradestyp: spec.area,
      malgrupp: spec.age,
      ...Object.fromEntries(PARTNERS.map((column, k) => [column, spec.partners[k] ? "ja" : "nej"])),
    };
  });
}

type Drawing = (figures: ReportFigures, width: number, id: string, t: Catalogue) => string | null;
const CHARTS: readonly [string, Drawing, (f: ReportFigures, t: Catalogue) => TableData | null][] = [
  ["survey", surveyChartSvg, developmentTable],
  ["area types", areaTypeChartSvg, areaTypeTable],
  ["area types by form", areaTypeByFormChartSvg, areaTypeByFormTable],
  ["collaboration", collaborationChartSvg, collaborationTable],
];

describe("chart text alternatives for any valid dataset and policy", () => {
  it("name every value of their table, and only numbers the table or the chart shows", () => {
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: Math.min(60, TEMPLATES.length) }),
        policy,
        (specs, publicering) => {
          const dataset = datasetOf({ verksamheter: unitsCsv(unitsOf(specs)), publicering });
          const figures = reportFigures(dataset);
          for (const t of [sv, en]) {
            for (const [name, draw, tableOf] of CHARTS) {
              const svg = draw(figures, 360, "test", t);
              const table = tableOf(figures, t);
              if (svg === null || table === null) continue;
              const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
              const alt = document.querySelector("svg")?.getAttribute("aria-label") ?? "";
              const cells = [...table.rows, ...(table.totals ? [table.totals] : [])];
              const body = table.rows.flatMap((row) =>
                row.cells.slice(1).filter((cell) => cell.numeric === true),
              );
              const known = [
                ...cells.flatMap((row) => row.cells.map((cell) => cell.text)),
                ...[...document.querySelectorAll("text")].map((text) => text.textContent ?? ""),
              ];
              const check = checkAltText(
                alt,
                body.map((cell) => cell.text),
                known,
                t.format.locale,
              );
              expect(check, `${name} (${t.site.lang}): "${alt}"`).toEqual({
                unnamed: [],
                unknown: [],
              });
            }
          }
        },
      ),
      { numRuns: runs(40) },
    );
  });
});
