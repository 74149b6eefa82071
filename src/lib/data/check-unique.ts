import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { Located } from "./read-table.ts";

/** Reports every row whose key repeats an earlier row's, pointing at the first. */
export function checkUnique<T>(
  file: string,
  rows: readonly Located<T>[],
  column: keyof T & string,
  keyOf: (row: T) => string,
): Problem[] {
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { line, row } of rows) {
    const key = keyOf(row);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, line);
    else problems.push({ file, line, column, reason: messages.duplicateKey(key, first) });
  }
  return problems;
}
