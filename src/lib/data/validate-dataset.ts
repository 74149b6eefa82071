import { createHash } from "node:crypto";
import { checkDuplicateUnits } from "./check-duplicate-units.ts";
import { checkUnitsInRegions, type RegionGeometry } from "./check-regions.ts";
import { checkEncoding } from "./check-encoding.ts";
import { checkRegionSlugs } from "./check-region-slugs.ts";
import { checkCurrentSurvey, checkSurveyOrder } from "./check-surveys.ts";
import { checkPolicy } from "./check-policy.ts";
import { checkDatamangd } from "./check-datamangd.ts";
import { checkPublications } from "./check-publications.ts";
import { checkUnique } from "./check-unique.ts";
import { checkCoordinates, checkForm } from "./check-verksamhet.ts";
import { limitProblems } from "./limit-problems.ts";
import { messages } from "./messages.ts";
import { parseCsv } from "./parse-csv.ts";
import type { Problem, Warning } from "./problem.ts";
import { SAFE_POLICY, type PublicationPolicy } from "./publication-policy.ts";
import {
  readTable,
  type Located,
  type Schema,
  type TableResult,
  type RowOf,
} from "./read-table.ts";
import { datamangdSchema } from "./schema/datamangd.ts";
import { kartlaggningarSchema } from "./schema/kartlaggningar.ts";
import { kommunerSchema } from "./schema/kommuner.ts";
import { publiceringSchema } from "./schema/publicering.ts";
import { publikationerSchema } from "./schema/publikationer.ts";
import { dataversionerSchema } from "./schema/dataversioner.ts";
import { kallorSchema } from "./schema/kallor.ts";
import { publiceradeSiffrorSchema } from "./schema/publicerade-siffror.ts";
import { rattelserSchema } from "./schema/rattelser.ts";
import { regionerSchema } from "./schema/regioner.ts";
import { verksamheterSchema } from "./schema/verksamheter.ts";
import type {
  Dataset,
  Datamangd,
  Dataversion,
  Kalla,
  Kartlaggning,
  Kommun,
  PubliceradSiffra,
  Publikation,
  Rattelse,
  Region,
  Verksamhet,
} from "./types.ts";

/** The files the report is built from, by role. */
export const DATA_FILES = {
  regioner: "regioner.csv",
  kommuner: "kommuner.csv",
  verksamheter: "verksamheter.csv",
  kartlaggningar: "kartlaggningar.csv",
} as const;

export type DataFileRole = keyof typeof DATA_FILES;

/** The publication policy: optional, since without it the safe default applies (SAFE_POLICY). */
export const POLICY_FILE = "publicering.csv";

/** What each survey's report carries as a publication: optional, the report then states less. */
export const PUBLICATIONS_FILE = "publikationer.csv";

/** Who publishes the data, under which licence: optional, without it no catalogue is written. */
export const DATASET_FILE = "datamangd.csv";
/**
 * Optional files a steward keeps beside the survey: the report's further
 * sources, the figures the survey published, the log of data versions and
 * the corrections made. Each may be missing; the report then states less.
 */
export const OPTIONAL_FILES = {
  kallor: "kallor.csv",
  publiceradeSiffror: "publicerade-siffror.csv",
  dataversioner: "dataversioner.csv",
  rattelser: "rattelser.csv",
} as const;
export type OptionalFileRole = keyof typeof OPTIONAL_FILES;

export interface SourceFile {
  /** The path shown in problems, e.g. "data/verksamheter.csv". */
  readonly file: string;
  readonly content: Uint8Array | string;
}

/**
 * An earlier survey's units, kept beside the current ones as
 * `verksamheter-<år>.csv`, so change can be shown per region and kommun.
 */
export const EARLIER_UNITS_FILE = (year: number) => `verksamheter-${year}.csv`;

/** A file in the data folder that is meant as an earlier survey's units (a mistyped year included). */
export const EARLIER_UNITS_NAME = /^verksamheter-(.*)\.csv$/iu;

