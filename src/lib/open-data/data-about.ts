import { licenceName, organisationDigits, type Datamangd } from "../data/index.ts";

/** The data as open data: who publishes it, how to reach them, its licence, and whether it is example data. */
export interface DataAbout {
  readonly publisher: {
    readonly name: string;
    /** An ADMS publisher type, e.g. "NationalAuthority". */
    readonly type: string;
    /** Ten digits, or null when the data states none. */
    readonly organisationNumber: string | null;
  };
  readonly contact: { readonly email: string; readonly url: string | null };
  readonly licence: { readonly uri: string; readonly name: string };
  /** True while the unit-level rows are example data (kartlaggningar.csv). */
  readonly exampleData: boolean;
}

/** What datamangd.csv says, or null when the data folder has no such file. */
export function dataAbout(row: Datamangd | null, exampleData: boolean): DataAbout | null {
  if (row === null) return null;
  return {
    publisher: {
      name: row.utgivare,
      type: row.utgivartyp,
      organisationNumber:
        row.organisationsnummer === null ? null : organisationDigits(row.organisationsnummer),
    },
    contact: { email: row.epost, url: row.webbadress },
    licence: { uri: row.licens, name: licenceName(row.licens) },
    exampleData,
  };
}
