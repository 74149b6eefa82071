import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { Located, RowOf } from "./read-table.ts";
import type { publikationerSchema } from "./schema/publikationer.ts";

type PublicationRow = RowOf<typeof publikationerSchema>;

/** ISBN-13 (weights 1 and 3) or ISBN-10 (weights 10 to 1, X for 10), hyphens and spaces allowed. */
export function isIsbn(value: string): boolean {
  const compact = value.replace(/[- ]/g, "");
  if (/^\d{13}$/.test(compact)) {
    const sum = [...compact].reduce(
      (acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3),
      0,
    );
    return sum % 10 === 0;
  }
  if (/^\d{9}[\dX]$/.test(compact)) {
    const sum = [...compact].reduce(
      (acc, digit, i) => acc + (digit === "X" ? 10 : Number(digit)) * (10 - i),
      0,
    );
    return sum % 11 === 0;
  }
  return false;
}

const isWebAddress = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

/** Checks each publication row against the surveys and its own fields' formats. */
export function checkPublications(
  file: string,
  rows: readonly Located<PublicationRow>[],
  surveyYears: ReadonlySet<number>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { line, row } of rows) {
    if (!surveyYears.has(row.ar))
      problems.push({ file, line, column: "ar", reason: messages.unknownSurveyYear(row.ar) });
    if (row.utgivare_en !== null && row.utgivare_en.length !== row.utgivare.length)
      problems.push({
        file,
        line,
        column: "utgivare_en",
        reason: messages.publishersCount(row.utgivare.length, row.utgivare_en.length),
      });
    if (row.isbn !== null && !isIsbn(row.isbn))
      problems.push({ file, line, column: "isbn", reason: messages.badIsbn(row.isbn) });
    if (row.licens !== null && !isWebAddress(row.licens))
      problems.push({ file, line, column: "licens", reason: messages.badLicence(row.licens) });
  }
  return problems;
}
