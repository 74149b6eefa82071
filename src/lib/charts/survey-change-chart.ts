import * as Plot from "@observablehq/plot";
import { swedish, type Formatter } from "../format.ts";
import type { SurveyPoint } from "../stats/index.ts";
import { estimateMaxWidth } from "../svg/index.ts";
import type { ChartOptions } from "./chart-options.ts";
import { chartStyle, lineHeightPx } from "./chart-style.ts";
import { renderPlot } from "./render-plot.ts";

export interface SurveyChangeChartLabels {
  /** The chart's accessible name (one sentence). */
  readonly ariaLabel: string;
  /** Optional longer text alternative. */
  readonly description?: string;
}

export interface SurveyChangeRow {
  /** The survey year as a string, e.g. "2008". */
  readonly key: string;
  /** The year as shown (a year, so no thousands separator). */
  readonly label: string;
  /** Units counted in that survey. */
  readonly value: number;
  readonly valueLabel: string;
  readonly current: boolean;
  readonly exampleData: boolean;
}

/** One column per survey, in time order. */
export function surveyChangeChartData(
  series: readonly SurveyPoint[],
  format: Formatter = swedish,
): readonly SurveyChangeRow[] {
  return [...series]
    .sort((a, b) => a.ar - b.ar)
    .map(({ ar, antal, current, exampleData }) => ({
      key: String(ar),
      label: String(ar),
      value: antal,
      valueLabel: format.integer(antal),
      current,
      exampleData,
    }));
}

const PLOT_HEIGHT = 200;
/** Widest a survey's column (bar and the space around it) gets. */
const MAX_STEP = 160;

/**
 * Vertical bars, one per survey (years as categories, evenly spaced), each
 * with its count above it; no y axis, since every bar is labelled.
 */
export function surveyChangeChart(
  series: readonly SurveyPoint[],
  { width, labels, id, format }: ChartOptions<SurveyChangeChartLabels>,
): string {
  const rows = surveyChangeChartData(series, format);
  const { fontSize, edge, maxColumnWidth, text, bar } = chartStyle;
  // Year and value labels are centred on their bar; at the ends, half overhangs.
  const widestLabel = estimateMaxWidth(
    rows.flatMap((row) => [row.label, row.valueLabel]),
    fontSize,
  );
  // Few surveys are drawn as a centred group, not spread over the whole width.
  const margin = Math.ceil(
    Math.max(widestLabel / 2 + edge, (width - MAX_STEP * Math.max(1, rows.length)) / 2),
  );
  const plotWidth = width - 2 * margin;
  const step = plotWidth / Math.max(1, rows.length);
  // Bars at most maxColumnWidth wide; the rest of each step is padding.
  const padding = Math.min(0.9, Math.max(0.2, 1 - maxColumnWidth / step));
  const marginTop = Math.ceil(lineHeightPx() + 6 + edge);
  const marginBottom = Math.ceil(lineHeightPx() + 8 + edge);
  const spec: Plot.PlotOptions = {
    width,
    height: marginTop + PLOT_HEIGHT + marginBottom,
    marginTop,
    marginBottom,
    marginLeft: margin,
    marginRight: margin,
    x: { domain: rows.map((row) => row.key), padding, round: false, axis: null },
    y: { domain: [0, Math.max(1, ...rows.map((row) => row.value))], axis: null },
    marks: [
      Plot.barY(rows, { x: "key", y: "value", fill: bar }),
      Plot.ruleY([0], { stroke: text }),
      Plot.text(rows, {
        x: "key",
        y: "value",
        text: "valueLabel",
        lineAnchor: "bottom",
        dy: -6,
        fill: text,
      }),
      Plot.text(rows, {
        x: "key",
        text: "label",
        frameAnchor: "bottom",
        lineAnchor: "top",
        dy: 8,
        fill: text,
      }),
    ],
  };
  return renderPlot(spec, { id, ariaLabel: labels.ariaLabel, description: labels.description });
}
