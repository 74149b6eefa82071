import Papa from "papaparse";
import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";

/** One row of a CSV file as text, with the line it starts on. */
export interface RawRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly delimiter: "," | ";";
  readonly header: RawRecord;
  readonly records: readonly RawRecord[];
}

export type CsvResult =
  | { readonly ok: true; readonly table: CsvTable }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const LEADING_BOMS = /^\uFEFF+/;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

/**
 * What a file that is not text at all, or not UTF-8 text, most likely is:
 * a workbook renamed to .csv, or Excel's "Unicode text" (UTF-16).
 */
function notCsvText(bytes: Uint8Array): string | null {
  // .xlsx and .ods are zip files; .xls is an OLE2 compound file.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return messages.workbookNotCsv();
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return messages.workbookNotCsv();
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return messages.utf16();
  return null;
}

/** Decodes strictly: a file that is not UTF-8 is reported, never guessed at. */
function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  const wrongKind = notCsvText(bytes);
  if (wrongKind !== null) return { problem: { file, line: 1, reason: wrongKind } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const badAt = lenient.indexOf("\uFFFD");
    return {
      problem: {
        file,
        line: lineAt(lenient, badAt),
        reason: messages.notUtf8(lineAt(lenient, badAt)),
      },
    };
  }
}

/**
 * 1-based line number of a character offset. A line ends with LF, CRLF or a
 * lone CR (old Mac files, Excel's "CSV (Macintosh)").
 */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The header row's text, whatever the line ending. */
const firstLine = (text: string): string => text.slice(0, text.search(/[\r\n]|$/));

/** Swedish Excel writes semicolons, everything else commas; the header row tells which. */
function detectDelimiter(text: string): "," | ";" {
  const headerLine = firstLine(text);
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * Header rows that make every later row meaningless, so the file is reported
 * once instead of on every row: a tab-separated file (neither comma nor
 * semicolon in the header), or Excel's "sep=;" instruction line before it.
 */
function checkHeaderLine(text: string): string | null {
  const headerLine = firstLine(text);
  if (/^sep=.?$/i.test(headerLine)) return messages.excelSepLine();
  if (headerLine.includes("\t") && !/[,;]/.test(headerLine)) return messages.tabDelimited();
  return null;
}

/** A row with no content at all (a blank line, or Excel's ";;;;") carries no data. */
function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field === "");
}

/**
 * Parses a CSV file as Excel or a script writes it: UTF-8 with or without BOM,
 * comma or semicolon, LF or CRLF. Returns every row with its line number, or
 * every problem that makes the file unreadable.
 */
export function parseCsv(file: string, input: Uint8Array | string): CsvResult {
  const decoded = typeof input === "string" ? { text: input } : decodeUtf8(file, input);
  if ("problem" in decoded) return { ok: false, problems: [decoded.problem] };
  // Every leading BOM goes, not just one: papaparse drops another itself, and its
  // row offsets would then no longer match ours, putting rows on the wrong line.
  const text = decoded.text.replace(LEADING_BOMS, "");
  if (text.trim() === "")
    return { ok: false, problems: [{ file, line: 1, reason: messages.emptyFile() }] };

  const headerProblem = checkHeaderLine(text);
  if (headerProblem !== null)
    return { ok: false, problems: [{ file, line: 1, reason: headerProblem }] };

  const delimiter = detectDelimiter(text);
  const rows: RawRecord[] = [];
  const problems: Problem[] = [];
  let rowStart = 0;
  let lineOfRowStart = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOfRowStart;
      // Papa may report one misplaced quote several times; the analyst needs it once per row.
      const reasons = new Set(
        result.errors.map((error) =>
          error.code === "MissingQuotes" ? messages.unclosedQuote() : messages.badQuote(),
        ),
      );
      for (const reason of reasons) problems.push({ file, line, reason });
      if (!isBlank(result.data)) rows.push({ line, fields: result.data });
      const rowEnd = result.meta.cursor;
      lineOfRowStart += lineAt(text.slice(rowStart, rowEnd), rowEnd - rowStart) - 1;
      rowStart = rowEnd;
    },
  });

  const [header, ...records] = rows;
  if (header === undefined)
    return { ok: false, problems: [{ file, line: 1, reason: messages.emptyFile() }] };
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, table: { delimiter, header, records } };
}
