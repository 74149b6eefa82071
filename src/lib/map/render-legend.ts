import type { Verksamhetsform } from "../data/index.ts";
import { escapeXml, wrapText } from "../svg/index.ts";
import { mapStyle } from "./map-style.ts";
import { renderMark } from "./render-mark.ts";

/** A legend row: a form's mark or the hatch of regions without units, and its text. */
export interface LegendEntry {
  readonly swatch: Verksamhetsform | "without-units";
  readonly text: string;
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
        ? `<rect x="${x}" y="${middle - swatchSize / 2}" width="${swatchSize}" height="${swatchSize}" fill="url(#${hatchId})" stroke="${mapStyle.region.stroke}" stroke-width="${mapStyle.region.strokeWidth}"/>`
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
