import { SURVEY_ANSWERS, SWEDEN_BOUNDS, type SurveyAnswer } from "../data/index.ts";
import { formatDecimalRange } from "../format.ts";
import {
  AREA_TYPES,
  isWithheld,
  perUnitAnswers,
  type AreaType,
  type KommunFigures,
  type PublishedDataset,
  type PublishedUnit,
  type RegionFigures,
  type ReportFigures,
  unitsByKommun,
} from "../stats/index.ts";
import { areaTypeLabel, publicationPolicy, codebook as text } from "../text/sv/index.ts";
import { toDownload, type Download } from "./download.ts";
import type { DownloadColumn } from "./table.ts";

type Column<Row> = DownloadColumn<Row>;

const yesNo = <Row>(
  name: string,
  meaning: string,
  value: (row: Row) => boolean | null,
): Column<Row> => ({
  name,
  kind: "yesno",
  meaning,
  unit: "",
  allowed: text.yesNo,
  value,
});

const count = <Row>(name: string, meaning: string, value: (row: Row) => number): Column<Row> => ({
  name,
  kind: "integer",
  meaning,
  unit: text.units.count,
  allowed: text.allowed.count,
  value,
});

function unitColumns(
  kommunName: (kod: string) => string,
  regionName: (kod: string) => string,
): Column<PublishedUnit>[] {
  const c = text.columns;
  return [
    {
      name: "id",
      kind: "text",
      meaning: c.id,
      unit: "",
      allowed: text.allowed.unique,
      value: (u) => u.id,
    },
    {
      name: "namn",
      kind: "text",
      meaning: c.namn,
      unit: "",
      allowed: text.allowed.text,
      value: (u) => u.namn,
    },
    {
      name: "verksamhetsform",
      kind: "code",
      meaning: c.verksamhetsform,
      unit: "",
      allowed: "familjecentral | familjecentralsliknande",
      value: (u) => u.verksamhetsform,
    },
    {
      name: "kommunkod",
      kind: "code",
      meaning: c.kommunkod,
      unit: "",
      allowed: text.allowed.kommunkod,
      value: (u) => u.kommunkod,
    },
    {
      name: "kommun",
      kind: "text",
      meaning: c.kommun,
      unit: "",
      allowed: text.allowed.text,
      value: (u) => kommunName(u.kommunkod),
    },
    {
      name: "lanskod",
      kind: "code",
      meaning: c.lanskod,
      unit: "",
      allowed: text.allowed.lanskod,
      value: (u) => u.lanskod,
    },
    {
      name: "region",
      kind: "text",
      meaning: c.region,
      unit: "",
      allowed: text.allowed.text,
      value: (u) => regionName(u.lanskod),
    },
    {
      name: "lat",
      kind: "decimal",
      meaning: c.lat,
      unit: text.units.degrees,
      allowed: formatDecimalRange(SWEDEN_BOUNDS.minLat, SWEDEN_BOUNDS.maxLat),
      value: (u) => u.lat,
    },
    {
      name: "lon",
      kind: "decimal",
      meaning: c.lon,
      unit: text.units.degrees,
      allowed: formatDecimalRange(SWEDEN_BOUNDS.minLon, SWEDEN_BOUNDS.maxLon),
      value: (u) => u.lon,
    },
    {
      name: "omradestyp",
      kind: "integer",
      meaning: c.omradestyp,
      unit: "",
      allowed: text.allowed.omradestyp,
      value: (u) => u.omradestyp ?? null,
    },
    {
      name: "malgrupp",
      kind: "code",
      meaning: c.malgrupp,
      unit: text.units.years,
      allowed: "0-6 | 0-12 | 0-18",
      value: (u) => u.malgrupp ?? null,
    },
    yesNo("mvc", c.mvc, (u) => u.mvc ?? null),
    yesNo("bvc", c.bvc, (u) => u.bvc ?? null),
    yesNo("oppen_forskola", c.oppen_forskola, (u) => u.oppen_forskola ?? null),
    yesNo("socialtjanst", c.socialtjanst, (u) => u.socialtjanst ?? null),
    yesNo("samverkan_bibliotek", c.samverkan_bibliotek, (u) => u.samverkan_bibliotek ?? null),
    yesNo("samverkan_forskola", c.samverkan_forskola, (u) => u.samverkan_forskola ?? null),
    yesNo("samverkan_tandvard", c.samverkan_tandvard, (u) => u.samverkan_tandvard ?? null),
    yesNo("samverkan_psykolog", c.samverkan_psykolog, (u) => u.samverkan_psykolog ?? null),
  ];
}

const formCounts = <Row>(
  units: (row: Row) => { familjecentral: number; familjecentralsliknande: number; total: number },
) => [
  count<Row>("familjecentraler", text.columns.familjecentraler, (row) => units(row).familjecentral),
  count<Row>(
    "familjecentralsliknande",
    text.columns.familjecentralsliknande,
    (row) => units(row).familjecentralsliknande,
  ),
  count<Row>("verksamheter", text.columns.verksamheter, (row) => units(row).total),
];

interface AreaTypeRow {
  readonly typ: AreaType | null;
  readonly antal: number;
  readonly andel: number;
}

