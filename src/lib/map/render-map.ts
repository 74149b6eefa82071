import { VERKSAMHETSFORMER } from "../data/index.ts";
import { escapeXml } from "../svg/index.ts";
import { mapStyle } from "./map-style.ts";
import { projectMap } from "./project-map.ts";
import { renderHatch } from "./render-hatch.ts";
import { renderLegend, type LegendEntry } from "./render-legend.ts";
import { renderMark } from "./render-mark.ts";
import { groupByKommun, groupRadius, isAggregated, type MapGroup } from "./aggregate.ts";
import type {
  MapInput,
  MapLabels,
  MapOptions,
  MapUnit,
  ProjectedPoint,
  ProjectedRegion,
} from "./types.ts";

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
  const groups = isAggregated(input.units.length, options.maxPoints)
    ? groupByKommun(input.units)
    : null;
  // Groups are projected like units: one point each, at the group's position.
  const map = projectMap(
    groups === null ? input : { ...input, units: groups.map((group) => groupAsUnit(group)) },
    width,
    options.focus,
  );

  const neighbours = map.neighbours
    .map(({ code, d }) => `<path data-country="${escapeXml(code)}" d="${d}"/>`)
    .join("");
  const regionPath = ({ code, d, hasUnits, inFocus }: ProjectedRegion): string => {
    if (d === "") return "";
    const data = `data-region="${escapeXml(code)}" d="${d}"`;
    if (!inFocus) {
      const { fill, stroke } = mapStyle.neighbour;
      return `<path class="fc-map-region fc-map-region--context" fill="${fill}" stroke="${stroke}" ${data}/>`;
    }
    return hasUnits
      ? `<path class="fc-map-region" ${data}/>`
      : `<path class="fc-map-region fc-map-region--without-units" fill="url(#${hatchId})" fill-opacity="1" ${data}/>`;
  };
  // Region links are for mouse users only: out of the tab order and hidden from
  // assistive technology (the same links are in the table next to the map).
  // A link inside role="img" is nested interactive content (axe: nested-interactive),
  // so a map with links leaves out role="img"; its aria-label still names it.
  const linked = (region: ProjectedRegion, path: string): string =>
    options.regionHref === undefined || path === ""
      ? path
      : `<a href="${escapeXml(options.regionHref(region.code))}" tabindex="-1" aria-hidden="true">${path}</a>`;
  const hasLinks = options.regionHref !== undefined;
  const regions = map.regions.map((region) => linked(region, regionPath(region))).join("");
  const marks =
    groups === null
      ? map.points
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
          .join("")
      : renderGroupMarks(map.points, groups, labels);

  const entries: LegendEntry[] = VERKSAMHETSFORMER.map((form) => ({
    swatch: form,
    text: labels.formLegend(form, input.units.filter((unit) => unit.form === form).length),
  }));
  const without = map.regions
    .filter((region) => region.inFocus && !region.hasUnits)
    .map((region) => region.code);
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
    `<svg xmlns="http://www.w3.org/2000/svg" class="fc-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${hasLinks ? "" : ' role="img"'} aria-label="${escapeXml(labels.summary)}" font-family="${escapeXml(mapStyle.font)}" style="max-width:100%;height:auto">` +
    `<defs>${renderHatch(hatchId)}</defs>` +
    `<g class="fc-map-neighbours" fill="${neighbour.fill}" stroke="${neighbour.stroke}" stroke-width="${neighbour.strokeWidth}">${neighbours}</g>` +
    `<g class="fc-map-regions" fill="${region.fill}" fill-opacity="${region.fillOpacity}" stroke="${region.stroke}" stroke-width="${region.strokeWidth}" stroke-linejoin="round">${regions}</g>` +
    `<g class="fc-map-units"${hasLinks ? ' aria-hidden="true"' : ""} stroke="${mark.stroke}" stroke-width="${mark.strokeWidth}">${marks}</g>` +
    legend.svg +
    `</svg>`
  );
}

/** A group as the projection sees it: a unit with the group's id and position. */
function groupAsUnit(group: MapGroup): MapUnit {
  const { id, kommun, form, lat, lon } = group;
  return { id, namn: kommun, kommun, form, lat, lon };
}

/**
 * One mark per group, sized by count, the largest drawn first so smaller marks
 * stay visible on top; each titled by `labels.groupTitle`.
 */
function renderGroupMarks(
  points: readonly ProjectedPoint[],
  groups: readonly MapGroup[],
  labels: MapLabels,
): string {
  const { groupTitle } = labels;
  if (groupTitle === undefined)
    throw new Error("the map has more units than maxPoints but no labels.groupTitle");
  const byId = new Map(groups.map((group) => [group.id, group]));
  const largest = Math.max(...groups.map((group) => group.count));
  const placed = points.map((point, order) => {
    const group = byId.get(point.unit.id);
    if (group === undefined) throw new Error(`no group ${point.unit.id}`);
    return { point, group, order };
  });
  return placed
    .sort((a, b) => b.group.count - a.group.count || a.order - b.order)
    .map(({ point, group }) =>
      renderMark(
        group.form,
        point.x,
        point.y,
        ` data-group="${escapeXml(group.id)}" data-count="${group.count}"`,
        `<title>${escapeXml(groupTitle(group))}</title>`,
        groupRadius(group.count, largest, mapStyle.mark.radius, mapStyle.group.maxRadius),
      ),
    )
    .join("");
}
