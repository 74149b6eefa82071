import { messages, shown } from "./messages.ts";

/** How many problems of one kind in one file are listed before the rest are summarised. */
export const PROBLEMS_PER_KIND = 50;
/** How many problems in one file, of all kinds, are listed before the rest are summarised. */
export const PROBLEMS_PER_FILE = 100;

/** One thing wrong with an input file, located as precisely as the file allows. */
export interface Problem {
  /** The file as the analyst knows it, e.g. "data/verksamheter.csv". */
  readonly file: string;
  /** 1-based physical line in the file; the header row is line 1. */
  readonly line: number;
  /** For a line that stands for problems on many rows: the last of them (`line` is the first). */
  readonly lastLine?: number;
  /** The column concerned, when the problem is about one column. */
  readonly column?: string;
  /** Why the value is rejected, in Swedish. */
  readonly reason: string;
}

/**
 * Something the data allows but that is probably a mistake, such as one unit
 * entered twice under two ids. Located and worded like a problem, but the data
 * can still be used and the build continues.
 */
export type Warning = Problem;

/** How many warnings are listed before the rest are counted in one line. */
export const WARNINGS_SHOWN = 50;

/** `data/verksamheter.csv rad 17, kolumn kommunkod: okänd kommunkod "9999"` */
export function formatProblem(problem: Problem): string {
  const lines =
    problem.lastLine === undefined || problem.lastLine === problem.line
      ? `${problem.line}`
      : `${problem.line}–${problem.lastLine}`;
  const where = `${problem.file} rad ${lines}`;
  // A column name can come from the file's header row, so it is shown like any value from a file.
  const column = problem.column === undefined ? "" : `, kolumn ${shown(problem.column)}`;
  return `${where}${column}: ${problem.reason}`;
}

/** Orders problems the way an analyst reads the files: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file, "sv") || a.line - b.line);
}

/**
 * The lines that list warnings after the data's verdict: a heading, the first
 * WARNINGS_SHOWN by file and line, and how many more there are. None for none.
 */
export function formatWarnings(warnings: readonly Warning[]): string[] {
  if (warnings.length === 0) return [];
  const sorted = sortProblems(warnings);
  const lines = [
    messages.warningHeading(sorted.length),
    ...sorted.slice(0, WARNINGS_SHOWN).map((w) => `  - ${formatProblem(w)}`),
  ];
  if (sorted.length > WARNINGS_SHOWN)
    lines.push(`  ${messages.moreWarnings(sorted.length - WARNINGS_SHOWN)}`);
  return lines;
}

/**
 * Thrown when the data cannot be used; carries every problem found, not just
 * the first, and the warnings found in the rows that could be read, so one run
 * tells the steward everything.
 */
export class DataValidationError extends Error {
  readonly problems: readonly Problem[];
  /** How many problems were found; more than `problems` holds when repeated ones were summarised. */
  readonly total: number;
  readonly warnings: readonly Warning[];

  /**
   * @param total how many problems were found in all, when `problems` lists only
   *   the first of each kind and a summary line for the rest (see limitProblems).
   */
  constructor(problems: readonly Problem[], total?: number, warnings: readonly Warning[] = []) {
    const sorted = sortProblems(problems);
    const heading =
      total === undefined || total === sorted.length
        ? messages.errorHeading(sorted.length)
        : messages.errorHeadingLimited(total, PROBLEMS_PER_KIND, PROBLEMS_PER_FILE);
    super(
      [heading, ...sorted.map((p) => `  - ${formatProblem(p)}`), ...formatWarnings(warnings)].join(
        "\n",
      ),
    );
    this.name = "DataValidationError";
    this.problems = sorted;
    this.total = total ?? sorted.length;
    this.warnings = sortProblems(warnings);
  }
}
