/**
 * A region page's tables, built from the figures alone: the page shows them and
 * the map's download writes the kommun table as CSV, so the two cannot differ.
 */
import type { Dataset } from "../data/index.ts";
import { formatInteger, formatPercent } from "../format.ts";
import { isAreaType, type RegionReport, type ReportFigures } from "../stats/index.ts";
import { kommunAnchor } from "../site-paths.ts";
import {
  areaGroupLabel,
  areaTypeLabel,
  formLabel,
  formShort,
  regionPage,
  unitFields,
} from "../strings.ts";
import { numericCell, numericHeader, type TableData } from "./table-data.ts";

const integer = (value: number) => numericCell(value, formatInteger);
const percent = (value: number) => numericCell(value, formatPercent);

export function kommunTable(report: RegionReport): TableData {
  return {
    caption: regionPage.kommunTable.caption(report.region.region),
    columns: [
      { text: regionPage.kommunTable.kommun },
      numericHeader(formShort.familjecentral),
      numericHeader(formShort.familjecentralsliknande),
      numericHeader(formShort.total),
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
      ],
      ...(units.total === 0 ? { variant: "muted" as const } : {}),
    })),
    totals: {
      cells: [
        { text: regionPage.kommunTable.total },
        integer(report.units.familjecentral),
        integer(report.units.familjecentralsliknande),
        integer(report.units.total),
      ],
    },
  };
}

/** The region's area types beside the nation's, or null when the region has no units. */
export function regionAreaTable(national: ReportFigures, report: RegionReport): TableData | null {
  const areaTypes = report.areaTypes;
  if (areaTypes === null) return null;
  return {
    caption: regionPage.areaTable.caption(report.region.region),
    columns: [
      { text: regionPage.areaTable.type },
      numericHeader(regionPage.areaTable.count),
      numericHeader(regionPage.areaTable.share),
      numericHeader(regionPage.areaTable.national),
    ],
    rows: [
      ...areaTypes.byType.map((entry, i) => ({
        cells: [
          { text: `${entry.typ}. ${areaTypeLabel[entry.typ]}` },
          integer(entry.antal),
          percent(entry.andel),
          percent(national.areaTypes.byType[i]?.andel ?? 0),
        ],
      })),
      {
        cells: [
          { text: areaGroupLabel.saknas },
          integer(areaTypes.missing.antal),
          percent(areaTypes.missing.andel),
          percent(national.areaTypes.missing.andel),
        ],
      },
    ],
  };
}

export function unitTable(dataset: Dataset, report: RegionReport): TableData {
  const kommunName = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
  return {
    caption: regionPage.listTable.caption(report.region.region),
    columns: [
      { text: unitFields.name },
      { text: unitFields.kommun },
      { text: unitFields.form },
      { text: unitFields.area },
    ],
    rows: report.unitList.map((unit) => ({
      cells: [
        { text: unit.namn },
        { text: kommunName.get(unit.kommunkod) ?? unit.kommunkod },
        { text: formLabel[unit.verksamhetsform].one },
        {
          text: isAreaType(unit.omradestyp)
            ? unitFields.areaType(unit.omradestyp, areaTypeLabel[unit.omradestyp])
            : unitFields.areaMissing,
        },
      ],
    })),
  };
}
