import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "./data-directory.ts";
import { CHECK_GEODATA_FILE, GEODATA_FILE, loadCheckGeodata, loadGeodata } from "./load-geodata.ts";
import { messages } from "./messages.ts";
import { DataValidationError, type Problem } from "./problem.ts";
import type { Dataset } from "./types.ts";
import {
  DATA_FILES,
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
  return REQUIRED.map((name) => {
    const file = path.join(directory, name);
    if (!existsSync(file)) return `${name}:missing`;
    const { mtimeMs, size } = statSync(file);
    return `${name}:${mtimeMs}:${size}`;
  }).join("|");
}

let last: { readonly key: string; readonly dataset: Dataset } | undefined;

/**
 * Reads and validates the data directory, including each unit's place on the
 * map; throws DataValidationError listing every problem. The result is reused
 * while the files are unchanged.
 */
export function loadDataset(directory: string = dataDirectory()): Dataset {
  const key = `${path.resolve(directory)}|${stateOf(directory)}`;
  if (last?.key === key) return last.dataset;
  const dataset = readAndValidate(directory);
  last = { key, dataset };
  return dataset;
}

function readAndValidate(directory: string): Dataset {
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
  };
  const geometry = { map: loadGeodata(directory).regions, detail: loadCheckGeodata(directory) };
  const result = validateDataset(sources, geometry);
  if (!result.ok) throw new DataValidationError(result.problems, result.total);
  return result.dataset;
}
