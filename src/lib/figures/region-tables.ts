/**
 * A region page's tables, built from the figures alone: the page shows them and
 * the map's download writes the kommun table as CSV, so the two cannot differ.
 */
import { swedish } from "../format.ts";
import {
  AREA_TYPES,
  isAreaType,
  isWithheld,
  type AreaTypeDistribution,
  type Change,
  type PublishedDataset,
  type RegionChange,
  type SurveyChange,
  type RegionReport,
  type ReportFigures,
} from "../stats/index.ts";
import { kommunAnchor } from "../site-paths.ts";
import {
  areaGroupLabel,
  areaTypeLabel,
  formLabel,
  formShort,
  geography,
  regionPage,
  unitFields,
  withheld,
} from "../text/sv/index.ts";
import { surveyChange } from "../text/sv/survey-change.ts";
import {
  cellsOf,
  legendOf,
  numericCell,
  numericHeader,
  withheldCell,
  type TableCell,
  type TableData,
} from "./table-data.ts";

const { integer, percent } = cellsOf(swedish);

/** The region's change since the previous survey, or null unless that survey's units are kept. */
export function regionChangeOf(
  unitChange: SurveyChange | null,
  report: RegionReport,
): RegionChange | null {
  return unitChange?.regions.find((row) => row.region.lanskod === report.region.lanskod) ?? null;
}

/**
 * The region's kommuner with their units by form; with the previous survey's
 * units kept (`unitChange`), also each kommun's count then and the change since.
 */
export function kommunTable(
  report: RegionReport,
  unitChange: SurveyChange | null = null,
): TableData {
  const change = regionChangeOf(unitChange, report);
  const byKommun = new Map(
    (change?.kommuner ?? []).map((row) => [row.kommun.kommunkod, row.change]),
  );
  const thenAndChange = (value: Change | undefined) =>
    change === null || value === undefined
      ? []
      : [integer(value.before), numericCell(value.absolute, swedish.signedInteger)];
  return {
    caption: regionPage.kommunTable.caption(report.region.region),
    columns: [
      { text: regionPage.kommunTable.kommun },
      // With soft hyphens, so the compounds break where a phone's columns are narrower.
      numericHeader(geography.table.forms.familjecentral),
      numericHeader(geography.table.forms.familjecentralsliknande),
      ...(unitChange === null || change === null
        ? [numericHeader(formShort.total)]
        : [
            numericHeader(surveyChange.totalIn(String(unitChange.currentYear))),
            numericHeader(surveyChange.totalIn(String(unitChange.previousYear))),
            numericHeader(surveyChange.change),
          ]),
    ],
    rows: report.kommunTable.map(({ kommun, units }) => ({
      id: kommunAnchor(kommun.kommunkod),
      cells: [
        {
          text:
            units.total === 0 ? `${kommun.kommun} – ${regionPage.kommunTable.none}` : kommun.kommun,
        },
        integer(units.familjecentral),
        integer(units.familjecentralsliknande),
        integer(units.total),
        ...thenAndChange(byKommun.get(kommun.kommunkod)),
      ],
      ...(units.total === 0 ? { variant: "muted" as const } : {}),
    })),
    totals: {
      cells: [
        { text: regionPage.kommunTable.total },
        integer(report.units.familjecentral),
        integer(report.units.familjecentralsliknande),
        integer(report.units.total),
        ...thenAndChange(change?.change),
      ],
    },
  };
}

/**
 * The region's area types beside the nation's, or null when the region has no
 * units. Where the policy withholds the region's, its cells are ".." with the
 * legend and the nation's are left to the national report: a region page whose
 * figures are withheld then says nothing that one of its units' answers moves.
 */
export function regionAreaTable(national: ReportFigures, report: RegionReport): TableData | null {
  const regional = report.areaTypes;
  if (regional === null) return null;
  const nation = national.areaTypes;
  const hidden = withheldCell(withheld.mark);
  const here = (cell: (d: AreaTypeDistribution) => TableCell[]) =>
    isWithheld(regional) ? [hidden, hidden] : cell(regional);
  const there = (cell: (d: AreaTypeDistribution) => TableCell): TableCell[] =>
    isWithheld(regional) ? [] : [isWithheld(nation) ? hidden : cell(nation)];
  return {
    caption: regionPage.areaTable.caption(report.region.region, !isWithheld(regional)),
    columns: [
      { text: regionPage.areaTable.type },
      numericHeader(regionPage.areaTable.count),
      numericHeader(regionPage.areaTable.share),
      ...(isWithheld(regional) ? [] : [numericHeader(regionPage.areaTable.national)]),
    ],
    rows: [
      ...AREA_TYPES.map((typ, i) => ({
        cells: [
          { text: `${typ}. ${areaTypeLabel[typ]}` },
          ...here((d) => {
            const entry = d.byType[i];
            return entry === undefined
              ? [hidden, hidden]
              : [integer(entry.antal), percent(entry.andel)];
          }),
          ...there((d) => percent(d.byType[i]?.andel ?? 0)),
        ],
      })),
      {
        cells: [
          { text: areaGroupLabel.saknas },
          ...here((d) => [integer(d.missing.antal), percent(d.missing.andel)]),
          ...there((d) => percent(d.missing.andel)),
        ],
      },
    ],
    legend: legendOf([regional, nation].filter(isWithheld), withheld.legend),
  };
}

/** The region's units; their area type only where the policy publishes it per unit. */
export function unitTable(dataset: PublishedDataset, report: RegionReport): TableData {
  const kommunName = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
  const showsArea = dataset.policy.rules.omradestyp.publish === "per_verksamhet";
  return {
    caption: regionPage.listTable.caption(report.region.region),
    columns: [
      { text: unitFields.name },
      { text: unitFields.kommun },
      { text: unitFields.form },
      ...(showsArea ? [{ text: unitFields.area }] : []),
    ],
    rows: report.unitList.map((unit) => {
      const typ = unit.omradestyp ?? null;
      return {
        cells: [
          { text: unit.namn },
          { text: kommunName.get(unit.kommunkod) ?? unit.kommunkod },
          { text: formLabel[unit.verksamhetsform].one },
          ...(showsArea
            ? [
                {
                  text: isAreaType(typ)
                    ? unitFields.areaType(typ, areaTypeLabel[typ])
                    : unitFields.areaMissing,
                },
              ]
            : []),
        ],
      };
    }),
  };
}
