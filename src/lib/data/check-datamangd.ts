import { checkLicenceUri, isEmailAddress, isWebAddress, organisationDigits } from "./licence.ts";
import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { Located, RowOf } from "./read-table.ts";
import type { datamangdSchema } from "./schema/datamangd.ts";

type DatasetRow = RowOf<typeof datamangdSchema>;

/** Checks the one row of datamangd.csv: a real organisation number, an e-mail address, an exact licence URI. */
export function checkDatamangd(file: string, rows: readonly Located<DatasetRow>[]): Problem[] {
  if (rows.length !== 1)
    return [{ file, line: rows[1]?.line ?? 1, reason: messages.datasetRows(rows.length) }];
  const problems: Problem[] = [];
  const [{ line, row }] = rows as [Located<DatasetRow>];
  const problem = (column: keyof DatasetRow, reason: string) =>
    problems.push({ file, line, column, reason });
  if (row.organisationsnummer !== null && organisationDigits(row.organisationsnummer) === null)
    problem("organisationsnummer", messages.badOrganisationNumber(row.organisationsnummer));
  if (!isEmailAddress(row.epost)) problem("epost", messages.badEmail(row.epost));
  if (row.webbadress !== null && !isWebAddress(row.webbadress))
    problem("webbadress", messages.badWebAddress(row.webbadress));
  const licence = checkLicenceUri(row.licens);
  if (!licence.ok)
    problem(
      "licens",
      licence.kind === "notAddress"
        ? messages.licenceNotAddress(row.licens)
        : licence.kind === "notCanonical"
          ? messages.licenceNotCanonical(row.licens, licence.canonical)
          : messages.licenceUnknownCc(row.licens),
    );
  return problems;
}
