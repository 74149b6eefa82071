import { messages } from "./messages.ts";
import type { CsvTable } from "./parse-csv.ts";
import type { Problem } from "./problem.ts";

/**
 * Windows-1252's characters for the bytes 0x80–0x9F, in byte order. The five
 * bytes it leaves undefined decode, as in browsers, to the C1 control with the
 * same number.
 */
const CP1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** A character that a UTF-8 continuation byte (0x80–0xBF) becomes when read as Windows-1252 or Latin-1. */
const CONTINUATION = `[\\u0080-\\u00bf${CP1252_80_9F}]`;

/**
 * UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and saved
 * again: "ä" (C3 A4) became "Ã¤", "Ö" became "Ã–", "–" became "â€“", an emoji
 * "ðŸ˜€". Only lead bytes that real Swedish text does not put before such
 * characters are looked for (Â, Ã, â, ð), so names with "Å", "Ä" or "Ö"
 * followed by punctuation are never taken for mojibake.
 */
const MOJIBAKE = new RegExp(
  `[\\u00c2\\u00c3]${CONTINUATION}|\\u00e2${CONTINUATION}{2}|\\u00f0${CONTINUATION}{3}`,
  "g",
);

const MAYBE_MOJIBAKE = new RegExp(MOJIBAKE.source);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The byte a character stands for when Windows-1252 text is read back as bytes. */
function cp1252Byte(char: string): number {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return code;
  return 0x80 + CP1252_80_9F.indexOf(char);
}

/** What a mojibake sequence was before it was decoded wrongly, or null if it is not valid UTF-8. */
function repair(sequence: string): string | null {
  const bytes = Uint8Array.from(Array.from(sequence, cp1252Byte));
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** The first mojibake sequence in a text, and what it should have been. */
export function findMojibake(text: string): { wrong: string; right: string } | null {
  // Almost every field has none; a plain test is far cheaper than matchAll.
  if (!MAYBE_MOJIBAKE.test(text)) return null;
  for (const [wrong] of text.matchAll(MOJIBAKE)) {
    const right = repair(wrong);
    if (right !== null) return { wrong, right };
  }
  return null;
}

/**
 * Reports every field that looks like UTF-8 text decoded once as Windows-1252
 * and saved again. Such a file is valid UTF-8, so only the text gives it away;
 * building from it would print "VÃ¤sby" in the report.
 */
export function checkEncoding(file: string, table: CsvTable): Problem[] {
  const problems: Problem[] = [];
  for (const { line, fields } of table.records) {
    fields.forEach((value, index) => {
      const found = findMojibake(value);
      if (found === null) return;
      const column = table.header.fields[index];
      // A field beyond the header is already reported with the row's field count,
      // and one under a header without a name with that header.
      if (column === undefined || column === "") return;
      problems.push({
        file,
        line,
        column,
        reason: messages.mojibake(value, found.wrong, found.right),
      });
    });
  }
  return problems;
}
