import { CSV_FLAVOURS, type CsvFlavour } from "./csv-flavour.ts";
import { neutraliseFormula } from "./neutralise-formula.ts";
import type { DownloadColumn, DownloadTable } from "./table.ts";

function cell<Row>(column: DownloadColumn<Row>, row: Row, flavour: CsvFlavour): string {
  const value = column.value(row);
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (typeof value === "number") return String(value).replace(".", CSV_FLAVOURS[flavour].decimal);
  // Codes such as "0114" are not formulas but must stay text; only free text is neutralised.
  return column.kind === "code" ? value : neutraliseFormula(value);
}

function quote(field: string, delimiter: string): string {
  return /["\r\n]/.test(field) || field.includes(delimiter) || field.trim() !== field
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

/** The table as CSV text in the given flavour. */
export function toCsv<Row>(table: DownloadTable<Row>, flavour: CsvFlavour): string {
  const { delimiter, newline, bom } = CSV_FLAVOURS[flavour];
  const line = (fields: readonly string[]) =>
    fields.map((field) => quote(field, delimiter)).join(delimiter);
  const lines = [
    line(table.columns.map((column) => column.name)),
    ...table.rows.map((row) => line(table.columns.map((column) => cell(column, row, flavour)))),
  ];
  return `${bom ? "\uFEFF" : ""}${lines.join(newline)}${newline}`;
}
