import type { CsvFlavour } from "./csv-flavour.ts";
import type { DownloadTable, LeftOutColumn } from "./table.ts";
import { toCsv } from "./to-csv.ts";

/** A codebook entry: what one column of a download means. */
export interface CodebookEntry {
  readonly name: string;
  readonly meaning: string;
  readonly unit: string;
  readonly allowed: string;
}

/** A table ready to offer: its name, title, codebook and CSV text per flavour. */
export interface Download {
  readonly name: string;
  readonly title: string;
  readonly rowCount: number;
  readonly codebook: readonly CodebookEntry[];
  /** Columns the publication policy keeps out of the file, for the codebook and the data page. */
  readonly leftOut: readonly LeftOutColumn[];
  readonly csv: (flavour: CsvFlavour) => string;
}

export function toDownload<Row>(table: DownloadTable<Row>): Download {
  return {
    name: table.name,
    title: table.title,
    rowCount: table.rows.length,
    codebook: table.columns.map(({ name, meaning, unit, allowed }) => ({
      name,
      meaning,
      unit,
      allowed,
    })),
    leftOut: table.left ?? [],
    csv: (flavour) => toCsv(table, flavour),
  };
}
