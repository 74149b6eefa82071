import * as Plot from "@observablehq/plot";
import { estimateMaxWidth, estimateTextWidth, wrapText } from "../svg/index.ts";
import { chartStyle, lineHeightPx } from "./chart-style.ts";

/**
 * How a bar is painted: the colour; the colour lighter; a pale tint of it
 * with an outline in it (a second series that must differ in lightness, not
 * only in hue); or an outline only (for "unknown").
 */
export type BarPaint = "solid" | "light" | "tint" | "outline";

/** One horizontal bar: the chart state a renderer draws. */
export interface BarRow {
  /** Stable key of the category (e.g. "1", "bibliotek", "missing"). */
  readonly key: string;
  /** Reader-facing category label. */
  readonly label: string;
  /** Bar length in the chart's unit (a share in 0..1 or a count). */
  readonly value: number;
  /** The value as shown, formatted by `format.ts`. */
  readonly valueLabel: string;
}

export interface PaintedBarRow extends BarRow {
  readonly color: string;
  readonly paint: BarPaint;
}

/**
 * Where category labels go: left of the bars (wide charts), or on their own
 * line above each bar (narrow charts, or labels with a very long word).
 */
export type LabelPlacement = "left" | "above";

export interface HorizontalBarsOptions {
  readonly width: number;
  readonly rows: readonly PaintedBarRow[];
  /** The x domain is [0, domainMax]. */
  readonly domainMax: number;
  /** Room left of the category labels and bars (for a bracket). */
  readonly indent?: number;
  /** Room above the first row (for an annotation). */
  readonly marginTop?: number;
  /**
   * An x axis at the bottom with grid lines. `ticks` lists tick sets from
   * densest to sparsest; the densest whose labels do not touch is used.
   */
  readonly axis?: {
    readonly ticks: readonly (readonly number[])[];
    readonly format: (tick: number) => string;
  };
  /** More marks, drawn last; they get the same scales and the layout. */
  readonly marks?: (layout: HorizontalBarsLayout) => readonly Plot.Markish[];
}

export interface HorizontalBarsLayout {
  readonly placement: LabelPlacement;
  readonly width: number;
  readonly height: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  /** Distance between the tops of two rows (the band step). */
  readonly step: number;
  /** Space in a row above its bar (the bar's top inset). */
  readonly barTop: number;
  /** Category labels, wrapped to lines. */
  readonly labelLines: ReadonlyMap<string, readonly string[]>;
  /** The x axis ticks chosen, if there is an axis. */
  readonly ticks: readonly number[];
}

/** Bars' fill and stroke per paint, as constant Plot options. */
export function paintOptions(
  paint: BarPaint,
  color: string,
): Pick<Plot.BarXOptions, "fill" | "fillOpacity" | "stroke" | "strokeWidth"> {
  switch (paint) {
    case "solid":
      return { fill: color };
    case "light":
      return { fill: color, fillOpacity: chartStyle.lightOpacity };
    case "tint":
      return { fill: color, fillOpacity: chartStyle.tintOpacity, stroke: color, strokeWidth: 1.5 };
    case "outline":
      return { fill: "none", stroke: color, strokeWidth: 1.5 };
  }
}

/**
 * Lays out labelled horizontal bars: category labels (wrapped), value labels
 * right of each bar, margins reserved from over-estimated text widths so that
 * nothing is clipped at any width.
 */
export function horizontalBarsLayout(options: HorizontalBarsOptions): HorizontalBarsLayout {
  const { width, rows, indent = 0, axis } = options;
  const { fontSize, labelGap, valueGap, barThickness, barGap, labelShare } = chartStyle;
  const lineHeight = lineHeightPx();
  const valueColumn = estimateMaxWidth(
    rows.map((row) => row.valueLabel),
    fontSize,
  );

  const wrapAll = (maxWidth: number) =>
    new Map(rows.map((row) => [row.key, wrapText(row.label, maxWidth, fontSize)]));
  const widest = (lines: ReadonlyMap<string, readonly string[]>) =>
    Math.max(0, ...[...lines.values()].map((l) => estimateMaxWidth(l, fontSize)));
  const mostLines = (lines: ReadonlyMap<string, readonly string[]>) =>
    Math.max(1, ...[...lines.values()].map((l) => l.length));

  const maxLeftColumn = width * labelShare;
  const leftLines = wrapAll(maxLeftColumn);
  const placement: LabelPlacement =
    width >= chartStyle.minWidthForLeftLabels && widest(leftLines) <= maxLeftColumn
      ? "left"
      : "above";

  let labelLines: ReadonlyMap<string, readonly string[]>;
  let marginLeft: number;
  let step: number;
  let barTop: number;
  if (placement === "left") {
    labelLines = leftLines;
    marginLeft = Math.ceil(indent + chartStyle.edge + widest(labelLines) + labelGap);
    step = Math.ceil(Math.max(barThickness + barGap, mostLines(labelLines) * lineHeight + barGap));
    barTop = (step - barThickness) / 2;
  } else {
    labelLines = wrapAll(width - indent - 2 * chartStyle.edge);
    marginLeft = Math.ceil(indent + chartStyle.edge);
    barTop = Math.ceil(mostLines(labelLines) * lineHeight + chartStyle.labelBarGap + barGap / 2);
    step = barTop + barThickness + barGap;
  }

  let marginRight = Math.ceil(valueGap + valueColumn + 2 * chartStyle.edge);
  let ticks: readonly number[] = [];
  if (axis !== undefined) {
    // The first and last tick labels are centred on the axis ends; half of each overhangs.
    const overhang = (tick: number | undefined) =>
      tick === undefined
        ? 0
        : Math.ceil(estimateTextWidth(axis.format(tick), fontSize) / 2 + chartStyle.edge);
    const first = (set: readonly number[]) => (set.length === 0 ? undefined : Math.min(...set));
    const last = (set: readonly number[]) => (set.length === 0 ? undefined : Math.max(...set));
    marginLeft = Math.max(marginLeft, ...axis.ticks.map((set) => overhang(first(set))));
    marginRight = Math.max(marginRight, ...axis.ticks.map((set) => overhang(last(set))));
    ticks = chooseTicks(axis, width - marginLeft - marginRight, options.domainMax);
  }
  const marginTop = Math.ceil(options.marginTop ?? 4);
  const marginBottom = axis === undefined ? 4 : Math.ceil(fontSize * 1.25 + 10);
  return {
    placement,
    width,
    height: marginTop + step * rows.length + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    step,
    barTop,
    labelLines,
    ticks,
  };
}

