import type * as Plot from "@observablehq/plot";
import { estimateTextWidth, wrapText } from "../svg/index.ts";
import { chartStyle, lineHeightPx } from "./chart-style.ts";
import type { BarPaint } from "./horizontal-bars.ts";
import { multilineText, svgElement } from "./svg-dom.ts";

/** One legend entry: what a caller needs to draw it in HTML, too. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  /** The series' colour (CSS colour). */
  readonly color: string;
  /** How its bars are painted; see `BarPaint`. */
  readonly paint: BarPaint;
}

const SWATCH = 14;
const SWATCH_GAP = 6;
const ITEM_GAP = 20;

export interface LegendLayout {
  /** Height the legend takes, including space below it. */
  readonly height: number;
  readonly render: Plot.RenderFunction;
}

/**
 * A legend of swatches and labels at the top of the chart: on one line when
 * it fits in `width`, otherwise one item per line (long labels wrapped).
 */
export function legendLayout(items: readonly LegendItem[], width: number): LegendLayout {
  const { fontSize, edge } = chartStyle;
  const lineHeight = lineHeightPx();
  const textOffset = SWATCH + SWATCH_GAP;
  const itemWidths = items.map((item) => textOffset + estimateTextWidth(item.label, fontSize));
  const oneLine =
    itemWidths.reduce((sum, w) => sum + w, 0) + ITEM_GAP * (items.length - 1) <= width - 2 * edge;
  const rowHeight = Math.ceil(Math.max(lineHeight, SWATCH + 4));
  const placed: { item: LegendItem; x: number; y: number; lines: readonly string[] }[] = [];
  let x = edge;
  let y = edge;
  for (const [i, item] of items.entries()) {
    if (oneLine) {
      placed.push({ item, x, y, lines: [item.label] });
      x += (itemWidths[i] ?? 0) + ITEM_GAP;
    } else {
      const lines = wrapText(item.label, width - 2 * edge - textOffset, fontSize);
      placed.push({ item, x: edge, y, lines });
      y += rowHeight + (lines.length - 1) * lineHeight;
    }
  }
  const height = Math.ceil((oneLine ? y + rowHeight : y) + 10);
  const render: Plot.RenderFunction = (_index, _scales, _values, _dimensions, { document }) =>
    svgElement(
      document,
      "g",
      { "text-anchor": "start" },
      placed.flatMap(({ item, x, y, lines }) => {
        const middle = y + rowHeight / 2;
        return [
          svgElement(document, "rect", {
            x: x + 0.75,
            y: middle - SWATCH / 2 + 0.75,
            width: SWATCH - 1.5,
            height: SWATCH - 1.5,
            ...swatchPaint(item),
          }),
          multilineText(document, lines, x + textOffset, middle, {
            dy: "0.32em",
            fill: chartStyle.text,
          }),
        ];
      }),
    );
  return { height, render };
}

function swatchPaint({ paint, color }: LegendItem): Record<string, string | number> {
  switch (paint) {
    case "solid":
      return { fill: color };
    case "light":
      return { fill: color, "fill-opacity": chartStyle.lightOpacity };
    case "tint":
      return {
        fill: color,
        "fill-opacity": chartStyle.tintOpacity,
        stroke: color,
        "stroke-width": 1.5,
      };
    case "outline":
      return { fill: "none", stroke: color, "stroke-width": 1.5 };
  }
}
