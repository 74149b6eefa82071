import { VERKSAMHETSFORMER } from "../data/index.ts";
import { escapeXml } from "../svg/index.ts";
import { mapStyle } from "./map-style.ts";
import { projectMap } from "./project-map.ts";
import { renderHatch } from "./render-hatch.ts";
import { renderLegend, type LegendEntry } from "./render-legend.ts";
import { renderMark } from "./render-mark.ts";
import type { MapInput, MapOptions } from "./types.ts";

const ID_PREFIX = /^[A-Za-z][\w-]*$/;

/**
 * The national map as a self-contained SVG string: regions (hatched where there
 * is no unit), faded neighbours, one mark per unit with a tooltip, and a legend
 * below the map. Static markup, no script; every text comes from `input.labels`.
 */
export function renderMap(input: MapInput, options: MapOptions = {}): string {
  const width = options.width ?? mapStyle.defaultWidth;
  const prefix = options.idPrefix ?? mapStyle.idPrefix;
  if (!ID_PREFIX.test(prefix)) throw new Error(`id prefix "${prefix}" is not a valid id`);
  const hatchId = `${prefix}-hatch`;
  const { labels } = input;
  const map = projectMap(input, width);

  const neighbours = map.neighbours
    .map(({ code, d }) => `<path data-country="${escapeXml(code)}" d="${d}"/>`)
    .join("");
  const regions = map.regions
    .map(({ code, d, hasUnits }) =>
      hasUnits
        ? `<path class="fc-map-region" data-region="${escapeXml(code)}" d="${d}"/>`
        : `<path class="fc-map-region fc-map-region--without-units" data-region="${escapeXml(code)}" fill="url(#${hatchId})" fill-opacity="1" d="${d}"/>`,
    )
    .join("");
  const marks = map.points
    .map(({ unit, x, y }) => {
      const attributes = ` data-id="${escapeXml(unit.id)}"`;
      return renderMark(
        unit.form,
        x,
        y,
        attributes,
        `<title>${escapeXml(labels.pointTitle(unit))}</title>`,
      );
    })
    .join("");

  const entries: LegendEntry[] = VERKSAMHETSFORMER.map((form) => ({
    swatch: form,
    text: labels.formLegend(form, input.units.filter((unit) => unit.form === form).length),
  }));
  const without = map.regions.filter((region) => !region.hasUnits).map((region) => region.code);
  if (without.length > 0)
    entries.push({ swatch: "without-units", text: labels.withoutUnits(without) });
  const { padding, legend: legendStyle } = mapStyle;
  const legend = renderLegend(entries, {
    x: padding,
    y: map.height + legendStyle.gap,
    width: width - 2 * padding,
    hatchId,
  });
  const height = Math.ceil(map.height + legendStyle.gap + legend.height + padding);

  const { neighbour, region, mark } = mapStyle;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="fc-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(labels.summary)}" font-family="${escapeXml(mapStyle.font)}" style="max-width:100%;height:auto">` +
    `<defs>${renderHatch(hatchId)}</defs>` +
    `<g class="fc-map-neighbours" fill="${neighbour.fill}" stroke="${neighbour.stroke}" stroke-width="${neighbour.strokeWidth}">${neighbours}</g>` +
    `<g class="fc-map-regions" fill="${region.fill}" fill-opacity="${region.fillOpacity}" stroke="${region.stroke}" stroke-width="${region.strokeWidth}" stroke-linejoin="round">${regions}</g>` +
    `<g class="fc-map-units" stroke="${mark.stroke}" stroke-width="${mark.strokeWidth}">${marks}</g>` +
    legend.svg +
    `</svg>`
  );
}
