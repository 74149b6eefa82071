import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { DATA_FILES } from "./validate-dataset.ts";

export interface BuildDateSources {
  /** SOURCE_DATE_EPOCH, the reproducible-builds convention, in seconds. */
  readonly sourceDateEpoch: string | undefined;
  /** Seconds since the epoch of the last commit that changed the data, if git knows. */
  readonly lastDataCommit: () => number | undefined;
  /** Seconds since the epoch of the newest data file's modification. */
  readonly newestDataFile: () => number;
}

/**
 * The date the report states it was built. Never the wall clock, so the same
 * inputs give the same bytes: SOURCE_DATE_EPOCH if set, else the data's last
 * commit, else the newest data file.
 */
export function buildDate(sources: BuildDateSources): Date {
  const epoch = sources.sourceDateEpoch;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const seconds = sources.lastDataCommit() ?? sources.newestDataFile();
  return new Date(seconds * 1000);
}

/** The build date for a data directory on this machine. */
export function buildDateFor(directory: string): Date {
  return buildDate({
    sourceDateEpoch: process.env["SOURCE_DATE_EPOCH"],
    lastDataCommit: () => {
      try {
        const out = execFileSync("git", ["log", "-1", "--format=%ct", "--", "."], {
          cwd: directory,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        }).trim();
        return out === "" ? undefined : Number(out);
      } catch {
        return undefined;
      }
    },
    newestDataFile: () =>
      Math.max(
        ...Object.values(DATA_FILES).map(
          (name) => statSync(path.join(directory, name)).mtimeMs / 1000,
        ),
      ),
  });
}
