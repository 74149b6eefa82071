import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { checkDirectoryExists, dataDirectory } from "./data-directory.ts";
import { CHECK_GEODATA_FILE, GEODATA_FILE, loadCheckGeodata, loadGeodata } from "./load-geodata.ts";
import { messages } from "./messages.ts";
import { DataValidationError, type Problem, type Warning } from "./problem.ts";
import type { Dataset } from "./types.ts";
import {
  DATA_FILES,
  DATASET_FILE,
  EARLIER_UNITS_NAME,
  OPTIONAL_FILES,
  POLICY_FILE,
  PUBLICATIONS_FILE,
  type DataFileRole,
  type DataSources,
  validateDataset,
} from "./validate-dataset.ts";

const ROLES = Object.keys(DATA_FILES) as DataFileRole[];

/** The path an analyst recognises, relative to where the command was run, with forward slashes. */
function shownPath(directory: string, name: string): string {
  const relative = path.relative(process.cwd(), path.join(directory, name));
  return relative.split(path.sep).join("/");
}

const REQUIRED = [...ROLES.map((role) => DATA_FILES[role]), GEODATA_FILE, CHECK_GEODATA_FILE];

/** Identifies the files' current state, so every page of a build shares one validation while an edit is still seen at once in dev. */
function stateOf(directory: string): string {
  return [
    ...REQUIRED,
    POLICY_FILE,
    PUBLICATIONS_FILE,
    DATASET_FILE,
    ...Object.values(OPTIONAL_FILES),
    ...earlierUnitFiles(directory),
  ]
    .map((name) => {
      const file = path.join(directory, name);
      if (!existsSync(file)) return `${name}:missing`;
      const { mtimeMs, size } = statSync(file);
      return `${name}:${mtimeMs}:${size}`;
    })
    .join("|");
}

/** A usable dataset, and what in it is allowed but probably a mistake. */
export interface LoadedData {
  readonly dataset: Dataset;
  readonly warnings: readonly Warning[];
}

let last: { readonly key: string; readonly loaded: LoadedData } | undefined;

/**
 * Reads and validates the data directory, including each unit's place on the
 * map, and returns the dataset with its warnings; throws DataValidationError
 * listing every problem (and every warning), or DataDirectoryError when there
 * is no such directory. The result is reused while the files are unchanged.
 */
export function loadDatasetWithWarnings(directory: string = dataDirectory()): LoadedData {
  const key = `${path.resolve(directory)}|${stateOf(directory)}`;
  if (last?.key === key) return last.loaded;
  const loaded = readAndValidate(directory);
  last = { key, loaded };
  return loaded;
}

/**
 * The folder's kept earlier unit files (verksamheter-<år>.csv), and every other
 * file named verksamheter-….csv, so that a misnamed one is reported, not ignored.
 */
function earlierUnitFiles(directory: string): string[] {
  // A missing folder is reported once, by checkDirectoryExists, not here.
  if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(directory)
    .filter((name) => EARLIER_UNITS_NAME.test(name))
    .sort();
}

/** A file the data may leave out, as the loader reads it, or undefined when it is not there. */
function optionalSource(directory: string, name: string) {
  const file = path.join(directory, name);
  return existsSync(file)
    ? { file: shownPath(directory, name), content: readFileSync(file) }
    : undefined;
}

/** The publication policy's path as the steward knows it, or null when the folder has none. */
export function policyFileIn(directory: string = dataDirectory()): string | null {
  return existsSync(path.join(directory, POLICY_FILE)) ? shownPath(directory, POLICY_FILE) : null;
}

/** The dataset alone, for pages; see loadDatasetWithWarnings. */
export function loadDataset(directory: string = dataDirectory()): Dataset {
  return loadDatasetWithWarnings(directory).dataset;
}

function readAndValidate(directory: string): LoadedData {
  checkDirectoryExists(directory);
  const missing: Problem[] = REQUIRED.filter((name) => !existsSync(path.join(directory, name))).map(
    (name) => ({ file: shownPath(directory, name), line: 1, reason: messages.missingFile() }),
  );
  if (missing.length > 0) throw new DataValidationError(missing);

  const source = (role: DataFileRole) => ({
    file: shownPath(directory, DATA_FILES[role]),
    content: readFileSync(path.join(directory, DATA_FILES[role])),
  });
  const sources: DataSources = {
    regioner: source("regioner"),
    kommuner: source("kommuner"),
    verksamheter: source("verksamheter"),
    kartlaggningar: source("kartlaggningar"),
    publicering: optionalSource(directory, POLICY_FILE),
    publikationer: optionalSource(directory, PUBLICATIONS_FILE),
    datamangd: optionalSource(directory, DATASET_FILE),
    earlierUnits: earlierUnitFiles(directory).map((name) => ({
      file: shownPath(directory, name),
      content: readFileSync(path.join(directory, name)),
    })),
    kallor: optionalSource(directory, OPTIONAL_FILES.kallor),
    publiceradeSiffror: optionalSource(directory, OPTIONAL_FILES.publiceradeSiffror),
    dataversioner: optionalSource(directory, OPTIONAL_FILES.dataversioner),
    rattelser: optionalSource(directory, OPTIONAL_FILES.rattelser),
  };
  const geometry = { map: loadGeodata(directory).regions, detail: loadCheckGeodata(directory) };
  const result = validateDataset(sources, geometry);
  if (!result.ok) throw new DataValidationError(result.problems, result.total, result.warnings);
  return { dataset: result.dataset, warnings: result.warnings };
}
