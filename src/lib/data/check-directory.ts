import path from "node:path";
import { DataDirectoryError } from "./data-directory.ts";
import { loadDataset } from "./load-dataset.ts";
import { messages } from "./messages.ts";
import { DataValidationError } from "./problem.ts";

export interface DirectoryCheck {
  readonly ok: boolean;
  /** Every problem, or one line saying what the data holds; Swedish, for the analyst. */
  readonly text: string;
}

/**
 * Validates a data directory as the build does and says how it went, for
 * `npm run check:data` and the dev server. Never throws for bad data.
 */
export function checkDataDirectory(directory: string): DirectoryCheck {
  const shown = `${path.relative(process.cwd(), directory).split(path.sep).join("/") || "."}/`;
  try {
    const dataset = loadDataset(directory);
    const text = messages.dataOk({
      directory: shown,
      verksamheter: dataset.verksamheter.length,
      kommuner: dataset.kommuner.length,
      regioner: dataset.regioner.length,
      kartlaggningar: dataset.kartlaggningar.length,
      version: dataset.version,
    });
    return { ok: true, text };
  } catch (error) {
    // Both carry a message written for the steward; anything else (an unreadable map file) is shown as it is.
    const known = error instanceof DataValidationError || error instanceof DataDirectoryError;
    return { ok: false, text: known ? error.message : String(error) };
  }
}
