import type { Formatter } from "../format.ts";

/** What every chart function takes besides its figures. */
export interface ChartOptions<Labels> {
  /** How the chart writes its numbers: the page's language (format.ts); Swedish when not given. */
  readonly format?: Formatter;
  /** Width of the SVG's coordinate system in px; it scales down to its container. */
  readonly width: number;
  /** Every reader-facing text the chart shows or announces. */
  readonly labels: Labels;
  /** Unique on the page; ids inside the SVG start with `fc-chart-<id>-`. */
  readonly id: string;
}
