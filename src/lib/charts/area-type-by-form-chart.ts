import * as Plot from "@observablehq/plot";
import { VERKSAMHETSFORMER, type Verksamhetsform } from "../data/index.ts";
import { swedish, type Formatter } from "../format.ts";
import { AREA_GROUPS, type AreaGroup, type AreaTypeDistribution } from "../stats/index.ts";
import { estimateMaxWidth, wrapText } from "../svg/index.ts";
import { theme } from "../theme.ts";
import type { ChartOptions } from "./chart-options.ts";
import { chartStyle, lineHeightPx } from "./chart-style.ts";
import { paintOptions, type BarPaint } from "./horizontal-bars.ts";
import { legendLayout, type LegendItem } from "./legend.ts";
import { renderPlot } from "./render-plot.ts";

export interface AreaTypeByFormChartLabels {
  /** Label per area group: utmaningar (types 1–2), blandade (3), goda (4–5). */
  readonly groups: Readonly<Record<AreaGroup, string>>;
  /** Label for units whose area type is unknown ("Uppgift saknas"). */
  readonly missing: string;
  /** Legend label per form, e.g. "Familjecentraler". */
  readonly forms: Readonly<Record<Verksamhetsform, string>>;
  /** The chart's accessible name (one sentence). */
  readonly ariaLabel: string;
  /** Optional longer text alternative. */
  readonly description?: string;
}

export type AreaGroupKey = AreaGroup | "missing";

export interface AreaTypeByFormRow {
  readonly key: `${AreaGroupKey}-${Verksamhetsform}`;
  readonly group: AreaGroupKey;
  readonly form: Verksamhetsform;
  readonly antal: number;
  /** Share of the form's units, 0..1. */
  readonly value: number;
  readonly valueLabel: string;
}

export interface AreaTypeByFormChartData {
  /** The groups in order, "missing" last and only if some unit's area type is unknown. */
  readonly groups: readonly { readonly key: AreaGroupKey; readonly label: string }[];
  /** One bar per group and form, group by group, forms in `VERKSAMHETSFORMER` order. */
  readonly rows: readonly AreaTypeByFormRow[];
  /** Colour and paint per form, in the same order; the SVG draws it too. */
  readonly legend: readonly (LegendItem & { readonly key: Verksamhetsform })[];
}

const FORM_PAINT: Readonly<Record<Verksamhetsform, BarPaint>> = {
  familjecentral: "solid",
  familjecentralsliknande: "tint",
};

/** The bars to draw: the share of each form's units in each area group. */
export function areaTypeByFormChartData(
  byForm: Readonly<Record<Verksamhetsform, AreaTypeDistribution>>,
  labels: Pick<AreaTypeByFormChartLabels, "groups" | "missing" | "forms">,
  format: Formatter = swedish,
): AreaTypeByFormChartData {
  const anyMissing = VERKSAMHETSFORMER.some((form) => byForm[form].missing.antal > 0);
  const groupKeys: AreaGroupKey[] = [...(Object.keys(AREA_GROUPS) as AreaGroup[])];
  if (anyMissing) groupKeys.push("missing");
  const rows = groupKeys.flatMap((group) =>
    VERKSAMHETSFORMER.map((form): AreaTypeByFormRow => {
      const distribution = byForm[form];
      const { antal, andel } =
        group === "missing" ? distribution.missing : distribution.byGroup[group];
      return {
        key: `${group}-${form}`,
        group,
        form,
        antal,
        value: andel,
        valueLabel: format.percent(andel),
      };
    }),
  );
  return {
    groups: groupKeys.map((key) => ({
      key,
      label: key === "missing" ? labels.missing : labels.groups[key],
    })),
    rows,
    legend: VERKSAMHETSFORMER.map((form) => ({
      key: form,
      label: labels.forms[form],
      color: theme.form[form],
      paint: FORM_PAINT[form],
    })),
  };
}

/** Bars in a group are this much apart (top to top). */
const BAR_THICKNESS = 18;
const BAR_STEP = BAR_THICKNESS + 4;
const GROUP_GAP = 16;

interface PlacedBar extends AreaTypeByFormRow {
  readonly y1: number;
  readonly y2: number;
}

interface PlacedLabel {
  readonly text: string;
  /** Left placement: middle of the group; above: bottom of the label. */
  readonly y: number;
}

/**
 * Grouped horizontal bars: for each area group (and unknown), one bar per
 * form with its share of that form's units as a percentage. Forms differ in
 * colour (theme.form) and in lightness (solid and tint), and a legend above
 * names them; pass `legend: false` to leave it out when the page renders
 * `areaTypeByFormChartData(…).legend` in HTML instead.
 */