function chooseTicks(
  axis: NonNullable<HorizontalBarsOptions["axis"]>,
  plotWidth: number,
  domainMax: number,
): readonly number[] {
  const labelWidth = (tick: number) => estimateTextWidth(axis.format(tick), chartStyle.fontSize);
  const fits = (ticks: readonly number[]) =>
    ticks.every((tick, i) => {
      const next = ticks[i + 1];
      if (next === undefined) return true;
      const gap = ((next - tick) / domainMax) * plotWidth;
      return gap >= (labelWidth(tick) + labelWidth(next)) / 2 + 12;
    });
  return axis.ticks.find(fits) ?? axis.ticks.at(-1) ?? [];
}

/** The Plot spec for `horizontalBarsLayout`; render it with `renderPlot`. */
export function horizontalBarsSpec(
  options: HorizontalBarsOptions,
  layout: HorizontalBarsLayout = horizontalBarsLayout(options),
): Plot.PlotOptions {
  const { rows, domainMax, axis, indent = 0 } = options;
  const { valueGap, barThickness, barGap, text } = chartStyle;
  const { step, barTop, placement } = layout;
  const barBottom = step - barTop - barThickness;
  // Text is placed at the middle of each row's band; these move it.
  const barMiddle = barTop + barThickness / 2 - step / 2;
  const labelOf = (row: BarRow) => (layout.labelLines.get(row.key) ?? [row.label]).join("\n");
  const ticks = [...layout.ticks];
  return {
    width: layout.width,
    height: layout.height,
    marginTop: layout.marginTop,
    marginRight: layout.marginRight,
    marginBottom: layout.marginBottom,
    marginLeft: layout.marginLeft,
    x: { domain: [0, domainMax], axis: null },
    y: { domain: rows.map((row) => row.key), axis: null, padding: 0, round: false },
    marks: [
      axis === undefined
        ? null
        : [
            placement === "left"
              ? Plot.gridX(ticks, { stroke: chartStyle.grid, strokeOpacity: 1 })
              : // Only across the bars, not through the labels above them.
                Plot.ruleX(
                  rows.flatMap((row) => ticks.map((tick) => ({ key: row.key, tick }))),
                  {
                    x: "tick",
                    y1: "key",
                    y2: "key",
                    insetTop: barTop - barGap / 2,
                    stroke: chartStyle.grid,
                  },
                ),
            Plot.axisX(ticks, {
              tickFormat: axis.format,
              tickSize: 0,
              tickPadding: 8,
              label: null,
            }),
          ],
      // One bar mark per paint and colour, so each <g> carries its style once.
      ...groupBy(rows, (row) => `${row.paint} ${row.color}`).map((group) =>
        Plot.barX(group, {
          x: "value",
          y: "key",
          insetTop: barTop,
          insetBottom: barBottom,
          ...paintOptions(group[0]?.paint ?? "solid", group[0]?.color ?? chartStyle.bar),
        }),
      ),
      placement === "left"
        ? Plot.ruleX([0], { stroke: text })
        : Plot.ruleX(rows, {
            x: () => 0,
            y1: "key",
            y2: "key",
            insetTop: barTop,
            insetBottom: barBottom,
            stroke: text,
          }),
      Plot.text(rows, {
        x: "value",
        y: "key",
        text: "valueLabel",
        textAnchor: "start",
        dx: valueGap,
        dy: barMiddle,
        fill: text,
      }),
      Plot.text(rows, {
        y: "key",
        text: labelOf,
        frameAnchor: "left",
        textAnchor: "start",
        // Left: centred on the bar. Above: its last line just over the bar.
        lineAnchor: placement === "left" ? "middle" : "bottom",
        lineHeight: chartStyle.lineHeight,
        dx: indent + chartStyle.edge - layout.marginLeft,
        dy: placement === "left" ? 0 : barTop - step / 2 - chartStyle.labelBarGap,
        fill: text,
      }),
      ...(options.marks?.(layout) ?? []),
    ],
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return [...groups.values()];
}
