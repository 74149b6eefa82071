/** What a download column holds; decides how a value is written. */
export type ColumnKind = "text" | "code" | "integer" | "decimal" | "share" | "yesno";

/** One column of a download, with the codebook entry that explains it. */
export interface DownloadColumn<Row> {
  readonly name: string;
  readonly kind: ColumnKind;
  /** What the column means, in Swedish. */
  readonly meaning: string;
  /** Unit of measure, in Swedish ("antal", "andel 0–1", "grader" …), or "" for none. */
  readonly unit: string;
  /** Allowed values, in Swedish. */
  readonly allowed: string;
  readonly value: (row: Row) => string | number | boolean | null;
}

/** A table offered for download: its file name (without extension) and columns. */
export interface DownloadTable<Row> {
  readonly name: string;
  /** A short Swedish title for the download list. */
  readonly title: string;
  readonly columns: readonly DownloadColumn<Row>[];
  readonly rows: readonly Row[];
  /** Columns of the source data left out of the file by the publication policy, and why. */
  readonly left?: readonly LeftOutColumn[];
}

/** A column of the data the download does not hold, named in its codebook. */
export interface LeftOutColumn {
  readonly name: string;
  readonly meaning: string;
  /** How the policy publishes it instead, in Swedish. */
  readonly why: string;
}