/** The year a kept unit file's name gives, or null when the name is not `verksamheter-ÅÅÅÅ.csv`. */
export function earlierUnitsYear(name: string): number | null {
  const match = /^verksamheter-(\d{4})\.csv$/u.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

export type DataSources = Readonly<Record<DataFileRole, SourceFile>> & {
  /** data/publicering.csv; absent when the folder has none. */
  readonly publicering?: SourceFile | undefined;
  /** data/publikationer.csv; absent when the folder has none. */
  readonly publikationer?: SourceFile | undefined;
  /** data/datamangd.csv; absent when the folder has none. */
  readonly datamangd?: SourceFile | undefined;
  /**
   * Earlier surveys' unit files (data/verksamheter-<år>.csv), in any order; the
   * year is read from each file's name. None when the folder keeps none.
   */
  readonly earlierUnits?: readonly SourceFile[] | undefined;
} & { readonly [R in OptionalFileRole]?: SourceFile | undefined };

/**
 * The dataset or every problem, and in both cases every warning: what the data
 * allows but is probably a mistake (see checkDuplicateUnits). A failed result
 * carries the warnings found in the rows that could be read, so one run tells
 * the steward everything; rows with a problem are not looked at for warnings.
 */
export type DatasetResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly Warning[] }
  | {
      readonly ok: false;
      /** Every problem, except that a file lists at most PROBLEMS_PER_KIND of a kind and PROBLEMS_PER_FILE in all, then summary lines. */
      readonly problems: readonly Problem[];
      /** How many problems were found in all. */
      readonly total: number;
      readonly warnings: readonly Warning[];
    };

function readSource<S extends Schema>(
  source: SourceFile,
  schema: S,
  allowEmpty = false,
): TableResult<RowOf<S>> {
  const csv = parseCsv(source.file, source.content);
  if (!csv.ok) return { rows: [], problems: csv.problems };
  const table = readTable(source.file, csv.table, schema, allowEmpty);
  const encoding = checkEncoding(source.file, csv.table);
  return encoding.length === 0 ? table : { ...table, problems: [...table.problems, ...encoding] };
}

/** Each file's schema columns, by the file's shown path, for telling kinds of problems apart. */
function columnsByFile(sources: DataSources): Map<string, ReadonlySet<string>> {
  const schemas: Readonly<Record<DataFileRole, Schema>> = {
    regioner: regionerSchema,
    kommuner: kommunerSchema,
    verksamheter: verksamheterSchema,
    kartlaggningar: kartlaggningarSchema,
  };
  return new Map([
    ...(Object.keys(DATA_FILES) as DataFileRole[]).map(
      (role) => [sources[role].file, new Set(Object.keys(schemas[role]))] as const,
    ),
    ...(sources.earlierUnits ?? []).map(
      (earlier) => [earlier.file, new Set(Object.keys(verksamheterSchema))] as const,
    ),
  ]);
}