/**
 * The units as a download: every published unit column, the answers the policy
 * keeps back left out and named in the codebook. `rows` is every unit, or a
 * region's for a region page too long to list its units.
 */
export function unitsDownload(
  dataset: PublishedDataset,
  rows: readonly PublishedUnit[],
  name: string = "verksamheter",
  title: string = text.tables.verksamheter,
): Download {
  const kommunName = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
  const regionName = new Map(dataset.regioner.map((r) => [r.lanskod, r.region]));
  const nameOfKommun = (kod: string) => kommunName.get(kod) ?? kod;
  const nameOfRegion = (kod: string) => regionName.get(kod) ?? kod;
  // A unit's row holds the answers its published unit holds (perUnitAnswers);
  // the codebook names the others and says how they are published instead.
  const { rules } = dataset.policy;
  const shown = new Set<string>(perUnitAnswers(dataset.policy));
  const withheldAnswer = (column: string): column is SurveyAnswer =>
    (SURVEY_ANSWERS as readonly string[]).includes(column) && !shown.has(column);
  const allUnitColumns = unitColumns(nameOfKommun, nameOfRegion);
  return toDownload({
    name,
    title,
    columns: allUnitColumns.filter((column) => !withheldAnswer(column.name)),
    rows,
    left: allUnitColumns.flatMap((column) =>
      withheldAnswer(column.name)
        ? [
            {
              name: column.name,
              meaning: column.meaning,
              why: publicationPolicy.rule(rules[column.name]),
            },
          ]
        : [],
    ),
  });
}

/**
 * Every download the report offers, built from the same validated data and
 * the same `stats` output the pages show.
 */
export function reportDownloads(
  dataset: PublishedDataset,
  figures: ReportFigures,
): readonly Download[] {
  const regionName = new Map(dataset.regioner.map((r) => [r.lanskod, r.region]));
  const nameOfRegion = (kod: string) => regionName.get(kod) ?? kod;
  const c = text.columns;

  const units = unitsDownload(dataset, dataset.verksamheter);

  const regions = toDownload<RegionFigures>({
    name: "regioner",
    title: text.tables.regioner,
    columns: [
      {
        name: "lanskod",
        kind: "code",
        meaning: c.lanskod,
        unit: "",
        allowed: text.allowed.lanskod,
        value: (r) => r.region.lanskod,
      },
      {
        name: "region",
        kind: "text",
        meaning: c.region,
        unit: "",
        allowed: text.allowed.text,
        value: (r) => r.region.region,
      },
      ...formCounts<RegionFigures>((r) => r.units),
      count<RegionFigures>(
        "kommuner_med_verksamhet",
        c.kommunerMedVerksamhet,
        (r) => r.kommuner.withUnits,
      ),
      count<RegionFigures>("kommuner", c.kommunerTotalt, (r) => r.kommuner.total),
    ],
    rows: figures.regionTable.rows,
  });

  const kommuner = toDownload<KommunFigures>({
    name: "kommuner",
    title: text.tables.kommuner,
    columns: [
      {
        name: "kommunkod",
        kind: "code",
        meaning: c.kommunkod,
        unit: "",
        allowed: text.allowed.kommunkod,
        value: (k) => k.kommun.kommunkod,
      },
      {
        name: "kommun",
        kind: "text",
        meaning: c.kommun,
        unit: "",
        allowed: text.allowed.text,
        value: (k) => k.kommun.kommun,
      },
      {
        name: "lanskod",
        kind: "code",
        meaning: c.lanskod,
        unit: "",
        allowed: text.allowed.lanskod,
        value: (k) => k.kommun.lanskod,
      },
      {
        name: "region",
        kind: "text",
        meaning: c.region,
        unit: "",
        allowed: text.allowed.text,
        value: (k) => nameOfRegion(k.kommun.lanskod),
      },
      ...formCounts<KommunFigures>((k) => k.units),
    ],
    rows: unitsByKommun(dataset.verksamheter, dataset.kommuner),
  });

  const distribution = figures.areaTypes;
  if (isWithheld(distribution)) return [units, regions, kommuner];
  const { byType, missing } = distribution;
  const areaRows: AreaTypeRow[] = [...byType, { typ: null, ...missing }];
  const areaTypes = toDownload<AreaTypeRow>({
    name: "omradestyper",
    title: text.tables.omradestyper,
    columns: [
      {
        name: "omradestyp",
        kind: "integer",
        meaning: c.omradestyp,
        unit: "",
        allowed: text.allowed.omradestypOrMissing,
        value: (row) => row.typ,
      },
      {
        name: "beskrivning",
        kind: "text",
        meaning: c.beskrivning,
        unit: "",
        allowed: [...AREA_TYPES.map((t) => areaTypeLabel[t]), text.missing].join(" | "),
        value: (row) => (row.typ === null ? text.missing : areaTypeLabel[row.typ]),
      },
      count<AreaTypeRow>("verksamheter", c.verksamheter, (row) => row.antal),
      {
        name: "andel",
        kind: "share",
        meaning: c.andel,
        unit: text.units.share,
        allowed: text.allowed.share,
        value: (row) => row.andel,
      },
    ],
    rows: areaRows,
  });

  return [units, regions, kommuner, areaTypes];
}