export function areaTypeByFormChart(
  byForm: Readonly<Record<Verksamhetsform, AreaTypeDistribution>>,
  {
    width,
    labels,
    id,
    format,
    legend: showLegend = true,
  }: ChartOptions<AreaTypeByFormChartLabels> & { readonly legend?: boolean },
): string {
  const data = areaTypeByFormChartData(byForm, labels, format);
  const { fontSize, labelGap, valueGap, edge, labelBarGap, labelShare, text } = chartStyle;
  const lineHeight = lineHeightPx();
  const legend = showLegend ? legendLayout(data.legend, width) : null;

  const valueColumn = estimateMaxWidth(
    data.rows.map((row) => row.valueLabel),
    fontSize,
  );
  const maxLeftColumn = width * labelShare;
  const leftLines = data.groups.map((group) => wrapText(group.label, maxLeftColumn, fontSize));
  const leftColumn = Math.max(...leftLines.map((lines) => estimateMaxWidth(lines, fontSize)));
  const placement =
    width >= chartStyle.minWidthForLeftLabels && leftColumn <= maxLeftColumn ? "left" : "above";
  const groupLines =
    placement === "left"
      ? leftLines
      : data.groups.map((group) => wrapText(group.label, width - 2 * edge, fontSize));

  const marginLeft = Math.ceil(placement === "left" ? edge + leftColumn + labelGap : edge);
  const marginRight = Math.ceil(valueGap + valueColumn + 2 * edge);
  const bars: PlacedBar[] = [];
  const groupLabels: PlacedLabel[] = [];
  const baselines: { y1: number; y2: number }[] = [];
  const formsPerGroup = VERKSAMHETSFORMER.length;
  const barsHeight = formsPerGroup * BAR_STEP - (BAR_STEP - BAR_THICKNESS);
  let top = Math.ceil(legend?.height ?? edge);
  data.groups.forEach((group, g) => {
    const lines = groupLines[g] ?? [group.label];
    const labelHeight = lines.length * lineHeight;
    let barsTop: number;
    if (placement === "left") {
      const blockHeight = Math.max(barsHeight, labelHeight);
      barsTop = top + (blockHeight - barsHeight) / 2;
      groupLabels.push({ text: lines.join("\n"), y: top + blockHeight / 2 });
      top += blockHeight + GROUP_GAP;
    } else {
      barsTop = top + labelHeight + labelBarGap;
      groupLabels.push({ text: lines.join("\n"), y: barsTop - labelBarGap });
      top = barsTop + barsHeight + GROUP_GAP;
    }
    baselines.push({ y1: barsTop, y2: barsTop + barsHeight });
    data.rows
      .filter((row) => row.group === group.key)
      .forEach((row, i) => {
        const y1 = barsTop + i * BAR_STEP;
        bars.push({ ...row, y1, y2: y1 + BAR_THICKNESS });
      });
  });
  const height = Math.ceil(top - GROUP_GAP + edge + 2);

  const spec: Plot.PlotOptions = {
    width,
    height,
    marginTop: 0,
    marginBottom: 0,
    marginLeft,
    marginRight,
    x: { domain: [0, Math.max(...bars.map((bar) => bar.value), Number.MIN_VALUE)], axis: null },
    y: { type: "identity", axis: null },
    marks: [
      legend?.render ?? null,
      ...data.legend.map(({ key, color, paint }) =>
        Plot.rect(
          bars.filter((bar) => bar.form === key),
          { x1: () => 0, x2: "value", y1: "y1", y2: "y2", ...paintOptions(paint, color) },
        ),
      ),
      Plot.ruleX(baselines, { x: () => 0, y1: "y1", y2: "y2", stroke: text }),
      Plot.text(bars, {
        x: "value",
        y: (bar: PlacedBar) => (bar.y1 + bar.y2) / 2,
        text: "valueLabel",
        textAnchor: "start",
        dx: valueGap,
        fill: text,
      }),
      Plot.text(groupLabels, {
        y: "y",
        text: "text",
        frameAnchor: "left",
        textAnchor: "start",
        lineAnchor: placement === "left" ? "middle" : "bottom",
        lineHeight: chartStyle.lineHeight,
        dx: edge - marginLeft,
        fill: text,
      }),
    ],
  };
  return renderPlot(spec, { id, ariaLabel: labels.ariaLabel, description: labels.description });
}
