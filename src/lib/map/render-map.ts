import { VERKSAMHETSFORMER } from "../data/index.ts";
import { escapeXml } from "../svg/index.ts";
import { mapStyle } from "./map-style.ts";
import { projectMap, projectUnits } from "./project-map.ts";
import { hatchIdOf, renderHatch } from "./render-hatch.ts";
import { renderLegend, type LegendEntry, type SizeKeyStep } from "./render-legend.ts";
import { clusterPoints, type Cluster } from "./cluster.ts";
import { renderMark, renderMarkSymbols, renderUnitMarks } from "./render-mark.ts";
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

/** A legend entry with what it stands for: a form and its number of units, or the hatch. */
export interface MapLegendEntry extends LegendEntry {
  /** Units of the entry's form on the map; absent for the hatch. */
  readonly count?: number;
}

/**
 * The legend's entries: each form with its number of units, the plate of a mark
 * for several units if the map draws one, the size key if it draws groups, then
 * the hatch of regions without units if any region in focus has none.
 * `renderMap` draws them in the SVG; a page can show them as HTML instead
 * (`legend: false`), given the same options as the map.
 */
export function mapLegendEntries(
  input: MapInput,
  options: Pick<MapOptions, "focus" | "width" | "maxPoints"> = {},
): MapLegendEntry[] {
  const { labels } = input;
  const entries: MapLegendEntry[] = VERKSAMHETSFORMER.map((form) => {
    const count = input.units.filter((unit) => unit.form === form).length;
    return { swatch: form, text: labels.formLegend(form, count), count };
  });
  if (isAggregated(input.units.length, options.maxPoints)) {
    // A map whose labels have no words for them goes without (a standalone test drawing).
    const sizes = sizeKeySteps(groupByKommun(input.units));
    if (labels.sizeLegend !== undefined)
      entries.push({ swatch: "sizes", text: labels.sizeLegend(sizes.map((s) => s.count)), sizes });
  } else if (labels.clusterLegend !== undefined) {
    const points = projectUnits(input, options.width ?? mapStyle.defaultWidth, options.focus);
    if (unitMarks(points).some((mark) => mark.members.length > 1))
      entries.push({ swatch: "cluster", text: labels.clusterLegend });
  }
  const without = [...input.regionsWithoutUnits]
    .filter((code) => options.focus === undefined || code === options.focus)
    .sort();
  if (without.length > 0)
    entries.push({ swatch: "without-units", text: labels.withoutUnits(without) });
  return entries;
}

/**
 * The map's unit marks: units closer together than a mark's diameter are one
 * mark (clusterPoints), each in drawing order.
 */
function unitMarks(points: readonly ProjectedPoint[]): Cluster<ProjectedPoint>[] {
  return clusterPoints(points, 2 * mapStyle.mark.radius * mapStyle.grid);
}

/** A round number near `value`: 1, 2 or 5 times a power of ten. */
function roundNumber(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].reduce((best, s) =>
    Math.abs(s * power - value) < Math.abs(best * power - value) ? s : best,
  );
  return step * power;
}

/**
 * The size key's steps: the smallest and the largest group, and a round count
 * between them where there is room, each with its mark's radius.
 */
export function sizeKeySteps(groups: readonly MapGroup[]): SizeKeyStep[] {
  const counts = groups.map((group) => group.count);
  const smallest = Math.min(...counts);
  const largest = Math.max(...counts);
  const middle = roundNumber(smallest + (largest - smallest) / 4);
  return [...new Set([smallest, middle, largest])]
    .filter((count) => count >= smallest && count <= largest)
    .sort((a, b) => a - b)
    .map((count) => ({
      count,
      radius: groupRadius(count, largest, mapStyle.mark.radius, mapStyle.group.maxRadius),
    }));
}

