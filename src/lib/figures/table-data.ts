import type { Formatter } from "../format.ts";
import type { Withheld } from "../stats/index.ts";

/** One cell of a table the report shows; the first cell of a row is its header. */
export interface TableCell {
  readonly text: string;
  /** Makes the cell's text a link. */
  readonly href?: string | undefined;
  /** The language of the page the link leads to, when it is not the page's own. */
  readonly hreflang?: string | undefined;
  /** Right-aligned with tabular figures. */
  readonly numeric?: boolean;
  /**
   * The number behind a formatted cell ("35,9 %" is 0.359): what the figure's CSV
   * download holds, so the file can be computed with. Absent: the CSV has `text`.
   */
  readonly value?: number;
  /** `value` is a share (0.359) the page shows as a percentage ("35,9 %"). */
  readonly share?: boolean;
}

export interface TableRowData {
  readonly cells: readonly TableCell[];
  /** Marks a row for styling, e.g. a region without units. */
  readonly variant?: "muted";
  /** A stable anchor for the row on the page, so other pages can link to it. */
  readonly id?: string;
}

/** A table as the report shows it and as a figure's data is downloaded. */
export interface TableData {
  readonly caption: string;
  readonly columns: readonly TableCell[];
  readonly rows: readonly TableRowData[];
  /** Totals, shown in <tfoot> and written as the CSV's last row. */
  readonly totals?: TableRowData | undefined;
  /** What a ".." in the table means, one line per reason, shown under it. */
  readonly legend?: readonly string[] | undefined;
}

/** A right-aligned number: shown formatted, downloaded as the number itself. */
export const numericCell = (value: number, format: (value: number) => string): TableCell => ({
  text: format(value),
  numeric: true,
  value,
});

/** A figure the publication policy withholds: ".." on the page and in the CSV. */
export const withheldCell = (mark: string): TableCell => ({ text: mark, numeric: true });

/** The legend lines for the withheld figures of a table, once per distinct line. */
export const legendOf = (
  withheld: readonly Withheld[],
  legend: (w: Withheld) => string,
): readonly string[] | undefined => {
  const lines = [...new Set(withheld.map(legend))];
  return lines.length === 0 ? undefined : lines;
};

/** A right-aligned column header. */
export const numericHeader = (text: string): TableCell => ({ text, numeric: true });

/** Cells for counts and shares, written a formatter's way (a catalogue's `format`). */
export const cellsOf = (format: Formatter) => ({
  integer: (value: number) => numericCell(value, format.integer),
  percent: (value: number): TableCell => ({ ...numericCell(value, format.percent), share: true }),
});
