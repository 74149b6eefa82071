/** One thing wrong with an input file, located as precisely as the file allows. */
export interface Problem {
  /** The file as the analyst knows it, e.g. "data/verksamheter.csv". */
  readonly file: string;
  /** 1-based physical line in the file; the header row is line 1. */
  readonly line: number;
  /** The column concerned, when the problem is about one column. */
  readonly column?: string;
  /** Why the value is rejected, in Swedish. */
  readonly reason: string;
}

/** `data/verksamheter.csv rad 17, kolumn kommunkod: okänd kommunkod "9999"` */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file} rad ${problem.line}`;
  const column = problem.column === undefined ? "" : `, kolumn ${problem.column}`;
  return `${where}${column}: ${problem.reason}`;
}

/** Orders problems the way an analyst reads the files: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file, "sv") || a.line - b.line);
}

/** Thrown when the data cannot be used; carries every problem found, not just the first. */
export class DataValidationError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const heading = `Datan kan inte användas: ${sorted.length} fel hittades.`;
    super([heading, ...sorted.map((p) => `  - ${formatProblem(p)}`)].join("\n"));
    this.name = "DataValidationError";
    this.problems = sorted;
  }
}
