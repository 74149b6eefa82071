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

const BOM = "\uFEFF";

/** Decodes strictly: a file that is not UTF-8 is reported, never guessed at. */
function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
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

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Swedish Excel writes semicolons, everything else commas; the header row tells which. */
function detectDelimiter(text: string): "," | ";" {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
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
  const text = decoded.text.startsWith(BOM) ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === "")
    return { ok: false, problems: [{ file, line: 1, reason: messages.emptyFile() }] };

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
      for (const error of result.errors) {
        const reason =
          error.code === "MissingQuotes" ? messages.unclosedQuote() : messages.badQuote();
        problems.push({ file, line, reason });
      }
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
