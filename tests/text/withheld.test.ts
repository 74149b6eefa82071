/**
 * What a reader gets where the publication policy withholds a figure: a ".."
 * with its legend in a table, a gap with the same words in a chart, or a
 * sentence that says why, and never a statement the hidden figure would support.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_GROUP, type Dataset } from "../../src/lib/data/index.ts";
import { collaborationChartData } from "../../src/lib/charts/index.ts";
import { nationalCharts } from "../../src/lib/figures/contents.ts";
import { collaborationChartSvg } from "../../src/lib/figures/drawings.ts";
import {
  ageGroupTable,
  areaTypeTable,
  collaborationTable,
} from "../../src/lib/figures/national-tables.ts";
import { regionAreaTable, unitTable } from "../../src/lib/figures/region-tables.ts";
import { regionText } from "../../src/lib/text/region-text.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import {
  publishedDataset,
  regionReportOf,
  reportFigures,
  type ReportFigures,
} from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import {
  formLabel,
  partnerLabel,
  partnerShort,
  sv,
  withheld,
} from "../../src/lib/text/sv/index.ts";
import {
  datasetOf,
  SHIPPED,
  shippedUnits,
  unitsCsv,
  visbyUnit,
  type UnitRow,
} from "../helpers/datasets.ts";
import { reportSentences } from "../helpers/report-sentences.ts";

const shippedPolicy = SHIPPED.publicering ?? "";
const withRule = (column: string, rule: string) =>
  shippedPolicy.replace(new RegExp(`^${column},.*$`, "m"), `${column},${rule}`);

const lone: UnitRow = visbyUnit({ omradestyp: "2" });

describe("a partner the policy never publishes", () => {
  const dataset = datasetOf({ publicering: withRule("samverkan_tandvard", "aldrig,") });
  const figures = reportFigures(dataset);
  const hidden = { withheld: "not-published", minGroup: 0 } as const;

  it("is a '..' row in the table, with the legend under it", () => {
    const table = collaborationTable(figures, sv);
    const row = table?.rows.find((r) => r.cells[0]?.text === partnerLabel.tandvard);
    expect(row?.cells.slice(1).map((c) => c.text)).toEqual([withheld.mark, withheld.mark]);
    expect(row?.cells.slice(1).every((c) => c.value === undefined)).toBe(true);
    expect(table?.legend).toEqual([withheld.legend(hidden)]);
  });

  it("is a gap in the chart, labelled '..', never a zero, and named as not shown in its text alternative", () => {
    const rows = collaborationChartData(figures.collaboration, {
      partners: partnerLabel,
      withheld: withheld.mark,
    });
    const gap = rows.find((r) => r.key === "tandvard");
    expect(gap).toMatchObject({ antal: null, value: 0, valueLabel: withheld.mark });
    const svg = collaborationChartSvg(figures, 360, "samverkan", sv) ?? "";
    expect(svg).toContain(withheld.part(partnerLabel.tandvard));
    expect(svg).not.toMatch(/>0,0 %</);
  });

  it("is left out of every statement, in both languages", () => {
    expect(figures.statements.majorityPartners).not.toContain("tandvard");
    for (const t of [sv, en])
      expect(reportText(figures, t).healthWork.collaboration).not.toContain(
        t === sv ? partnerShort.tandvard : "dental",
      );
  });

  it("is named in the method text as not published", () => {
    expect(reportText(figures, sv).aboutData.policy).toMatch(
      /samverkan med tandvård publiceras inte/,
    );
  });
});

describe("a survey of fewer units than the smallest group", () => {
  const units = shippedUnits().slice(0, DEFAULT_MIN_GROUP - 1);
  const dataset = datasetOf({ verksamheter: unitsCsv(units) });
  const figures = reportFigures(dataset);

  it("shows no answer in aggregate: sentences say why instead of charts and tables", () => {
    expect(collaborationTable(figures, sv)).toBeNull();
    expect(ageGroupTable(figures, sv)).toBeNull();
    expect(nationalCharts(figures, reportText(figures, sv))).toMatchObject({
      ageTable: false,
      collaboration: false,
    });
    const text = reportText(figures, sv);
    const small = { withheld: "small-group", minGroup: DEFAULT_MIN_GROUP } as const;
    expect(text.healthWork.collaboration).toBe(
      withheld.sentence(withheld.topics.collaboration, small),
    );
    expect(text.healthWork.ageFocus).toBe(withheld.sentence(withheld.topics.ageGroups, small));
    // The area type is published per unit under the shipped policy: still shown.
    expect(areaTypeTable(figures, sv)).not.toBeNull();
    for (const sentence of reportSentences(text))
      expect(sentence).not.toMatch(/majoritet|främst till barn|samverkar med/);
  });
});

describe("a strict policy and a region of one unit", () => {
  const dataset: Dataset = datasetOf({
    verksamheter: unitsCsv([...shippedUnits(), lone]),
    publicering: withRule("omradestyp", "sammanstallning,"),
  });
  const figures: ReportFigures = reportFigures(dataset);
  const gotland = dataset.regioner.find((r) => r.lanskod === "09");
  if (gotland === undefined) throw new Error("no Region Gotland");
  const report = regionReportOf(figures.regions, gotland);

  it("shows the region's area types as '..' without the nation's beside them, with the legend", () => {
    const table = regionAreaTable(figures, report);
    expect(table?.columns).toHaveLength(3);
    for (const row of table?.rows ?? [])
      expect(row.cells.slice(1).map((c) => c.text)).toEqual([withheld.mark, withheld.mark]);
    expect(table?.legend).toEqual([
      withheld.legend({ withheld: "small-group", minGroup: DEFAULT_MIN_GROUP }),
    ]);
  });

  it("says why in words, and lists the unit without its area type", () => {
    expect(regionText(figures, report).areaText).toBe(
      withheld.sentence(withheld.topics.regionAreaTypes(gotland.region), {
        withheld: "small-group",
        minGroup: DEFAULT_MIN_GROUP,
      }),
    );
    const list = unitTable(publishedDataset(dataset), report);
    expect(list.columns).toHaveLength(3);
    expect(list.rows[0]?.cells.map((c) => c.text)).toEqual([
      lone.namn,
      dataset.kommuner.find((k) => k.kommunkod === lone.kommunkod)?.kommun,
      formLabel[lone.verksamhetsform as "familjecentralsliknande"].one,
    ]);
  });

  it("hides a second region, so the first cannot be worked out from the nation's figures", () => {
    const hidden = figures.regions.filter((r) => r.areaTypes !== null && "withheld" in r.areaTypes);
    expect(hidden.map((r) => r.region.lanskod)).toContain("09");
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const other = hidden.find((r) => r.region.lanskod !== "09");
    expect(other?.areaTypes).toEqual({ withheld: "complement", minGroup: DEFAULT_MIN_GROUP });
  });
});
