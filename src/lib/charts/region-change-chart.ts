import * as Plot from "@observablehq/plot";
import { swedish, type Formatter } from "../format.ts";
import type { RegionChange } from "../stats/index.ts";
import { estimateMaxWidth } from "../svg/index.ts";
import type { ChartOptions } from "./chart-options.ts";
import { chartStyle } from "./chart-style.ts";
import { renderPlot } from "./render-plot.ts";

export interface RegionChangeChartLabels {
  /** The chart's accessible name, naming every region's change (one sentence). */
  readonly ariaLabel: string;
  /** Optional longer text alternative. */
  readonly description?: string;
}

export interface RegionChangeRow {
  readonly key: string;
  /** The region's name, as the y axis shows it. */
  readonly label: string;
  /** Units now minus units in the previous survey. */
  readonly value: number;
  /** The change as shown beside its dot: "+3", "−1", "0". */
  readonly valueLabel: string;
}

/** One row per region, in the order of the figures (regioner.csv). */
export function regionChangeChartData(
  regions: readonly RegionChange[],
  format: Formatter = swedish,
): readonly RegionChangeRow[] {
  return regions.map(({ region, change }) => ({
    key: region.lanskod,
    label: region.region,
    value: change.absolute,
    valueLabel: format.signedInteger(change.absolute),
  }));
}

const ROW_STEP = 24;
const DOT_RADIUS = 5;

/**
 * A dot chart of each region's change since the previous survey: a line from
 * zero to a dot at the change, and the change written beside the dot, so no
 * axis is needed. Region names on the left; growth to the right of the zero line.
 */
export function regionChangeChart(
  regions: readonly RegionChange[],
  { width, labels, id, format = swedish }: ChartOptions<RegionChangeChartLabels>,
): string {
  const rows = regionChangeChartData(regions, format);
  const { fontSize, edge, labelGap, valueGap, text, bar, grid } = chartStyle;
  const marginLeft = Math.ceil(
    estimateMaxWidth(
      rows.map((row) => row.label),
      fontSize,
    ) +
      labelGap +
      edge,
  );
  const valueRoom = Math.ceil(
    estimateMaxWidth(
      rows.map((row) => row.valueLabel),
      fontSize,
    ) +
      valueGap +
      DOT_RADIUS +
      edge,
  );
  const largest = Math.max(1, ...rows.map((row) => Math.abs(row.value)));
  const hasDecline = rows.some((row) => row.value < 0);
  const hasGrowth = rows.some((row) => row.value > 0);
  // Only the side that has changes gets room; zero stays in view either way.
  const domain: [number, number] = [
    hasDecline ? -largest : 0,
    hasGrowth || !hasDecline ? largest : 0,
  ];
  const marginTop = edge + DOT_RADIUS;
  const gap = DOT_RADIUS + valueGap;
  const spec: Plot.PlotOptions = {
    width,
    height: marginTop + rows.length * ROW_STEP + edge + DOT_RADIUS,
    marginTop,
    marginBottom: edge + DOT_RADIUS,
    marginLeft,
    marginRight: valueRoom,
    x: { domain, axis: null, insetLeft: hasDecline ? valueRoom : 0 },
    y: { domain: rows.map((row) => row.key), axis: null, padding: 0 },
    marks: [
      Plot.ruleX([0], { stroke: grid }),
      // No line where nothing changed: the dot sits on the zero line.
      Plot.ruleY(
        rows.filter((row) => row.value !== 0),
        { y: "key", x1: 0, x2: "value", stroke: bar, strokeWidth: 2 },
      ),
      Plot.dot(rows, { y: "key", x: "value", r: DOT_RADIUS, fill: bar, stroke: bar }),
      Plot.text(rows, {
        y: "key",
        text: "label",
        frameAnchor: "left",
        textAnchor: "end",
        dx: -labelGap,
        fill: text,
      }),
      // Growth and no change written to the right of the dot, decline to the left.
      Plot.text(
        rows.filter((row) => row.value >= 0),
        { y: "key", x: "value", text: "valueLabel", textAnchor: "start", dx: gap, fill: text },
      ),
      Plot.text(
        rows.filter((row) => row.value < 0),
        { y: "key", x: "value", text: "valueLabel", textAnchor: "end", dx: -gap, fill: text },
      ),
    ],
  };
  return renderPlot(spec, { id, ariaLabel: labels.ariaLabel, description: labels.description });
}
