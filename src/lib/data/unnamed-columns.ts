import { messages } from "./messages.ts";
import type { CsvTable } from "./parse-csv.ts";
import type { Problem } from "./problem.ts";

export interface UnnamedColumns {
  /**
   * 0-based positions of columns with no name and no value after the last
   * named column: what Excel writes for cells beyond the table that were once
   * touched (a trailing ";" on every line). They carry no data, like the fully
   * empty rows parseCsv skips, so the schema check does not see them.
   */
  readonly ignored: ReadonlySet<number>;
  /** Every other column with an empty name, one problem each, on the header line. */
  readonly problems: readonly Problem[];
}

/** A 1-based column position as the spreadsheet a steward opens the file in labels it: 1 → A, 27 → AA. */
export function spreadsheetColumn(position: number): string {
  let letters = "";
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

interface ValuesSeen {
  rows: number;
  readonly line: number;
  readonly value: string;
}

/**
 * Finds the header's columns with an empty name. Those that hold no value and
 * stand after the last named column are ignored; any other one is a problem
 * that names its position and, when it holds values, where the first stands,
 * since "kolumn ''" would tell the steward nothing.
 */
export function checkUnnamedColumns(file: string, table: CsvTable): UnnamedColumns {
  const header = table.header.fields;
  const unnamed = header.map((name) => name === "");
  if (!unnamed.includes(true)) return { ignored: new Set(), problems: [] };

  // One pass over every field, so a wide garbled header cannot make this quadratic.
  const seen = new Map<number, ValuesSeen>();
  for (const { line, fields } of table.records) {
    const width = Math.min(fields.length, header.length);
    for (let index = 0; index < width; index++) {
      const value = fields[index] ?? "";
      if (!unnamed[index] || value === "") continue;
      const values = seen.get(index);
      if (values === undefined) seen.set(index, { rows: 1, line, value });
      else values.rows++;
    }
  }

  const lastNamed = unnamed.lastIndexOf(false);
  const ignored = new Set<number>();
  const problems: Problem[] = [];
  unnamed.forEach((isUnnamed, index) => {
    if (!isUnnamed) return;
    const values = seen.get(index);
    if (values === undefined && index > lastNamed) {
      ignored.add(index);
      return;
    }
    const position = index + 1;
    const column = { position, letters: spreadsheetColumn(position) };
    const reason =
      values === undefined
        ? messages.unnamedEmptyColumn(column)
        : messages.unnamedColumnWithValues(column, values);
    problems.push({ file, line: table.header.line, reason });
  });
  return { ignored, problems };
}
