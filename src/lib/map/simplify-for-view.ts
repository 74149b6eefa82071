import type { GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import { planarTriangleArea, presimplify, simplify, type Triangle } from "topojson-simplify";
import type { NeighbourFeature, RegionFeature, SwedenTopology } from "../data/geodata-types.ts";

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The map's regions and neighbours with every point dropped whose triangle with
 * its neighbours covers less than `minArea` (in the projection's units squared)
 * as drawn: the data keeps detail for a region zoomed to the page's width, of
 * which the whole country at the same width shows a fraction. Simplified arc by
 * arc (Visvalingam), so neighbouring regions keep sharing the same border.
 */
export function simplifyForView(
  topology: SwedenTopology,
  projection: GeoProjection,
  minArea: number,
): { regions: RegionFeature[]; neighbours: NeighbourFeature[] } {
  const project = ([lon, lat]: [number, number]): [number, number] =>
    projection([lon, lat]) ?? [Number.NaN, Number.NaN];
  const areaAsDrawn = (triangle: Triangle): number =>
    planarTriangleArea([project(triangle[0]), project(triangle[1]), project(triangle[2])]);
  const simplified = simplify(presimplify(topology, areaAsDrawn), minArea) as SwedenTopology;
  // The same geometry types and properties as the input, which the loader checked.
  const regions = feature(simplified, simplified.objects.regioner).features as RegionFeature[];
  const neighbours = feature(simplified, simplified.objects.grannar).features as NeighbourFeature[];
  regions.sort((a, b) => byCode(a.properties.lanskod, b.properties.lanskod));
  neighbours.sort((a, b) => byCode(a.properties.iso, b.properties.iso));
  return { regions, neighbours };
}
