import type { Verksamhetsform } from "../data/index.ts";
import { escapeXml, wrapText } from "../svg/index.ts";
import { mapStyle } from "./map-style.ts";
import { hatchIdOf } from "./render-hatch.ts";
import { renderMark } from "./render-mark.ts";

/** A legend row: a form's mark or the hatch of regions without units, and its text. */
export interface LegendEntry {
  readonly swatch: Verksamhetsform | "without-units";
  readonly text: string;
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
}

/** The legend as SVG below the map, wrapped to the width; returns its markup and height. */
export function renderLegend(
  entries: readonly LegendEntry[],
  { x, y, width, hatchId }: LegendBox,
): { readonly svg: string; readonly height: number } {
  const { rowHeight, fontSize, swatchSize, text } = mapStyle.legend;
  const lineHeight = Math.round(fontSize * 1.3);
  const textX = x + swatchSize + 8;
  let rowTop = y;
  const rows = entries.map((entry) => {
    const middle = rowTop + rowHeight / 2;
    const swatch =
      entry.swatch === "without-units"
        ? renderHatchSwatch(x, middle - swatchSize / 2, swatchSize, hatchId)
        : renderMark(entry.swatch, x + swatchSize / 2, middle);
    const [first = "", ...rest] = wrapText(entry.text, x + width - textX, fontSize);
    const more = rest.map(
      (line) => `<tspan x="${textX}" dy="${lineHeight}">${escapeXml(line)}</tspan>`,
    );
    const baseline = Math.round(middle + fontSize * 0.35);
    rowTop += rowHeight + rest.length * lineHeight;
    const label = `<text x="${textX}" y="${baseline}">${escapeXml(first)}${more.join("")}</text>`;
    return { swatch, label };
  });
  const { stroke, strokeWidth } = mapStyle.mark;
  const svg =
    `<g class="fc-map-legend">` +
    `<g stroke="${stroke}" stroke-width="${strokeWidth}">${rows.map((row) => row.swatch).join("")}</g>` +
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
): string {
  const hatchId = hatchIdOf(idPrefix);
  const size = mapStyle.legend.swatchSize;
  const { stroke, strokeWidth } = mapStyle.mark;
  const shape =
    entry.swatch === "without-units"
      ? renderHatchSwatch(0, 0, size, hatchId)
      : `<g stroke="${stroke}" stroke-width="${strokeWidth}">${renderMark(entry.swatch, size / 2, size / 2)}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="map-legend-swatch" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-hidden="true">${shape}</svg>`;
}
