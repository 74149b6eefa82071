import { geoPath, geoTransverseMercator, type GeoProjection } from "d3-geo";
import type { FeatureCollection } from "geojson";
import type { AreaGeometry, RegionProperties } from "../data/geodata-types.ts";
import { compactPath } from "./compact-path.ts";
import { mapStyle } from "./map-style.ts";
import { simplifyForView } from "./simplify-for-view.ts";
import type { MapInput, MapUnit, ProjectedMap, ProjectedPoint } from "./types.ts";

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** North to south, then west to east, then by id: the same order whatever the input order. */
const drawingOrder = (a: MapUnit, b: MapUnit): number =>
  b.lat - a.lat || a.lon - b.lon || compareText(a.id, b.id);

/**
 * The projection of what is in focus (all of Sweden, or one region) into the
 * given width, in grid steps, and the map's height in px.
 */
function fitProjection(
  input: Pick<MapInput, "geodata" | "regionsWithoutUnits">,
  width: number,
  focus: string | undefined,
): { projection: GeoProjection; height: number } {
  const { regions } = input.geodata;
  const focused =
    focus === undefined ? [...regions] : regions.filter((r) => r.properties.lanskod === focus);
  if (focused.length === 0) throw new Error(`region ${focus} is not on the map`);
  // The projection is fitted to what is in focus: all of Sweden, or one region.
  const sweden: FeatureCollection<AreaGeometry, RegionProperties> = {
    type: "FeatureCollection",
    features: focused,
  };
  const without = new Set(input.regionsWithoutUnits);
  for (const code of without) {
    if (!regions.some((region) => region.properties.lanskod === code))
      throw new Error(`region ${code} is not on the map`);
  }

  const { padding, grid } = mapStyle;
  const inner = width - 2 * padding;
  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(inner, sweden);
  const [[, top], [, bottom]] = geoPath(projection).bounds(sweden);
  const height = Math.ceil(bottom - top + 2 * padding);
  // Fitted again in grid steps, so that rounding to whole numbers keeps half-pixel precision.
  projection.fitExtent(
    [
      [padding * grid, padding * grid],
      [(width - padding) * grid, (height - padding) * grid],
    ],
    sweden,
  );
  projection.clipExtent([
    [0, 0],
    [width * grid, height * grid],
  ]);
  return { projection, height };
}

/** The units as projectMap places them, without drawing the regions (for the legend). */
export function projectUnits(
  input: Pick<MapInput, "geodata" | "units" | "regionsWithoutUnits">,
  width: number = mapStyle.defaultWidth,
  focus?: string,
): ProjectedPoint[] {
  return placeUnits(input.units, fitProjection(input, width, focus).projection);
}

function placeUnits(units: readonly MapUnit[], projection: GeoProjection): ProjectedPoint[] {
  const seen = new Set<string>();
  return [...units].sort(drawingOrder).map((unit) => {
    if (seen.has(unit.id)) throw new Error(`unit id ${unit.id} occurs more than once`);
    seen.add(unit.id);
    const projected = projection([unit.lon, unit.lat]);
    if (projected === null) throw new Error(`unit ${unit.id} cannot be projected`);
    return { unit, x: Math.round(projected[0]), y: Math.round(projected[1]) };
  });
}

/**
 * Projects Sweden's regions, its neighbours and the units, Sweden filling the
 * given width in px. Every coordinate is a whole number of grid steps
 * (`mapStyle.grid` per px). Transverse Mercator on 15° E is close to SWEREF 99 TM,
 * the projection Swedish maps use.
 */
export function projectMap(
  input: Pick<MapInput, "geodata" | "units" | "regionsWithoutUnits">,
  width: number = mapStyle.defaultWidth,
  focus?: string,
): ProjectedMap {
  if (!(width > 2 * mapStyle.padding)) throw new RangeError(`map width ${width} is too small`);
  const { projection, height } = fitProjection(input, width, focus);
  const { grid } = mapStyle;
  const without = new Set(input.regionsWithoutUnits);
  const path = geoPath(projection).digits(0);
  const drawn = simplifyForView(
    input.geodata.topology,
    projection,
    mapStyle.minTriangleArea * grid * grid,
  );

  const points = placeUnits(input.units, projection);

  return {
    width,
    height,
    grid,
    neighbours: drawn.neighbours
      .flatMap((country) => {
        const d = path(country);
        return d === null ? [] : [{ code: country.properties.iso, d: compactPath(d, 0) }];
      })
      .sort((a, b) => compareText(a.code, b.code)),
    regions: drawn.regions
      .map((region) => {
        const code = region.properties.lanskod;
        return {
          code,
          d: compactPath(path(region) ?? "", 0),
          hasUnits: !without.has(code),
          inFocus: focus === undefined || code === focus,
        };
      })
      .sort((a, b) => compareText(a.code, b.code)),
    points,
  };
}
