/**
 * The national page's tables, built from the figures alone: the sections show
 * them and the figure downloads write them as CSV, so the two cannot differ.
 */
import { VERKSAMHETSFORMER } from "../data/index.ts";
import {
  AREA_GROUPS,
  isWithheld,
  type AreaGroup,
  type Change,
  type ReportFigures,
  type Withheld,
} from "../stats/index.ts";
import type { Catalogue } from "../text/sv/index.ts";
import {
  cellsOf,
  legendOf,
  numericCell,
  numericHeader,
  withheldCell,
  type TableCell,
  type TableData,
} from "./table-data.ts";

export function developmentTable(figures: ReportFigures, t: Catalogue): TableData {
  const { development } = t;
  const { integer } = cellsOf(t.format);
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

/**
 * Units per region in the previous survey and now, with the change: the data
 * of the development section's chart of change per region. Null unless the
 * previous survey's units are kept.
 */
export function regionChangeTable(figures: ReportFigures, t: Catalogue): TableData | null {
  const change = figures.unitChange;
  if (change === null) return null;
  const { surveyChange: words, format } = t;
  const { integer } = cellsOf(format);
  const signed = (value: number) => numericCell(value, format.signedInteger);
  const [previousYear, year] = [String(change.previousYear), String(change.currentYear)];
  return {
    caption: words.table.caption(previousYear, year),
    columns: [
      { text: words.table.region },
      numericHeader(previousYear),
      numericHeader(year),
      numericHeader(words.change),
    ],
    rows: change.regions.map((row) => ({
      cells: [
        { text: row.region.region },
        integer(row.change.before),
        integer(row.change.after),
        signed(row.change.absolute),
      ],
    })),
    totals: {
      cells: [
        { text: words.table.country },
        integer(change.national.before),
        integer(change.national.after),
        signed(change.national.absolute),
      ],
    },
  };
}

/** Units per region; `regionHref` links each region to its page ("" for no link). */
export function regionTable(
  figures: ReportFigures,
  regionHref: (lanskod: string) => string = () => "",
  t: Catalogue,
): TableData {
  const { geography, format } = t;
  const { integer } = cellsOf(format);
  const { regionTable: table, unitChange } = figures;
  const signed = (value: number) => numericCell(value, format.signedInteger);
  // With the previous survey's units kept: its total and the change beside today's.
  const changeByRegion = new Map(
    (unitChange?.regions ?? []).map((row) => [row.region.lanskod, row.change]),
  );
  const thenAndChange = (change: Change | undefined) =>
    unitChange === null || change === undefined
      ? []
      : [integer(change.before), signed(change.absolute)];
  const kommunerOf = (covered: { withUnits: number; total: number }) => ({
    text: geography.table.kommunerOf(
      format.integer(covered.withUnits),
      format.integer(covered.total),
    ),
    numeric: true,
  });
  return {
    caption: geography.table.caption,
    columns: [
      { text: geography.table.region },
      numericHeader(geography.table.forms.familjecentral),
      numericHeader(geography.table.forms.familjecentralsliknande),
      ...(unitChange === null
        ? [numericHeader(geography.table.total)]
        : [
            numericHeader(t.surveyChange.totalIn(String(unitChange.currentYear))),
            numericHeader(t.surveyChange.totalIn(String(unitChange.previousYear))),
            numericHeader(t.surveyChange.change),
          ]),
      numericHeader(geography.table.kommuner),
    ],
    rows: table.rows.map(({ region, units, kommuner: covered }) => {
      const href = regionHref(region.lanskod);
      return {
        cells: [
          {
            text: units.total === 0 ? `${region.region} – ${geography.table.none}` : region.region,
            // Region pages are Swedish: a table in another language says so.
            ...(href === "" ? {} : { href, hreflang: t.site.lang === "sv" ? undefined : "sv" }),
          },
          integer(units.familjecentral),
          integer(units.familjecentralsliknande),
          integer(units.total),
          ...thenAndChange(changeByRegion.get(region.lanskod)),
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
        ...thenAndChange(unitChange?.national),
        kommunerOf(table.total.kommuner),
      ],
    },
  };
}

/** All units over area types, or null when the policy withholds them (a sentence says so). */
export function areaTypeTable(figures: ReportFigures, t: Catalogue): TableData | null {
  const { areaTypes, areaTypeLabel } = t;
  const { integer, percent } = cellsOf(t.format);
  if (isWithheld(figures.areaTypes)) return null;
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

/** Both forms' area-type groups, or null when a form has no units or either is withheld. */
export function areaTypeByFormTable(figures: ReportFigures, t: Catalogue): TableData | null {
  const { areaTypes, areaGroupLabel, formShort } = t;
  const { percent } = cellsOf(t.format);
  const { familjecentral, familjecentralsliknande } = figures.areaTypesByForm;
  if (familjecentral === null || familjecentralsliknande === null) return null;
  if (isWithheld(familjecentral) || isWithheld(familjecentralsliknande)) return null;
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
      // Like the chart (and areaTypeTable), only when some unit's area type is unknown.
      ...(VERKSAMHETSFORMER.some((form) => byForm[form].missing.antal > 0)
        ? [
            {
              cells: [
                { text: areaGroupLabel.saknas },
                ...VERKSAMHETSFORMER.map((form) => percent(byForm[form].missing.andel)),
              ],
            },
          ]
        : []),
    ],
  };
}

type LabelledRow = { readonly label: string } & (
  { readonly antal: number; readonly andel: number } | Withheld
);

/** A table of labelled counts with their shares; a withheld row is ".." with the legend below. */
function countShareTable(
  headers: { caption: string; label: string; count: string; share: string },
  rows: readonly LabelledRow[],
  t: Catalogue,
): TableData {
  const { integer, percent } = cellsOf(t.format);
  const hidden = withheldCell(t.withheld.mark);
  const cells = (row: LabelledRow): TableCell[] =>
    isWithheld(row)
      ? [{ text: row.label }, hidden, hidden]
      : [{ text: row.label }, integer(row.antal), percent(row.andel)];
  return {
    caption: headers.caption,
    columns: [{ text: headers.label }, numericHeader(headers.count), numericHeader(headers.share)],
    rows: rows.map((row) => ({ cells: cells(row) })),
    legend: legendOf(
      rows.filter((row): row is LabelledRow & Withheld => isWithheld(row)),
      t.withheld.legend,
    ),
  };
}

/** Units by main age group, or null when the policy withholds them (a sentence says so). */
export function ageGroupTable(figures: ReportFigures, t: Catalogue): TableData | null {
  const { caption, group, count, share } = t.healthWork.ageTable;
  const { ageGroups } = figures;
  if (isWithheld(ageGroups)) return null;
  return countShareTable(
    { caption, label: group, count, share },
    ageGroups.map((g) => ({ label: t.ageGroupLabel[g.malgrupp], ...g })),
    t,
  );
}

/** Partners with their counts and shares, withheld ones as ".."; null when all are withheld. */
export function collaborationTable(figures: ReportFigures, t: Catalogue): TableData | null {
  const { caption, partner, count, share } = t.healthWork.table;
  if (figures.collaboration.every(isWithheld)) return null;
  return countShareTable(
    { caption, label: partner, count, share },
    figures.collaboration.map((p) => ({ label: t.partnerLabel[p.partner], ...p })),
    t,
  );
}