/** Names this exact version of the data, so a page, PDF or download can say which it was built from. */
function dataVersion(sources: DataSources): string {
  const hash = createHash("sha256");
  for (const role of Object.keys(DATA_FILES) as DataFileRole[]) {
    hash.update(DATA_FILES[role]).update("\0").update(sources[role].content).update("\0");
  }
  // The policy changes what is published, so it is part of the version; a
  // folder without one keeps the version it had before policies existed.
  if (sources.publicering !== undefined)
    hash.update(POLICY_FILE).update("\0").update(sources.publicering.content).update("\0");
  if (sources.publikationer !== undefined)
    hash.update(PUBLICATIONS_FILE).update("\0").update(sources.publikationer.content).update("\0");
  if (sources.datamangd !== undefined)
    hash.update(DATASET_FILE).update("\0").update(sources.datamangd.content).update("\0");
  // Kept earlier units change the report; a folder without any keeps its version.
  for (const earlier of [...(sources.earlierUnits ?? [])].sort((a, b) =>
    a.file.localeCompare(b.file),
  ))
    hash.update(baseName(earlier.file)).update("\0").update(earlier.content).update("\0");
  // What the report states beside the survey; the logs of versions and
  // corrections describe versions, so they are not part of one.
  for (const role of ["kallor", "publiceradeSiffror"] as const) {
    const source = sources[role];
    if (source !== undefined)
      hash.update(OPTIONAL_FILES[role]).update("\0").update(source.content).update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

const baseName = (file: string) => file.slice(file.lastIndexOf("/") + 1);

function checkKommunReferences(
  file: string,
  rows: readonly Located<{ readonly kommunkod: string }>[],
  kommunkoder: ReadonlySet<string>,
): Problem[] {
  return rows
    .filter(({ row }) => !kommunkoder.has(row.kommunkod))
    .map(({ line, row }) => ({
      file,
      line,
      column: "kommunkod",
      reason: messages.unknownKommunkod(row.kommunkod),
    }));
}

type UnitRow = RowOf<typeof verksamheterSchema>;

/** What every unit file is checked against: the kommuner and the map, when they are valid. */
interface UnitContext {
  /** Null when kommuner.csv has problems: references are then not checked. */
  readonly kommunByKod: ReadonlyMap<string, { readonly lanskod: string }> | null;
  /** Undefined without the map, or when regioner.csv has problems. */
  readonly regionGeometry: RegionGeometry | undefined;
  readonly nameOf: (lanskod: string) => string;
}

/**
 * The checks every unit file gets, the current survey's and each kept earlier
 * one's alike: unique ids, known kommuner, coordinates in Sweden and in the
 * unit's own region, the form's definition; and warnings for likely duplicates.
 */
function checkUnits(
  file: string,
  rows: readonly Located<UnitRow>[],
  context: UnitContext,
): { problems: Problem[]; warnings: Warning[] } {
  const problems: Problem[] = [...checkUnique(file, rows, "id", (r) => r.id)];
  const { kommunByKod } = context;
  if (kommunByKod !== null)
    problems.push(...checkKommunReferences(file, rows, new Set(kommunByKod.keys())));
  const placed = [];
  for (const { line, row } of rows) {
    const at = { file, line };
    const coordinateProblems = checkCoordinates(row, at);
    problems.push(...coordinateProblems, ...checkForm(row, at));
    const lanskod = kommunByKod?.get(row.kommunkod)?.lanskod;
    // Only points that are in Sweden and in a known kommun can be placed in a region.
    if (coordinateProblems.length === 0 && lanskod !== undefined)
      placed.push({ line, row: { ...row, lanskod } });
  }
  if (context.regionGeometry !== undefined && kommunByKod !== null)
    problems.push(...checkUnitsInRegions(file, placed, context.regionGeometry, context.nameOf));
  return { problems, warnings: checkDuplicateUnits(file, rows) };
}

const validatedUnit = (
  row: UnitRow,
  kommunByKod: ReadonlyMap<string, { readonly lanskod: string }>,
): Verksamhet => ({ ...row, lanskod: kommunByKod.get(row.kommunkod)?.lanskod ?? "" }) as Verksamhet;

/**
 * Reads and checks every kept earlier survey's units. A file belongs to the
 * survey its name gives, which must be an earlier row of kartlaggningar.csv;
 * that row's `antal` must be the file's number of units, so the national
 * figures and the per-region ones cannot disagree. A file whose ids share none
 * with the current survey's is allowed but warned about: a unit in both
 * surveys is known as one unit only by its id.
 */
function readEarlierUnits(
  sources: DataSources,
  surveys: TableResult<RowOf<typeof kartlaggningarSchema>>,
  currentUnits: readonly Located<UnitRow>[],
  context: UnitContext,
): {
  problems: Problem[];
  warnings: Warning[];
  surveys: { ar: number; rows: readonly Located<UnitRow>[] }[];
} {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const kept: { ar: number; rows: readonly Located<UnitRow>[] }[] = [];
  const surveyFile = sources.kartlaggningar.file;
  const surveysKnown = surveys.problems.length === 0;
  const byYear = new Map(surveys.rows.map((survey) => [survey.row.ar, survey]));
  const currentIds = new Set(currentUnits.map(({ row }) => row.id));
  for (const source of sources.earlierUnits ?? []) {
    const name = baseName(source.file);
    const year = earlierUnitsYear(name);
    if (year === null) {
      problems.push({ file: source.file, line: 1, reason: messages.earlierUnitsName(name) });
      continue;
    }
    const table = readSource(source, verksamheterSchema);
    problems.push(...table.problems);
    const checked = checkUnits(source.file, table.rows, context);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (!surveysKnown) continue;
    const survey = byYear.get(year);
    if (survey === undefined) {
      problems.push({
        file: source.file,
        line: 1,
        reason: messages.earlierUnitsNoSurvey(year, surveyFile),
      });
      continue;
    }
    if (survey.row.antal === null) {
      problems.push({
        file: source.file,
        line: 1,
        reason: messages.earlierUnitsIsCurrent(year, sources.verksamheter.file),
      });
      continue;
    }
    // Only a file whose every row could be read has a count to compare.
    if (table.problems.length === 0 && survey.row.antal !== table.rows.length)
      problems.push({
        file: surveyFile,
        line: survey.line,
        column: "antal",
        reason: messages.earlierUnitsCount(year, survey.row.antal, source.file, table.rows.length),
      });
    if (
      table.rows.length > 0 &&
      currentIds.size > 0 &&
      !table.rows.some(({ row }) => currentIds.has(row.id))
    )
      warnings.push({
        file: source.file,
        line: 1,
        column: "id",
        reason: messages.earlierUnitsNoSharedId(year, sources.verksamheter.file),
      });
    kept.push({ ar: year, rows: table.rows });
  }
  kept.sort((a, b) => a.ar - b.ar);
  return { problems, warnings, surveys: kept };
}

/**
 * Parses and checks every data file, and the files against each other.
 * Returns the validated dataset, or every problem found in any file, and
 * every warning either way.
 * Cross-file references are checked only against files that are themselves
 * valid, so one mistake is not reported again on every row that refers to it.
 * With the map's geometry, each unit's point must also lie in its own region.
 * A file full of errors gives the first problems of each kind and summary
 * lines for the rest (see limitProblems).
 */
export function validateDataset(
  sources: DataSources,
  regionGeometry?: RegionGeometry,
): DatasetResult {
  const regioner = readSource(sources.regioner, regionerSchema);
  const kommuner = readSource(sources.kommuner, kommunerSchema);
  const verksamheter = readSource(sources.verksamheter, verksamheterSchema);
  const kartlaggningar = readSource(sources.kartlaggningar, kartlaggningarSchema);
  const problems: Problem[] = [
    ...regioner.problems,
    ...kommuner.problems,
    ...verksamheter.problems,
    ...kartlaggningar.problems,
  ];
  let policy: PublicationPolicy = SAFE_POLICY;
  if (sources.publicering !== undefined) {
    const policyFile = sources.publicering.file;
    const rules = readSource(sources.publicering, publiceringSchema);
    problems.push(...rules.problems);
    problems.push(...checkUnique(policyFile, rules.rows, "kolumn", (r) => r.kolumn));
    if (rules.problems.length === 0) {
      const checked = checkPolicy(policyFile, 1, rules.rows);
      if (checked.ok) policy = checked.policy;
      else problems.push(...checked.problems);
    }
  }

  const regionFile = sources.regioner.file;
  problems.push(...checkUnique(regionFile, regioner.rows, "lanskod", (r) => r.lanskod));
  problems.push(...checkUnique(regionFile, regioner.rows, "iso", (r) => r.iso));
  problems.push(...checkRegionSlugs(regionFile, regioner.rows));

  const kommunFile = sources.kommuner.file;
  problems.push(...checkUnique(kommunFile, kommuner.rows, "kommunkod", (r) => r.kommunkod));
  const lanskoder = new Set(regioner.rows.map(({ row }) => row.lanskod));
  for (const { line, row } of kommuner.rows) {
    if (regioner.problems.length === 0 && !lanskoder.has(row.lanskod)) {
      problems.push({
        file: kommunFile,
        line,
        column: "lanskod",
        reason: messages.unknownLanskod(row.lanskod),
      });
    } else if (!row.kommunkod.startsWith(row.lanskod)) {
      problems.push({
        file: kommunFile,
        line,
        column: "kommunkod",
        reason: messages.kommunkodOutsideLan(row.kommunkod, row.lanskod),
      });
    }
  }

  const unitFile = sources.verksamheter.file;
  const kommunByKod = new Map(kommuner.rows.map(({ row }) => [row.kommunkod, row]));
  const regionName = new Map(regioner.rows.map(({ row }) => [row.lanskod, row.region]));
  const unitContext: UnitContext = {
    kommunByKod: kommuner.problems.length === 0 ? kommunByKod : null,
    regionGeometry: regioner.problems.length === 0 ? regionGeometry : undefined,
    nameOf: (lanskod) => regionName.get(lanskod) ?? lanskod,
  };
  const current = checkUnits(unitFile, verksamheter.rows, unitContext);
  problems.push(...current.problems);

  const surveyFile = sources.kartlaggningar.file;
  problems.push(...checkUnique(surveyFile, kartlaggningar.rows, "ar", (r) => String(r.ar)));
  if (kartlaggningar.problems.length === 0)
    problems.push(...checkCurrentSurvey(surveyFile, kartlaggningar.rows));
  problems.push(...checkSurveyOrder(surveyFile, kartlaggningar.rows));

  const publikationer =
    sources.publikationer === undefined
      ? { rows: [], problems: [] }
      : readSource(sources.publikationer, publikationerSchema);
  if (sources.publikationer !== undefined) {
    const publicationFile = sources.publikationer.file;
    problems.push(...publikationer.problems);
    problems.push(...checkUnique(publicationFile, publikationer.rows, "ar", (r) => String(r.ar)));
    if (kartlaggningar.problems.length === 0)
      problems.push(
        ...checkPublications(
          publicationFile,
          publikationer.rows,
          new Set(kartlaggningar.rows.map(({ row }) => row.ar)),
        ),
      );
  }

  const datamangd =
    sources.datamangd === undefined
      ? { rows: [], problems: [] }
      : readSource(sources.datamangd, datamangdSchema);
  if (sources.datamangd !== undefined) {
    problems.push(...datamangd.problems);
    if (datamangd.problems.length === 0)
      problems.push(...checkDatamangd(sources.datamangd.file, datamangd.rows));
  }

  const earlier = readEarlierUnits(sources, kartlaggningar, verksamheter.rows, unitContext);
  problems.push(...earlier.problems);
  const warnings = [...current.warnings, ...earlier.warnings];
  const surveyYears = new Set(kartlaggningar.rows.map(({ row }) => row.ar));
  const yearProblems = (file: string, rows: readonly Located<{ readonly ar: number | null }>[]) =>
    kartlaggningar.problems.length > 0
      ? []
      : rows.flatMap(({ line, row }) =>
          row.ar === null || surveyYears.has(row.ar)
            ? []
            : [{ file, line, column: "ar", reason: messages.unknownSurveyYear(row.ar) }],
        );
  const optional = <S extends Schema>(role: OptionalFileRole, schema: S) => {
    const source = sources[role];
    if (source === undefined) return [];
    // A steward's file may hold its header alone: no source, figure or correction yet.
    const table = readSource(source, schema, true);
    problems.push(...table.problems);
    return table.rows;
  };
  const kallor = optional("kallor", kallorSchema);
  if (sources.kallor !== undefined) problems.push(...yearProblems(sources.kallor.file, kallor));
  const siffror = optional("publiceradeSiffror", publiceradeSiffrorSchema);
  if (sources.publiceradeSiffror !== undefined) {
    const file = sources.publiceradeSiffror.file;
    problems.push(...yearProblems(file, siffror));
    const regionNames = new Set(regioner.rows.map(({ row }) => row.region));
    for (const { line, row } of siffror) {
      if (row.region === null) continue;
      if (row.uppgift !== "verksamheter")
        problems.push({ file, line, column: "region", reason: messages.regionOnlyForUnits() });
      else if (regioner.problems.length === 0 && !regionNames.has(row.region))
        problems.push({
          file,
          line,
          column: "region",
          reason: messages.unknownRegionName(row.region),
        });
    }
  }
  const dataversioner = optional("dataversioner", dataversionerSchema);
  const rattelser = optional("rattelser", rattelserSchema);

  if (problems.length > 0)
    return { ok: false, ...limitProblems(problems, columnsByFile(sources)), warnings };

  // Every check above passed: this is the one place rows become validated types.
  const dataset: Dataset = {
    regioner: regioner.rows.map(({ row }) => row as Region),
    kommuner: kommuner.rows.map(({ row }) => row as Kommun),
    verksamheter: verksamheter.rows.map(({ row }) => validatedUnit(row, kommunByKod)),
    kartlaggningar: kartlaggningar.rows.map(({ row }) => row as Kartlaggning),
    earlierUnits: earlier.surveys.map(({ ar, rows }) => ({
      ar,
      verksamheter: rows.map(({ row }) => validatedUnit(row, kommunByKod)),
    })),
    policy,
    publikationer: publikationer.rows.map(({ row }) => row as Publikation),
    datamangd: datamangd.rows.length === 1 ? (datamangd.rows[0]?.row as Datamangd) : null,
    kallor: kallor.map(({ row }) => row as Kalla),
    publiceradeSiffror: siffror.map(({ row }) => row as PubliceradSiffra),
    dataversioner: dataversioner.map(({ row }) => row as Dataversion),
    rattelser: rattelser.map(({ row }) => row as Rattelse),
    version: dataVersion(sources),
  };
  return { ok: true, dataset, warnings };
}
