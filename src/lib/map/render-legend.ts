import type { Verksamhetsform } from "../data/index.ts";
import { escapeXml, wrapText } from "../svg/index.ts";
import { mapStyle } from "./map-style.ts";
import { hatchIdOf } from "./render-hatch.ts";
import { renderMark } from "./render-mark.ts";

/**
 * A legend row and its text: a form's mark, the hatch of regions without units,
 * the plate of a mark for several units at one spot, or the size key of a map of
 * groups (its `sizes`).
 */
export interface LegendEntry {
  readonly swatch: Verksamhetsform | "without-units" | "cluster" | "sizes";
  readonly text: string;
  /** For the size key: each count it shows and the radius, in px, of a group mark of that count. */
  readonly sizes?: readonly SizeKeyStep[];
}

export interface SizeKeyStep {
  readonly count: number;
  readonly radius: number;
}

/** The plate of a cluster with a circle and a triangle on it, centred on (x, y) px. */
export function renderClusterSwatch(x: number, y: number): string {
  const { cluster, mark } = mapStyle;
  return (
    `<circle cx="${x}" cy="${y}" r="${cluster.radius}" fill="${cluster.fill}" stroke="${cluster.stroke}" stroke-width="${cluster.strokeWidth}"/>` +
    `<g stroke="${mark.stroke}" stroke-width="${mark.strokeWidth}">${renderMark("familjecentral", x, y)}${renderMark("familjecentralsliknande", x, y)}</g>`
  );
}

/**
 * The size key: one outlined circle per step in a row, bottom-aligned, each
 * with its count below it, starting at (x, y) px; its markup, width and height.
 */
export function renderSizeKey(
  x: number,
  y: number,
  steps: readonly SizeKeyStep[],
  formatCount: (count: number) => string = String,
): { readonly svg: string; readonly width: number; readonly height: number } {
  const { gap, fontSize, stroke, strokeWidth } = mapStyle.sizeKey;
  const largest = Math.max(0, ...steps.map((step) => step.radius));
  const bottom = y + 2 * largest + strokeWidth;
  let left = x;
  const circles: string[] = [];
  const labels: string[] = [];
  for (const { count, radius } of steps) {
    const text = formatCount(count);
    // Wide enough for its count's digits too.
    const width = Math.max(2 * radius, text.length * fontSize * 0.6);
    const cx = Math.round((left + width / 2) * 10) / 10;
    left += width + gap;
    circles.push(`<circle cx="${cx}" cy="${bottom - radius}" r="${radius}"/>`);
    labels.push(`<text x="${cx}" y="${bottom + fontSize + 2}">${escapeXml(text)}</text>`);
  }
  const width = Math.ceil(Math.max(0, left - gap - x) + strokeWidth);
  return {
    svg:
      `<g fill="none" stroke="${stroke}" stroke-width="${strokeWidth}">${circles.join("")}</g>` +
      `<g font-size="${fontSize}" fill="${mapStyle.legend.text}" text-anchor="middle">${labels.join("")}</g>`,
    width,
    height: Math.ceil(bottom + fontSize + 4 - y),
  };
}

/** A hatched square `size` px wide at (x, y) px, drawn in grid steps like the regions it stands for. */
export function renderHatchSwatch(x: number, y: number, size: number, hatchId: string): string {
  const { grid, region } = mapStyle;
  return `<rect x="${x * grid}" y="${y * grid}" width="${size * grid}" height="${size * grid}" fill="url(#${hatchId})" stroke="${region.stroke}" stroke-width="${region.strokeWidth * grid}" transform="scale(${1 / grid})"/>`;
}

export interface LegendBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly hatchId: string;
  /** A count as the size key writes it. */
  readonly formatCount?: (count: number) => string;
}

/** The legend as SVG below the map, wrapped to the width; returns its markup and height. */
export function renderLegend(
  entries: readonly LegendEntry[],
  { x, y, width, hatchId, formatCount = String }: LegendBox,
): { readonly svg: string; readonly height: number } {
  const { rowHeight, fontSize, swatchSize, text } = mapStyle.legend;
  const lineHeight = Math.round(fontSize * 1.3);
  const textX = x + swatchSize + 8;
  let rowTop = y;
  const rows = entries.map((entry) => {
    const key =
      entry.swatch === "sizes"
        ? renderSizeKey(x, rowTop + 4, entry.sizes ?? [], formatCount)
        : undefined;
    const height = key === undefined ? rowHeight : Math.max(rowHeight, key.height + 8);
    const middle = rowTop + height / 2;
    const swatchX = x + swatchSize / 2;
    // Marks and the hatch share the marks' outline; a plate or a size key draws its own.
    const swatch =
      entry.swatch === "without-units"
        ? renderHatchSwatch(x, middle - swatchSize / 2, swatchSize, hatchId)
        : entry.swatch === "cluster" || entry.swatch === "sizes"
          ? ""
          : renderMark(entry.swatch, swatchX, middle);
    const own =
      entry.swatch === "cluster" ? renderClusterSwatch(swatchX, middle) : (key?.svg ?? "");
    const left = key === undefined ? textX : x + key.width + 8;
    const [first = "", ...rest] = wrapText(entry.text, x + width - left, fontSize);
    const more = rest.map(
      (line) => `<tspan x="${left}" dy="${lineHeight}">${escapeXml(line)}</tspan>`,
    );
    const baseline = Math.round(middle + fontSize * 0.35);
    rowTop += height + rest.length * lineHeight;
    const label = `<text x="${left}" y="${baseline}">${escapeXml(first)}${more.join("")}</text>`;
    return { swatch, own, label };
  });
  const { stroke, strokeWidth } = mapStyle.mark;
  const svg =
    `<g class="fc-map-legend">` +
    `<g stroke="${stroke}" stroke-width="${strokeWidth}">${rows.map((row) => row.swatch).join("")}</g>` +
    rows.map((row) => row.own).join("") +
    `<g font-size="${fontSize}" fill="${text}">${rows.map((row) => row.label).join("")}</g>` +
    `</g>`;
  return { svg, height: rowTop - y };
}

/**
 * A legend entry's swatch as a small SVG of its own, for a legend written in
 * HTML beside the map: the form's mark, or the hatch (the pattern of the map
 * with this id prefix). Decorative: the entry's text says what it stands for.
 */
export function renderLegendSwatch(
  entry: LegendEntry,
  idPrefix: string = mapStyle.idPrefix,
  formatCount: (count: number) => string = String,
): string {
  const hatchId = hatchIdOf(idPrefix);
  const size = mapStyle.legend.swatchSize;
  if (entry.swatch === "sizes") {
    const key = renderSizeKey(0, 0, entry.sizes ?? [], formatCount);
    return `<svg class="map-legend-sizes" viewBox="0 0 ${key.width} ${key.height}" width="${key.width}" height="${key.height}" aria-hidden="true">${key.svg}</svg>`;
  }
  const { stroke, strokeWidth } = mapStyle.mark;
  const shape =
    entry.swatch === "without-units"
      ? renderHatchSwatch(0, 0, size, hatchId)
      : entry.swatch === "cluster"
        ? renderClusterSwatch(size / 2, size / 2)
        : `<g stroke="${stroke}" stroke-width="${strokeWidth}">${renderMark(entry.swatch, size / 2, size / 2)}</g>`;
  // Sized by report.css (.map-legend-swatch), to the entry's text.
  return `<svg class="map-legend-swatch" viewBox="0 0 ${size} ${size}" aria-hidden="true">${shape}</svg>`;
}
