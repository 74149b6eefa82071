/**
 * The national page's tables, built from the figures alone: the sections show
 * them and the figure downloads write them as CSV, so the two cannot differ.
 */
import { VERKSAMHETSFORMER } from "../data/index.ts";
import { formatInteger, formatPercent } from "../format.ts";
import { AREA_GROUPS, type AreaGroup, type ReportFigures } from "../stats/index.ts";
import {
  ageGroupLabel,
  areaGroupLabel,
  areaTypeLabel,
  areaTypes,
  development,
  formShort,
  geography,
  healthWork,
  partnerLabel,
} from "../strings.ts";
import { numericCell, numericHeader, type TableData } from "./table-data.ts";

const integer = (value: number) => numericCell(value, formatInteger);
const percent = (value: number) => numericCell(value, formatPercent);

export function developmentTable(figures: ReportFigures): TableData {
  return {
    caption: development.table.caption,
    columns: [
      { text: development.table.year },
      numericHeader(development.table.count),
      { text: development.table.source },
    ],
    rows: figures.series.map((point) => ({
      cells: [{ text: String(point.ar) }, integer(point.antal), { text: point.kalla }],
    })),
  };
}

/** Units per region; `regionHref` links each region to its page ("" for no link). */
export function regionTable(
  figures: ReportFigures,
  regionHref: (lanskod: string) => string = () => "",
): TableData {
  const { regionTable: table } = figures;
  const kommunerOf = (covered: { withUnits: number; total: number }) => ({
    text: geography.table.kommunerOf(
      formatInteger(covered.withUnits),
      formatInteger(covered.total),
    ),
    numeric: true,
  });
  return {
    caption: geography.table.caption,
    columns: [
      { text: geography.table.region },
      numericHeader(geography.table.forms.familjecentral),
      numericHeader(geography.table.forms.familjecentralsliknande),
      numericHeader(geography.table.total),
      numericHeader(geography.table.kommuner),
    ],
    rows: table.rows.map(({ region, units, kommuner: covered }) => {
      const href = regionHref(region.lanskod);
      return {
        cells: [
          {
            text: units.total === 0 ? `${region.region} – ${geography.table.none}` : region.region,
            ...(href === "" ? {} : { href }),
          },
          integer(units.familjecentral),
          integer(units.familjecentralsliknande),
          integer(units.total),
          kommunerOf(covered),
        ],
        ...(units.total === 0 ? { variant: "muted" as const } : {}),
      };
    }),
    totals: {
      cells: [
        { text: geography.table.country },
        integer(table.total.units.familjecentral),
        integer(table.total.units.familjecentralsliknande),
        integer(table.total.units.total),
        kommunerOf(table.total.kommuner),
      ],
    },
  };
}

export function areaTypeTable(figures: ReportFigures): TableData {
  const { byType, missing, total } = figures.areaTypes;
  return {
    caption: areaTypes.table.caption,
    columns: [
      { text: areaTypes.table.type },
      numericHeader(areaTypes.table.count),
      numericHeader(areaTypes.table.share),
    ],
    rows: [
      ...byType.map((entry) => ({
        cells: [
          { text: `${entry.typ}. ${areaTypeLabel[entry.typ]}` },
          integer(entry.antal),
          percent(entry.andel),
        ],
      })),
      ...(missing.antal > 0
        ? [
            {
              cells: [
                { text: areaTypes.table.missing },
                integer(missing.antal),
                percent(missing.andel),
              ],
            },
          ]
        : []),
    ],
    totals: { cells: [{ text: areaTypes.table.total }, integer(total), percent(1)] },
  };
}

/** Both forms' area-type groups, or null when a form has no units. */
export function areaTypeByFormTable(figures: ReportFigures): TableData | null {
  const { familjecentral, familjecentralsliknande } = figures.areaTypesByForm;
  if (familjecentral === null || familjecentralsliknande === null) return null;
  const byForm = { familjecentral, familjecentralsliknande };
  const groups = Object.keys(AREA_GROUPS) as AreaGroup[];
  return {
    caption: areaTypes.byFormTable.caption,
    columns: [
      { text: areaTypes.byFormTable.group },
      ...VERKSAMHETSFORMER.map((form) => numericHeader(formShort[form])),
    ],
    rows: [
      ...groups.map((group) => ({
        cells: [
          { text: areaGroupLabel[group] },
          ...VERKSAMHETSFORMER.map((form) => percent(byForm[form].byGroup[group].andel)),
        ],
      })),
      {
        cells: [
          { text: areaGroupLabel.saknas },
          ...VERKSAMHETSFORMER.map((form) => percent(byForm[form].missing.andel)),
        ],
      },
    ],
  };
}

/** A table of labelled counts with their shares. */
function countShareTable(
  headers: { caption: string; label: string; count: string; share: string },
  rows: readonly { label: string; antal: number; andel: number }[],
): TableData {
  return {
    caption: headers.caption,
    columns: [{ text: headers.label }, numericHeader(headers.count), numericHeader(headers.share)],
    rows: rows.map((row) => ({
      cells: [{ text: row.label }, integer(row.antal), percent(row.andel)],
    })),
  };
}

export function ageGroupTable(figures: ReportFigures): TableData {
  const { caption, group, count, share } = healthWork.ageTable;
  return countShareTable(
    { caption, label: group, count, share },
    figures.ageGroups.map((g) => ({ label: ageGroupLabel[g.malgrupp], ...g })),
  );
}

export function collaborationTable(figures: ReportFigures): TableData {
  const { caption, partner, count, share } = healthWork.table;
  return countShareTable(
    { caption, label: partner, count, share },
    figures.collaboration.map((p) => ({ label: partnerLabel[p.partner], ...p })),
  );
}
