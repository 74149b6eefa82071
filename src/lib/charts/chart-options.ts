/** What every chart function takes besides its figures. */
export interface ChartOptions<Labels> {
  /** Width of the SVG's coordinate system in px; it scales down to its container. */
  readonly width: number;
  /** Every reader-facing text the chart shows or announces. */
  readonly labels: Labels;
  /** Unique on the page; ids inside the SVG start with `fc-chart-<id>-`. */
  readonly id: string;
}