/**
 * The national map as a self-contained SVG string: regions (hatched where there
 * is no unit), faded neighbours, one mark per unit with a title, and (unless
 * `legend: false`) a legend below the map. Static markup, no script; every text
 * comes from `input.labels`.
 *
 * Units are grouped by form and area type: each group names both once
 * (`data-form-name`, `data-area-name`) and lists its marks' titles
 * (`data-titles`), so a script can tell all of them without a data file. Shapes and paths are drawn in a group scaled by
 * 1/`mapStyle.grid`, with whole-number coordinates.
 */
export function renderMap(input: MapInput, options: MapOptions = {}): string {
  const width = options.width ?? mapStyle.defaultWidth;
  const prefix = options.idPrefix ?? mapStyle.idPrefix;
  if (!ID_PREFIX.test(prefix)) throw new Error(`id prefix "${prefix}" is not a valid id`);
  const hatchId = hatchIdOf(prefix);
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
  const { grid } = map;

  const neighbours = map.neighbours
    .map(({ code, d }) => `<path data-country="${escapeXml(code)}" d="${d}"/>`)
    .join("");
  const regionPath = ({ code, d, hasUnits, inFocus }: ProjectedRegion): string => {
    if (d === "") return "";
    // A region's page is named (data-href) for the map's script, which offers it as
    // a link the reader chooses; a click on the map itself never leaves the page.
    const href =
      options.regionHref === undefined || !inFocus
        ? ""
        : ` data-href="${escapeXml(options.regionHref(code))}"`;
    const data = `data-region="${escapeXml(code)}"${href} d="${d}"`;
    if (!inFocus) {
      const { fill, stroke } = mapStyle.neighbour;
      return `<path class="fc-map-region--context" fill="${fill}" stroke="${stroke}" ${data}/>`;
    }
    return hasUnits
      ? `<path ${data}/>`
      : `<path class="fc-map-region--without-units" fill="url(#${hatchId})" fill-opacity="1" ${data}/>`;
  };
  const regions = map.regions.map(regionPath).join("");
  const clusters = groups === null ? unitMarks(map.points) : [];
  const marks =
    groups === null
      ? renderPlates(clusters, prefix) +
        renderUnitGroups(snapped(map.points, clusters), labels, prefix)
      : renderGroupMarks(map.points, groups, labels, grid);

  const { padding, legend: legendStyle } = mapStyle;
  const legend =
    options.legend === false
      ? null
      : renderLegend(mapLegendEntries(input, options), {
          x: padding,
          y: map.height + legendStyle.gap,
          width: width - 2 * padding,
          hatchId,
          ...(labels.integer === undefined ? {} : { formatCount: labels.integer }),
        });
  const height =
    legend === null
      ? map.height
      : Math.ceil(map.height + legendStyle.gap + legend.height + padding);
  // The font is only for the legend's text; the map itself has none.
  const font = legend === null ? "" : ` font-family="${escapeXml(mapStyle.font)}"`;

  const { neighbour, region, mark } = mapStyle;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="fc-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(labels.summary)}"${font} style="max-width:100%;height:auto">` +
    `<defs>${renderHatch(hatchId)}${
      groups === null
        ? renderMarkSymbols(
            prefix,
            clusters.some((c) => c.members.length > 1),
          )
        : ""
    }</defs>` +
    `<g transform="scale(${1 / grid})">` +
    `<g class="fc-map-neighbours" fill="${neighbour.fill}" stroke="${neighbour.stroke}" stroke-width="${neighbour.strokeWidth * grid}">${neighbours}</g>` +
    `<g class="fc-map-regions" fill="${region.fill}" fill-opacity="${region.fillOpacity}" stroke="${region.stroke}" stroke-width="${region.strokeWidth * grid}" stroke-linejoin="round">${regions}</g>` +
    `<g class="fc-map-units" stroke="${mark.stroke}" stroke-width="${mark.strokeWidth * grid}">${marks}</g>` +
    `</g>` +
    (legend?.svg ?? "") +
    `</svg>`
  );
}

/** Each unit at its mark's position, in drawing order: a cluster's units share one spot. */
function snapped(
  points: readonly ProjectedPoint[],
  clusters: readonly Cluster<ProjectedPoint>[],
): ProjectedPoint[] {
  const markOf = new Map(
    clusters.flatMap((cluster) => cluster.members.map((point) => [point, cluster] as const)),
  );
  return points.map((point) => {
    const { x, y } = markOf.get(point) ?? point;
    return { ...point, x, y };
  });
}

/**
 * The plate under each mark that stands for several units, below every mark: the
 * map's script makes it the mark that takes focus and names them all.
 */
function renderPlates(clusters: readonly Cluster<ProjectedPoint>[], prefix: string): string {
  const plates = clusters.filter((cluster) => cluster.members.length > 1);
  const { fill, stroke, strokeWidth } = mapStyle.cluster;
  return plates.length === 0
    ? ""
    : // Painted here too, for the <use> elements the map's script makes of the markers.
      `<g class="fc-map-clusters" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth * mapStyle.grid}">${renderUnitMarks(prefix, "cluster", plates)}</g>`;
}

