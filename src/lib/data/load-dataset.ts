import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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

/** Where the data lives unless DATA_DIR says otherwise (tests and analysts' trial runs use it). */
export function dataDirectory(): string {
  return path.resolve(process.env["DATA_DIR"] ?? "data");
}

/** The path an analyst recognises, relative to where the command was run, with forward slashes. */
function shownPath(directory: string, name: string): string {
  const relative = path.relative(process.cwd(), path.join(directory, name));
  return relative.split(path.sep).join("/");
}

/** Reads and validates the data directory; throws DataValidationError listing every problem. */
export function loadDataset(directory: string = dataDirectory()): Dataset {
  const missing: Problem[] = ROLES.filter(
    (role) => !existsSync(path.join(directory, DATA_FILES[role])),
  ).map((role) => ({
    file: shownPath(directory, DATA_FILES[role]),
    line: 1,
    reason: messages.missingFile(),
  }));
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
  const result = validateDataset(sources);
  if (!result.ok) throw new DataValidationError(result.problems);
  return result.dataset;
}
