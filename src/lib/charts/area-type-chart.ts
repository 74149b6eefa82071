import type * as Plot from "@observablehq/plot";
import { swedish, type Formatter } from "../format.ts";
import type { AreaGroup, AreaType, AreaTypeDistribution } from "../stats/index.ts";
import { wrapText } from "../svg/index.ts";
import type { ChartOptions } from "./chart-options.ts";
import { chartStyle, lineHeightPx } from "./chart-style.ts";
import {
  horizontalBarsSpec,
  type BarPaint,
  type BarRow,
  type HorizontalBarsLayout,
  type PaintedBarRow,
} from "./horizontal-bars.ts";
import { renderPlot } from "./render-plot.ts";
import { multilineText, svgElement } from "./svg-dom.ts";

export interface AreaTypeChartLabels {
  /** Category label per Delmos area type 1–5. */
  readonly types: Readonly<Record<AreaType, string>>;
  /** Category label for units whose area type is unknown ("Uppgift saknas"). */
  readonly missing: string;
  /**
   * The note over the bracket that groups types 1 and 2, given their combined
   * share formatted, e.g. "41,2 %" → "Områden med socioekonomiska utmaningar: 41,2 %".
   */
  readonly challengeGroup: (share: string) => string;
  /** The chart's accessible name (one sentence). */
  readonly ariaLabel: string;
  /** Optional longer text alternative. */
  readonly description?: string;
}

export interface AreaTypeRow extends BarRow {
  readonly key: "1" | "2" | "3" | "4" | "5" | "missing";
  /** The area type, or null for "unknown". */
  readonly typ: AreaType | null;
  /** The report's group the type belongs to, or null for "unknown". */
  readonly group: AreaGroup | null;
  readonly antal: number;
  /** Share of all units, 0..1. */
  readonly value: number;
}

export interface AreaTypeChartData {
  /** Types 1–5 in order, then "unknown" if any unit's area type is unknown. */
  readonly rows: readonly AreaTypeRow[];
  /** Types 1 and 2 together, as the bracket's note shows them. */
  readonly challengeGroup: {
    readonly label: string;
    readonly antal: number;
    readonly value: number;
    readonly valueLabel: string;
  };
}

function groupOf(typ: AreaType): AreaGroup {
  return typ <= 2 ? "utmaningar" : typ === 3 ? "blandade" : "goda";
}

/** The bars to draw and the note on types 1–2. */
export function areaTypeChartData(
  distribution: AreaTypeDistribution,
  labels: Pick<AreaTypeChartLabels, "types" | "missing" | "challengeGroup">,
  format: Formatter = swedish,
): AreaTypeChartData {
  const rows: AreaTypeRow[] = distribution.byType.map(({ typ, antal, andel }) => ({
    key: String(typ) as AreaTypeRow["key"],
    typ,
    group: groupOf(typ),
    label: labels.types[typ],
    antal,
    value: andel,
    valueLabel: format.percent(andel),
  }));
  if (distribution.missing.antal > 0) {
    rows.push({
      key: "missing",
      typ: null,
      group: null,
      label: labels.missing,
      antal: distribution.missing.antal,
      value: distribution.missing.andel,
      valueLabel: format.percent(distribution.missing.andel),
    });
  }
  const { antal, andel } = distribution.byGroup.utmaningar;
  const valueLabel = format.percent(andel);
  return {
    rows,
    challengeGroup: { label: labels.challengeGroup(valueLabel), antal, value: andel, valueLabel },
  };
}

function paintOf(row: AreaTypeRow): BarPaint {
  if (row.group === null) return "outline";
  return row.group === "utmaningar" ? "solid" : "light";
}

/** Room left of the labels for the bracket. */
const BRACKET_INDENT = 14;

/**
 * Horizontal bars of the share of units per area type (1–5, and unknown),
 * labelled with percentages. Types 1 and 2 are drawn darker and joined by a
 * bracket under a note with their combined share.
 */
export function areaTypeChart(
  distribution: AreaTypeDistribution,
  { width, labels, id, format }: ChartOptions<AreaTypeChartLabels>,
): string {
  const data = areaTypeChartData(distribution, labels, format);
  const rows: PaintedBarRow[] = data.rows.map((row) => ({
    ...row,
    color: row.group === null ? chartStyle.missingStroke : chartStyle.bar,
    paint: paintOf(row),
  }));
  // Bold text runs about 10 % wider than the estimates.
  const noteLines = wrapText(data.challengeGroup.label, (width - 4) / 1.1, chartStyle.fontSize);
  const noteHeight = Math.ceil(noteLines.length * lineHeightPx() + 4);
  const spec = horizontalBarsSpec({
    width,
    rows,
    domainMax: Math.max(...rows.map((row) => row.value), Number.MIN_VALUE),
    indent: BRACKET_INDENT,
    marginTop: noteHeight,
    marks: (layout) => [bracket(noteLines, layout)],
  });
  return renderPlot(spec, { id, ariaLabel: labels.ariaLabel, description: labels.description });
}

/** The note over types 1–2 and a "[" from the first to the second row. */
function bracket(noteLines: readonly string[], layout: HorizontalBarsLayout): Plot.RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const { document } = context;
    const y = scales.y;
    const top1 = y?.("1");
    const top2 = y?.("2");
    const g = svgElement(document, "g", { fill: chartStyle.bar });
    if (top1 === undefined || top2 === undefined) return g;
    const { fontSize } = chartStyle;
    const top = top1 + chartStyle.barGap / 2;
    const bottom = top2 + layout.barTop + chartStyle.barThickness;
    const x = 3;
    const arm = BRACKET_INDENT - 6;
    g.appendChild(
      svgElement(document, "path", {
        d: `M${x + arm},${top}H${x}V${bottom}H${x + arm}`,
        fill: "none",
        stroke: chartStyle.bar,
        "stroke-width": 2,
      }),
    );
    // First baseline one font size below the top edge; the note ends above row 1.
    g.appendChild(
      multilineText(document, noteLines, 2, fontSize, {
        "text-anchor": "start",
        "font-weight": 600,
      }),
    );
    return g;
  };
}
