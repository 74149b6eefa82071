import { swedish, type Formatter } from "../format.ts";
import { isWithheld, type Partner, type ReportFigures } from "../stats/index.ts";
import type { ChartOptions } from "./chart-options.ts";
import { chartStyle } from "./chart-style.ts";
import { horizontalBarsSpec, type BarRow, type PaintedBarRow } from "./horizontal-bars.ts";
import { renderPlot } from "./render-plot.ts";

export interface CollaborationChartLabels {
  /** Category label per partner, e.g. bibliotek → "Bibliotek". */
  readonly partners: Readonly<Record<Partner, string>>;
  /** The value label of a partner the publication policy withholds (".."): a gap, never a zero. */
  readonly withheld: string;
  /** The chart's accessible name (one sentence). */
  readonly ariaLabel: string;
  /** Optional longer text alternative. */
  readonly description?: string;
}

export interface CollaborationRow extends BarRow {
  readonly key: Partner;
  /** Units collaborating with the partner; null when withheld. */
  readonly antal: number | null;
  /** Their share of all units, 0..1 (= value); 0 and no bar when withheld. */
  readonly value: number;
}

/** The bars to draw, in the order the stats give the partners. */
export function collaborationChartData(
  collaboration: ReportFigures["collaboration"],
  labels: Pick<CollaborationChartLabels, "partners" | "withheld">,
  format: Formatter = swedish,
): readonly CollaborationRow[] {
  return collaboration.map((entry) =>
    isWithheld(entry)
      ? {
          key: entry.partner,
          label: labels.partners[entry.partner],
          value: 0,
          antal: null,
          valueLabel: labels.withheld,
        }
      : {
          key: entry.partner,
          label: labels.partners[entry.partner],
          value: entry.andel,
          antal: entry.antal,
          valueLabel: format.percent(entry.andel),
        },
  );
}

/** Horizontal bars of the share of units collaborating with each partner, on a 0–100 % axis. */
export function collaborationChart(
  collaboration: ReportFigures["collaboration"],
  { width, labels, id, format = swedish }: ChartOptions<CollaborationChartLabels>,
): string {
  const rows: PaintedBarRow[] = collaborationChartData(collaboration, labels, format).map(
    (row) => ({
      ...row,
      color: chartStyle.bar,
      paint: "solid",
    }),
  );
  const spec = horizontalBarsSpec({
    width,
    rows,
    domainMax: 1,
    axis: {
      ticks: [
        [0, 0.25, 0.5, 0.75, 1],
        [0, 0.5, 1],
        [0, 1],
      ],
      format: (tick) => format.percent(tick, 0),
    },
  });
  return renderPlot(spec, { id, ariaLabel: labels.ariaLabel, description: labels.description });
}
