/**
 * Datasets made for tests: the shipped files with some rows changed, or
 * verksamheter.csv generated from scratch, validated by the real loader.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  DATA_FILES,
  DATASET_FILE,
  POLICY_FILE,
  PUBLICATIONS_FILE,
  validateDataset,
  type Dataset,
  type DataSources,
} from "../../src/lib/data/index.ts";
import { verksamheterSchema } from "../../src/lib/data/schema/verksamheter.ts";
import { PROJECT_ROOT } from "./build-site.ts";

type Role = keyof typeof DATA_FILES;
export type DataTexts = Readonly<Record<Role, string>> & {
  /** data/publicering.csv; null for a folder without one. */
  readonly publicering: string | null;
  /** data/publikationer.csv; null for a folder without one. */
  readonly publikationer: string | null;
  /** data/datamangd.csv; null for a folder without one. */
  readonly datamangd: string | null;
};

const shippedText = (role: Role) =>
  readFileSync(path.join(PROJECT_ROOT, "data", DATA_FILES[role]), "utf8");

/** The shipped data files' text. */
export const SHIPPED: DataTexts = {
  regioner: shippedText("regioner"),
  kommuner: shippedText("kommuner"),
  verksamheter: shippedText("verksamheter"),
  kartlaggningar: shippedText("kartlaggningar"),
  publicering: readFileSync(path.join(PROJECT_ROOT, "data", POLICY_FILE), "utf8"),
  publikationer: readFileSync(path.join(PROJECT_ROOT, "data", PUBLICATIONS_FILE), "utf8"),
  datamangd: readFileSync(path.join(PROJECT_ROOT, "data", DATASET_FILE), "utf8"),
};

/** The shipped kommuner with their county codes, and the county codes in file order. */
export const KOMMUNER = SHIPPED.kommuner
  .trimEnd()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [kommunkod = "", , lanskod = ""] = line.split(",");
    return { kommunkod, lanskod };
  });
export const LANSKODER = [...new Set(KOMMUNER.map((k) => k.lanskod))];

/**
 * A familjecentralsliknande unit in Visby: Region Gotland has one kommun and no
 * unit in the shipped data, so this unit is alone in its region.
 */
export function visbyUnit(overrides: Partial<UnitRow> = {}): UnitRow {
  const [template] = shippedUnits();
  if (template === undefined) throw new Error("the shipped data has no units");
  return {
    ...template,
    id: "X1",
    namn: "Familjeträffen Visby",
    verksamhetsform: "familjecentralsliknande",
    ...FORM_SERVICES.familjecentralsliknande,
    kommunkod: "0980",
    lat: "57.6348",
    lon: "18.2948",
    ...overrides,
  };
}

/** verksamheter.csv's columns, in the schema's (and the shipped file's) order. */
export const UNIT_HEADER = Object.keys(verksamheterSchema) as (keyof typeof verksamheterSchema)[];
export type UnitColumn = (typeof UNIT_HEADER)[number];
export type UnitRow = Record<UnitColumn, string>;

/** The shipped units as records (the file quotes nothing, so a split is exact). */
export function shippedUnits(): UnitRow[] {
  const [header = "", ...lines] = SHIPPED.verksamheter.trimEnd().split("\n");
  const names = header.split(",");
  return lines.map(
    (line) => Object.fromEntries(line.split(",").map((value, i) => [names[i], value])) as UnitRow,
  );
}

/** Units back to CSV text in the file's column order. */
export function unitsCsv(units: readonly UnitRow[]): string {
  const lines = units.map((unit) => UNIT_HEADER.map((column) => unit[column]).join(","));
  return `${[UNIT_HEADER.join(","), ...lines].join("\n")}\n`;
}

/** Service columns that make a unit of each form valid. */
export const FORM_SERVICES = {
  familjecentral: { mvc: "ja", bvc: "ja", oppen_forskola: "ja", socialtjanst: "ja" },
  familjecentralsliknande: { mvc: "nej", bvc: "ja", oppen_forskola: "ja", socialtjanst: "nej" },
} as const;

/** An optional file: the shipped text unless replaced; null leaves it out. */
const optional = (file: string, text: string | null | undefined, shipped: string | null) => {
  const content = text === undefined ? shipped : text;
  return content === null ? undefined : { file: `data/${file}`, content };
};

