import { geoBounds, geoContains } from "d3-geo";
import type { Polygon } from "geojson";
import type { Bounds } from "./bounds-distance.ts";
import type { AreaGeometry, Geodata } from "./geodata-types.ts";

type Area = Geodata["regions"][number] | Geodata["neighbours"][number];

/** One region or neighbouring country of the check geometry, with boxes for quick skipping. */
export interface LandArea {
  readonly geometry: AreaGeometry;
  readonly bounds: Bounds;
  /** Each polygon (mainland, island) with its own box: most are far from any given point. */
  readonly polygons: readonly { readonly geometry: Polygon; readonly bounds: Bounds }[];
  /** The region's county code; null for a neighbouring country. */
  readonly lanskod: string | null;
}

const inBounds = ([lon, lat]: [number, number], [[west, south], [east, north]]: Bounds) =>
  lon >= west && lon <= east && lat >= south && lat <= north;

/** Whether a point ([lon, lat]) lies inside an area, testing only polygons whose box holds it. */
export function insideArea(area: LandArea, point: [number, number]): boolean {
  return (
    inBounds(point, area.bounds) &&
    area.polygons.some(
      (polygon) => inBounds(point, polygon.bounds) && geoContains(polygon.geometry, point),
    )
  );
}

function landArea(area: Area, lanskod: string | null): LandArea {
  const { geometry } = area;
  const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const polygons = parts.map((coordinates) => {
    const polygon: Polygon = { type: "Polygon", coordinates };
    return { geometry: polygon, bounds: geoBounds(polygon) };
  });
  return { geometry, bounds: geoBounds(area), polygons, lanskod };
}

/** Every region and neighbouring country of a geometry, each with its bounding boxes. */
export function landAreas({
  regions,
  neighbours,
}: Pick<Geodata, "regions" | "neighbours">): LandArea[] {
  return [
    ...regions.map((region) => landArea(region, region.properties.lanskod)),
    ...neighbours.map((country) => landArea(country, null)),
  ];
}
