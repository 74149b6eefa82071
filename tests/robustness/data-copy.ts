import { createHash } from "node:crypto";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

export const DATA_DIR = path.join(PROJECT_ROOT, "data");

/** A scratch directory for one test file, removed by `remove`. */
export function scratchDir(prefix: string) {
  const root = mkdtempSync(path.join(tmpdir(), `fc-${prefix}-`));
  let count = 0;
  return {
    root,
    /** A fresh copy of data/ under the scratch directory. */
    copyData(name = `data-${++count}`): string {
      const dir = path.join(root, name);
      cpSync(DATA_DIR, dir, { recursive: true });
      return dir;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export type DataFile =
  "verksamheter.csv" | "kommuner.csv" | "regioner.csv" | "kartlaggningar.csv" | "publicering.csv";

export const readData = (dir: string, file: DataFile): string =>
  readFileSync(path.join(dir, file), "utf8");

/** Rewrites one data file's text (or bytes) in a copy of data/. */
export function editData(
  dir: string,
  file: DataFile,
  edit: (text: string) => string | Uint8Array,
): void {
  writeFileSync(path.join(dir, file), edit(readData(dir, file)));
}

/** The CSV as lines of fields; the shipped files quote nothing but one kalla, so a plain split is exact. */
export const rows = (csv: string, delimiter = ","): string[][] =>
  csv
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split(delimiter));

export const unrows = (table: readonly (readonly string[])[], delimiter = ","): string =>
  `${table.map((fields) => fields.join(delimiter)).join("\n")}\n`;

/** Sets the field in `column` on physical line `line` (1 = header) of a comma-separated file. */
export function setField(csv: string, line: number, column: string, value: string): string {
  const table = rows(csv);
  const index = table[0]?.indexOf(column) ?? -1;
  const fields = table[line - 1];
  if (index < 0 || fields === undefined) throw new Error(`no ${column} on line ${line}`);
  fields[index] = value;
  return unrows(table);
}

/** The field in `column` on physical line `line` of a comma-separated file. */
export function getField(csv: string, line: number, column: string): string {
  const table = rows(csv);
  const value = table[line - 1]?.[table[0]?.indexOf(column) ?? -1];
  if (value === undefined) throw new Error(`no ${column} on line ${line}`);
  return value;
}

/** Every file under a directory with the SHA-256 of its bytes, by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        out[path.relative(dir, full).split(path.sep).join("/")] = createHash("sha256")
          .update(readFileSync(full))
          .digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** Text as Windows-1252 bytes (for the characters Swedish text uses, the same as Latin-1). */
export function toWindows1252(text: string): Uint8Array {
  return Uint8Array.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code > 0xff) throw new Error(`${char} is not in Windows-1252's Latin-1 range`);
      return code;
    }),
  );
}

/** Valid UTF-8 that was once decoded as Windows-1252 and saved again: "ä" → "Ã¤". */
export function mojibake(text: string): string {
  return new TextDecoder("windows-1252").decode(new TextEncoder().encode(text));
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
export function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** A value written as a CSV field: quoted when it holds a delimiter, quote or line break. */
export const csvField = (value: string): string =>
  /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * Sets several fields of a comma-separated file in one pass, quoting values as
 * needed, so a value with a comma does not confuse a later edit. Each edit is
 * [physical line, column, value].
 */
export function setFields(
  csv: string,
  edits: readonly (readonly [number, string, string])[],
): string {
  const table = rows(csv);
  for (const [line, column, value] of edits) {
    const index = table[0]?.indexOf(column) ?? -1;
    const fields = table[line - 1];
    if (index < 0 || fields === undefined) throw new Error(`no ${column} on line ${line}`);
    fields[index] = csvField(value);
  }
  return unrows(table);
}
