import { messages } from "./messages.ts";
import { PROBLEMS_PER_FILE, PROBLEMS_PER_KIND, type Problem } from "./problem.ts";

export interface LimitedProblems {
  /** The problems to show: the first of each kind, and summary lines for the rest. */
  readonly problems: readonly Problem[];
  /** How many problems were found in all. */
  readonly total: number;
}

export interface Limits {
  /** Problems of one kind in one file listed before the rest are summarised. */
  readonly perKind: number;
  /** Problems in one file listed, of all kinds together, before the rest are summarised. */
  readonly perFile: number;
}

const DEFAULT_LIMITS: Limits = { perKind: PROBLEMS_PER_KIND, perFile: PROBLEMS_PER_FILE };

/**
 * What makes two problems "the same kind": the same file and the same known
 * column (every problem in a column, whatever the reason), or for problems
 * about a whole row or file, the same reason once numbers are ignored ("raden
 * har 3 fält…" and "raden har 7 fält…" are one kind). Reasons without a column
 * never quote a value from the file, so their kinds are few. Column names the
 * schema does not know (a garbled header row) are one kind together.
 */
function kindOf(problem: Problem, knownColumns: ReadonlySet<string> | undefined): string {
  const { column, reason } = problem;
  if (column === undefined) return `row\0${reason.replace(/\d+/g, "#")}`;
  if (knownColumns?.has(column) === true) return `column\0${column}`;
  return "unknown-column";
}

/** Indexes in order of line, then of position; the first of each group are the ones listed. */
function byLine(problems: readonly Problem[], indexes: readonly number[]): number[] {
  const lineOf = (index: number) => problems[index]?.line ?? 0;
  return [...indexes].sort((a, b) => lineOf(a) - lineOf(b) || a - b);
}

/** The summary line standing for `omitted` problems (indexes in line order). */
function summary(
  problems: readonly Problem[],
  omitted: readonly number[],
  reason: (count: number) => string,
  column?: string,
): Problem | null {
  const first = problems[omitted[0] ?? -1];
  const last = problems[omitted.at(-1) ?? -1];
  if (first === undefined || last === undefined) return null;
  // The rows it stands for are its line range, not the first row alone.
  const where = { file: first.file, line: first.line, lastLine: last.line };
  const text = reason(omitted.length);
  return column === undefined ? { ...where, reason: text } : { ...where, column, reason: text };
}

/**
 * Keeps a garbled or random file's problems readable: in each file, lists at
 * most `perKind` problems of each kind (the first by line) and one summary line
 * for the rest of that kind, and at most `perFile` problems in all, then one
 * summary line for the file. Kept problems stay in their given order; when
 * nothing is cut, the same array comes back.
 *
 * @param columnsByFile the schema's columns for each file, by the file's shown path.
 */
export function limitProblems(
  problems: readonly Problem[],
  columnsByFile: ReadonlyMap<string, ReadonlySet<string>>,
  limits: Limits = DEFAULT_LIMITS,
): LimitedProblems {
  const total = problems.length;
  const byFile = new Map<string, Map<string, number[]>>();
  problems.forEach((problem, index) => {
    let kinds = byFile.get(problem.file);
    if (kinds === undefined) byFile.set(problem.file, (kinds = new Map()));
    const kind = kindOf(problem, columnsByFile.get(problem.file));
    const indexes = kinds.get(kind);
    if (indexes === undefined) kinds.set(kind, [index]);
    else indexes.push(index);
  });

  const kept = new Set<number>();
  const summaries: Problem[] = [];
  let cut = false;
  for (const [file, kinds] of byFile) {
    const inFile: number[] = [];
    for (const indexes of kinds.values()) {
      const ordered = byLine(problems, indexes);
      inFile.push(...ordered.slice(0, limits.perKind));
      if (ordered.length <= limits.perKind) continue;
      cut = true;
      const first = problems[ordered[0] ?? -1];
      const column =
        first?.column !== undefined && columnsByFile.get(file)?.has(first.column) === true
          ? first.column
          : undefined;
      const line = summary(
        problems,
        ordered.slice(limits.perKind),
        column === undefined ? messages.moreOfSameKind : messages.moreInColumn,
        column,
      );
      if (line !== null) summaries.push(line);
    }
    const ordered = byLine(problems, inFile);
    for (const index of ordered.slice(0, limits.perFile)) kept.add(index);
    if (ordered.length <= limits.perFile) continue;
    cut = true;
    const line = summary(problems, ordered.slice(limits.perFile), messages.moreInFile);
    if (line !== null) summaries.push(line);
  }
  if (!cut) return { problems, total };
  return { problems: [...problems.filter((_, index) => kept.has(index)), ...summaries], total };
}
