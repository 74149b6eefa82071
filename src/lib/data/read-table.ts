import type { Column, FieldContext } from "./field.ts";
import { messages } from "./messages.ts";
import type { CsvTable, RawRecord } from "./parse-csv.ts";
import type { Problem } from "./problem.ts";
import { checkUnnamedColumns, type UnnamedColumns } from "./unnamed-columns.ts";

/** A file's columns, by the exact header name. */
export type Schema = Readonly<Record<string, Column<unknown>>>;

/** The typed row a schema describes. */
export type RowOf<S extends Schema> = {
  readonly [K in keyof S]: S[K] extends Column<infer T> ? T : never;
};

/** A parsed row and the line it came from, so later checks can point at it. */
export interface Located<T> {
  readonly line: number;
  readonly row: T;
}

export interface TableResult<T> {
  readonly rows: readonly Located<T>[];
  readonly problems: readonly Problem[];
}

/**
 * Checks the header against the schema: every column present, once, and
 * nothing else. Columns without a name are checkUnnamedColumns' to report.
 */
function checkHeader(
  file: string,
  header: RawRecord,
  schema: Schema,
  unnamed: UnnamedColumns,
): Problem[] {
  const { line } = header;
  const expected = Object.keys(schema).length;
  // One long column means the delimiter is wrong; listing every column as missing would hide that.
  if (header.fields.length - unnamed.ignored.size === 1 && expected > 1)
    return [{ file, line, reason: messages.singleColumnHeader(expected) }];
  const problems: Problem[] = [...unnamed.problems];
  const seen = new Set<string>();
  for (const name of header.fields) {
    if (name === "") continue;
    if (seen.has(name))
      problems.push({ file, line, column: name, reason: messages.duplicateColumn() });
    else if (!(name in schema))
      problems.push({ file, line, column: name, reason: messages.unknownColumn(name) });
    seen.add(name);
  }
  for (const name of Object.keys(schema)) {
    if (!seen.has(name))
      problems.push({ file, line, column: name, reason: messages.missingColumn() });
  }
  return problems;
}

/**
 * Why a row has the wrong number of fields. When the row would match the header
 * split on the other delimiter (a row typed in, or pasted from, another
 * program), says so.
 */
function fieldCountReason(record: RawRecord, table: CsvTable): string {
  const found = record.fields.length;
  const expected = table.header.fields.length;
  const other = table.delimiter === "," ? ";" : ",";
  const asOther = record.fields.join(table.delimiter).split(other).length;
  return expected > 1 && asOther === expected
    ? messages.otherDelimiter(found, expected, table.delimiter, other)
    : messages.fieldCount(found, expected);
}

/**
 * Reads every row of a parsed CSV file against its schema. Each field is checked
 * even when others fail, so one run lists every problem in the file.
 */
export function readTable<S extends Schema>(
  file: string,
  table: CsvTable,
  schema: S,
  /** A file that may hold its header alone (a log with no entry yet). */
  allowEmpty = false,
): TableResult<RowOf<S>> {
  const header = table.header.fields;
  const problems = checkHeader(file, table.header, schema, checkUnnamedColumns(file, table));
  if (table.records.length === 0 && !allowEmpty)
    problems.push({ file, line: table.header.line, reason: messages.headerOnly() });

  const context: FieldContext = { delimiter: table.delimiter };
  const columnIndex = new Map<string, number>();
  header.forEach((name, index) => {
    if (name in schema && !columnIndex.has(name)) columnIndex.set(name, index);
  });
  const complete = columnIndex.size === Object.keys(schema).length;

  const rows: Located<RowOf<S>>[] = [];
  for (const record of table.records) {
    if (record.fields.length !== header.length) {
      problems.push({ file, line: record.line, reason: fieldCountReason(record, table) });
      continue;
    }
    const values: Record<string, unknown> = {};
    let valid = true;
    for (const [name, index] of columnIndex) {
      const column = schema[name] as Column<unknown>;
      const result = column.parse(record.fields[index] ?? "", context);
      if (result.ok) values[name] = result.value;
      else {
        valid = false;
        problems.push({ file, line: record.line, column: name, reason: result.reason });
      }
    }
    // The cast is safe: every schema column was parsed successfully into `values`.
    if (valid && complete) rows.push({ line: record.line, row: values as RowOf<S> });
  }
  return { rows, problems };
}
