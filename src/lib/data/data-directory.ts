import { statSync } from "node:fs";
import path from "node:path";
import { messages } from "./messages.ts";

/** Where the data lives unless DATA_DIR says otherwise (tests and analysts' trial runs use it). */
export function dataDirectory(): string {
  return path.resolve(process.env["DATA_DIR"] ?? "data");
}

/** The data directory as the person who chose it knows it. */
export interface DirectoryName {
  /** As DATA_DIR was written when it names the directory, else relative to where the command runs. */
  readonly shown: string;
  /** DATA_DIR's value, when the directory came from it. */
  readonly dataDir: string | undefined;
  readonly absolute: string;
  /** Where the command runs, which a relative path is counted from. */
  readonly cwd: string;
}

export function directoryName(directory: string): DirectoryName {
  const absolute = path.resolve(directory);
  const cwd = process.cwd();
  const dataDir = process.env["DATA_DIR"];
  if (dataDir !== undefined && path.resolve(dataDir) === absolute)
    return { shown: dataDir, dataDir, absolute, cwd };
  const relative = path.relative(cwd, absolute).split(path.sep).join("/");
  return { shown: relative === "" ? "." : relative, dataDir: undefined, absolute, cwd };
}

/**
 * The data directory is missing or is not a directory. Said once, instead of
 * "filen saknas" for every data file, since the files are not what is wrong.
 */
export class DataDirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataDirectoryError";
  }
}

/** Throws DataDirectoryError unless `directory` is a directory. */
export function checkDirectoryExists(directory: string): void {
  const stats = statSync(directory, { throwIfNoEntry: false });
  if (stats === undefined)
    throw new DataDirectoryError(messages.missingDirectory(directoryName(directory)));
  if (!stats.isDirectory())
    throw new DataDirectoryError(messages.notADirectory(directoryName(directory)));
}