/** The shipped data as loader input, with any file's text (or bytes) replaced. */
export function sourcesOf(
  texts: Partial<Readonly<Record<Role, string | Uint8Array>>> & {
    readonly publicering?: string | null;
    readonly publikationer?: string | null;
    readonly datamangd?: string | null;
    /** Kept earlier surveys' unit files, by file name (verksamheter-2023.csv). */
    readonly earlierUnits?: Readonly<Record<string, string>>;
  },
): DataSources {
  const source = (role: Role) => ({
    file: `data/${DATA_FILES[role]}`,
    content: texts[role] ?? SHIPPED[role],
  });
  return {
    regioner: source("regioner"),
    kommuner: source("kommuner"),
    verksamheter: source("verksamheter"),
    kartlaggningar: source("kartlaggningar"),
    publicering: optional(POLICY_FILE, texts.publicering, SHIPPED.publicering),
    // The shipped publication row is for the shipped surveys: a test that brings its
    // own surveys brings its own publications, or none.
    publikationer: optional(
      PUBLICATIONS_FILE,
      texts.publikationer,
      texts.kartlaggningar === undefined ? SHIPPED.publikationer : null,
    ),
    datamangd: optional(DATASET_FILE, texts.datamangd, SHIPPED.datamangd),
    earlierUnits: Object.entries(texts.earlierUnits ?? {}).map(([name, content]) => ({
      file: `data/${name}`,
      content,
    })),
  };
}

/** The shipped data with some files replaced, validated (without the map); throws if invalid. */
export function datasetOf(
  texts: Partial<DataTexts> & { readonly earlierUnits?: Readonly<Record<string, string>> },
): Dataset {
  const result = validateDataset(sourcesOf(texts));
  if (!result.ok) {
    const list = result.problems.map((p) => `${p.file}:${p.line} ${p.column ?? ""} ${p.reason}`);
    throw new Error(`Test dataset is invalid:\n${list.join("\n")}`);
  }
  return result.dataset;
}

/**
 * The smallest valid dataset a steward might bring: one familjecentralsliknande
 * unit in Visby (Region Gotland has a single kommun), no area type, no partner,
 * target group 0–12, real data and only the current survey. As data files.
 */
export function oneUnitFiles(): Record<string, string> {
  const unit = visbyUnit({
    omradestyp: "",
    malgrupp: "0-12",
    samverkan_bibliotek: "nej",
    samverkan_forskola: "nej",
    samverkan_tandvard: "nej",
    samverkan_psykolog: "nej",
  });
  return {
    "verksamheter.csv": unitsCsv([unit]),
    "kartlaggningar.csv":
      "ar,antal,kalla,exempeldata,uppdrag,redovisad\n2025,,Enhetens egen kartläggning,nej,,\n",
    // Its own publisher, and no type, numbers or licence.
    "publikationer.csv":
      "ar,rapporttyp,utgivare,utgivare_en,artikelnummer,isbn,diarienummer,licens\n2025,,Region Gotland,,,,,\n",
    // No further sources and no published figures: the shipped ones are for other surveys.
    "kallor.csv": "ar,text,text_en,adress\n",
    "publicerade-siffror.csv": "ar,uppgift,region,antal\n",
    // Its own log: the shipped one tells of the example data's versions.
    "dataversioner.csv": "datum,sammanfattning\n",
  };
}

/** The year a generated next survey is made in: after the shipped 2023. */
export const NEXT_SURVEY = 2026;

/**
 * The shipped surveys followed by a new current one, `year`: the shipped
 * current survey's row gets its count (`previousCount`) filled in.
 */
export function nextSurveyText(previousCount: number, year: number = NEXT_SURVEY): string {
  const [header = "", ...rows] = SHIPPED.kartlaggningar.trimEnd().split("\n");
  const filled = rows.map((row) => row.replace(/^(\d{4}),,/u, `$1,${previousCount},`));
  return `${[header, ...filled, `${year},,Testkartläggning ${year},ja,,`].join("\n")}\n`;
}

/**
 * A generated pair of surveys as data files: the shipped units kept as the
 * previous survey's (verksamheter-2023.csv) and `current` as the new survey's.
 */
export function surveyPairFiles(
  current: readonly UnitRow[],
  year: number = NEXT_SURVEY,
): Record<string, string> {
  return {
    "verksamheter.csv": unitsCsv(current),
    "verksamheter-2023.csv": SHIPPED.verksamheter,
    "kartlaggningar.csv": nextSurveyText(shippedUnits().length, year),
  };
}
