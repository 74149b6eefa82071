import path from "node:path";
import { DataDirectoryError } from "./data-directory.ts";
import { loadDatasetWithWarnings } from "./load-dataset.ts";
import { messages } from "./messages.ts";
import { DataValidationError, formatWarnings, type Warning } from "./problem.ts";

export interface DirectoryCheck {
  readonly ok: boolean;
  /**
   * Every problem, or one line saying what the data holds; then any warnings.
   * Swedish, for the analyst.
   */
  readonly text: string;
  /** What the data allows but is probably a mistake; listed in `text` too. */
  readonly warnings: readonly Warning[];
}

/**
 * Validates a data directory as the build does and says how it went, for
 * `npm run check:data`, the build and the dev server. Never throws for bad
 * data. Warnings leave `ok` true: the data can be used.
 */
export function checkDataDirectory(directory: string): DirectoryCheck {
  const shown = `${path.relative(process.cwd(), directory).split(path.sep).join("/") || "."}/`;
  try {
    const { dataset, warnings } = loadDatasetWithWarnings(directory);
    const verdict = messages.dataOk({
      directory: shown,
      verksamheter: dataset.verksamheter.length,
      kommuner: dataset.kommuner.length,
      regioner: dataset.regioner.length,
      kartlaggningar: dataset.kartlaggningar.length,
      version: dataset.version,
      earlier: dataset.earlierUnits.map(({ ar, verksamheter }) => ({
        ar,
        antal: verksamheter.length,
      })),
    });
    return { ok: true, text: [verdict, ...formatWarnings(warnings)].join("\n"), warnings };
  } catch (error) {
    // Bad data and a missing folder carry a message written for the steward;
    // anything else (an unreadable map file) is shown as it is.
    if (error instanceof DataValidationError)
      return { ok: false, text: error.message, warnings: error.warnings };
    if (error instanceof DataDirectoryError)
      return { ok: false, text: error.message, warnings: [] };
    return { ok: false, text: String(error), warnings: [] };
  }
}