/** A group as the projection sees it: a unit with the group's id and position. */
function groupAsUnit(group: MapGroup): MapUnit {
  const { id, kommun, form, lat, lon } = group;
  return { id, namn: kommun, kommun, form, lat, lon };
}

/** A title on one line: a group lists its marks' titles one per line. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Unit marks grouped by form, then area type (unknown last), each group in
 * drawing order (north to south). A group names its form and area type once,
 * and lists its marks' titles (`labels.pointTitle`) one per line in the order of
 * its marks (`data-titles`): each mark is then only its position (renderUnitMarks).
 */
function renderUnitGroups(
  points: readonly ProjectedPoint[],
  labels: MapLabels,
  prefix: string,
): string {
  const areaKey = (area: number | null | undefined) =>
    area === undefined ? "" : area === null ? "-" : String(area);
  const groups = new Map<string, ProjectedPoint[]>();
  for (const form of VERKSAMHETSFORMER) {
    const areas = [...new Set(points.filter((p) => p.unit.form === form).map((p) => p.unit.area))]
      .map(areaKey)
      .sort((a, b) => (a === "-" ? 1 : b === "-" ? -1 : a.localeCompare(b)));
    for (const area of areas) groups.set(`${form}|${area}`, []);
  }
  for (const point of points)
    groups.get(`${point.unit.form}|${areaKey(point.unit.area)}`)?.push(point);
  return [...groups.values()]
    .map((members) => {
      const [first] = members;
      if (first === undefined) return "";
      const { form, area } = first.unit;
      // A newline as a character reference, so that an XML parser keeps it too.
      const titles = members
        .map(({ unit }) => escapeXml(oneLine(labels.pointTitle(unit))))
        .join("&#10;");
      return (
        `<g data-form="${form}" data-form-name="${escapeXml(labels.formName(form))}"` +
        (area === undefined ? "" : ` data-area-name="${escapeXml(areaNameOf(labels, area))}"`) +
        ` data-titles="${titles}" fill="${mapStyle.mark.fill[form]}">` +
        renderUnitMarks(prefix, form, members) +
        `</g>`
      );
    })
    .join("");
}

function areaNameOf(labels: MapLabels, area: number | null): string {
  if (labels.areaName === undefined)
    throw new Error("the map's units have area types but no labels.areaName");
  return labels.areaName(area);
}

/**
 * One mark per group, sized by count, the largest drawn first so smaller marks
 * stay visible on top; each titled by `labels.groupTitle` and marked with its
 * form (`data-form`), so the forms can be shown and hidden like unit marks.
 */
function renderGroupMarks(
  points: readonly ProjectedPoint[],
  groups: readonly MapGroup[],
  labels: MapLabels,
  grid: number,
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
      renderMark(group.form, point.x, point.y, {
        attributes: ` data-form="${group.form}" data-group="${escapeXml(group.id)}" data-count="${group.count}"`,
        content: `<title>${escapeXml(groupTitle(group))}</title>`,
        radius:
          groupRadius(group.count, largest, mapStyle.mark.radius, mapStyle.group.maxRadius) * grid,
      }),
    )
    .join("");
}
