/**
 * What each page numbers, in reading order: the one place that says which
 * figures and tables a page has. Pages and sections take their ids from here,
 * the figure downloads their numbers, and a test checks that the built pages
 * show them in this order.
 */
import { isAggregated } from "../map/index.ts";
import { UNIT_BUDGET } from "../report-map.ts";
import type { ReportText } from "../text/report-text.ts";
import { isWithheld, type RegionReport, type ReportFigures } from "../stats/index.ts";
import { regionPage, type Catalogue } from "../text/sv/index.ts";
import { numberContents, type ContentEntry, type Numbering } from "./numbering.ts";

/** The national page's figures, by their element ids (stable permalinks). */
export const NATIONAL_FIGURE = {
  development: "utveckling-diagram",
  /** Only when the previous survey's units are kept (figures.unitChange). */
  regionChange: "utveckling-regioner",
  map: "geografisk-spridning-karta",
  areaTypes: "omradestyper-diagram",
  byForm: "omradestyper-form",
  collaboration: "halsoframjande-arbete-samverkan",
} as const;
export type NationalFigure = keyof typeof NATIONAL_FIGURE;

/** A region page's figure and tables, by their element ids. */
export const REGION_CONTENT = {
  map: "karta",
  kommuner: "kommuner-tabell",
  areaTypes: "omradestyper-tabell",
  units: "verksamheter-tabell",
} as const;

/** The id of the table that holds a figure's numbers. */
export const tableOf = (figureId: string) => `${figureId}-tabell`;
export const AGE_TABLE = "halsoframjande-arbete-malgrupp";

const figure = (id: string, title: string): ContentEntry => ({ id, kind: "figure", title });
const table = (id: string, title: string): ContentEntry => ({ id, kind: "table", title });
/** A chart and, right after it, the table of its numbers. */
const chart = (id: string, title: string, tableTitle: string) => [
  figure(id, title),
  table(tableOf(id), tableTitle),
];

/** Whether the national page draws each chart: some give way to a sentence for unusual data. */
export function nationalCharts(
  figures: ReportFigures,
  text: ReportText,
  edition: Edition = "full",
) {
  return {
    areaTypes: text.areaTypes.chart,
    byForm:
      edition === "full" &&
      text.areaTypes.byForm.chart &&
      text.areaTypes.byForm.text !== null &&
      // Both forms have units, so there is something to compare, and both are shown.
      Object.values(figures.areaTypesByForm).every((group) => group !== null && !isWithheld(group)),
    /** The age table, unless the policy withholds the main age group. */
    ageTable: !isWithheld(figures.ageGroups),
    /** The collaboration chart, unless the policy withholds every partner. */
    collaboration: !figures.collaboration.every(isWithheld),
  };
}

/**
 * The national report in full (the Swedish page), or the English summary,
 * which leaves out the two charts whose findings its text already states: the
 * change since the previous survey (a key figure) and area types by form.
 */
export type Edition = "full" | "summary";

export function nationalContents(
  figures: ReportFigures,
  text: ReportText,
  t: Catalogue,
  edition: Edition = "full",
): Numbering {
  const { areaTypes, development, geography, healthWork } = t;
  const shown = nationalCharts(figures, text, edition);
  const F = NATIONAL_FIGURE;
  return numberContents(
    [
      ...(edition === "full"
        ? chart(F.development, development.chartTitle, development.table.caption)
        : []),
      ...(edition === "full" && figures.unitChange !== null
        ? chart(
            F.regionChange,
            t.surveyChange.chartTitle(
              String(figures.unitChange.previousYear),
              String(figures.unitChange.currentYear),
            ),
            t.surveyChange.table.caption(
              String(figures.unitChange.previousYear),
              String(figures.unitChange.currentYear),
            ),
          )
        : []),
      ...chart(F.map, geography.mapTitle, geography.table.caption),
      ...(shown.areaTypes ? chart(F.areaTypes, areaTypes.chartTitle, areaTypes.table.caption) : []),
      ...(shown.byForm
        ? chart(F.byForm, areaTypes.byFormTitle, areaTypes.byFormTable.caption)
        : []),
      ...(shown.ageTable ? [table(AGE_TABLE, healthWork.ageTable.caption)] : []),
      ...(shown.collaboration
        ? chart(F.collaboration, healthWork.chartTitle, healthWork.table.caption)
        : []),
    ],
    t.numbering,
  );
}

/** Whether a region page lists its units one by one (not when there are too many). */
export const listsUnits = (report: RegionReport) =>
  report.units.total > 0 && !isAggregated(report.unitList.length, UNIT_BUDGET);

export function regionContents(report: RegionReport): Numbering {
  const name = report.region.region;
  const C = REGION_CONTENT;
  return numberContents([
    figure(C.map, regionPage.mapTitle(name)),
    table(C.kommuner, regionPage.kommunTable.caption(name)),
    ...(report.areaTypes !== null
      ? [table(C.areaTypes, regionPage.areaTable.caption(name, !isWithheld(report.areaTypes)))]
      : []),
    ...(listsUnits(report) ? [table(C.units, regionPage.listTable.caption(name))] : []),
  ]);
}
