import { theme } from "../theme.ts";

/**
 * Sizes and colours the charts share. Colours come from the one theme; the
 * lighter variants are the theme colours at an opacity chosen so that bars
 * still reach 3:1 against white (WCAG 1.4.11): accent at 0.6 → 3.4:1.
 */
export const chartStyle = {
  /**
   * px in the chart's own coordinates (the viewBox): drawn PAGE_CHART_WIDTH wide
   * (src/lib/figures/drawings.ts) and shrunk to a 320 px phone's 288 px column,
   * the text is still 12.4 px.
   */
  fontSize: 15,
  /** Line height of wrapped labels, in em. */
  lineHeight: 1.25,
  /** Space between a category label and its bar. */
  labelGap: 10,
  /** Space between a bar's end and its value label. */
  valueGap: 6,
  /** Thickness of a horizontal bar. */
  barThickness: 22,
  /** Minimum space between two horizontal bars. */
  barGap: 10,
  /** Widest a vertical bar gets. */
  maxColumnWidth: 64,
  /** Share of the chart width a category label may take before it wraps. */
  labelShare: 0.4,
  /** Below this width, category labels go above their bars, not left of them. */
  minWidthForLeftLabels: 480,
  /** Space between a label above a bar and the bar. */
  labelBarGap: 4,
  /** Space between the chart's edges and any text. */
  edge: 2,
  text: theme.color.text,
  bar: theme.color.accent,
  lightOpacity: 0.6,
  /** A pale fill; bars painted with it get an outline in the full colour. */
  tintOpacity: 0.3,
  /** Bars for "unknown" are outlined, not filled. */
  missingStroke: theme.color.muted,
  grid: theme.color.border,
} as const;

/** Distance between two lines of wrapped chart text, in px. */
export function lineHeightPx(): number {
  return chartStyle.fontSize * chartStyle.lineHeight;
}
