import { geoContains } from "d3-geo";
import { distanceToBoundaryKm } from "./distance-to-boundary.ts";
import type { RegionFeature } from "./geodata-types.ts";
import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { Located } from "./read-table.ts";

/**
 * How far outside its region's simplified coastline a unit may lie. The map's
 * coast is generalised, so a harbour-front address can fall just into the sea.
 */
export const COASTAL_TOLERANCE_KM = 2;

/** What the check needs of a unit: its position and the region its municipality is in. */
export interface PlacedUnit {
  readonly lat: number;
  readonly lon: number;
  readonly lanskod: string;
  readonly kommunkod: string;
}

/**
 * Each unit's point must lie in its own region on the map. A point in another
 * region is always reported; a point in no region is accepted only within
 * COASTAL_TOLERANCE_KM of its own region's boundary.
 */
export function checkUnitsInRegions(
  file: string,
  units: readonly Located<PlacedUnit>[],
  regions: readonly RegionFeature[],
  regionName: (lanskod: string) => string,
): Problem[] {
  const regionByCode = new Map(regions.map((region) => [region.properties.lanskod, region]));
  const problems: Problem[] = [];
  for (const { line, row } of units) {
    const { lat, lon, lanskod, kommunkod } = row;
    const point: [number, number] = [lon, lat];
    const at = { file, line, column: "lat" };
    const own = regionByCode.get(lanskod);
    if (own === undefined) {
      problems.push({ ...at, reason: messages.regionNotOnMap(regionName(lanskod), lanskod) });
      continue;
    }
    if (geoContains(own, point)) continue;
    const other = regions.find((region) => geoContains(region, point));
    if (other !== undefined) {
      const foundIn = regionName(other.properties.lanskod);
      const reason = messages.pointInOtherRegion(lat, lon, foundIn, regionName(lanskod), kommunkod);
      problems.push({ ...at, reason });
      continue;
    }
    const distance = distanceToBoundaryKm(point, own.geometry);
    if (distance > COASTAL_TOLERANCE_KM) {
      const reason = messages.pointOutsideRegions(
        lat,
        lon,
        distance,
        regionName(lanskod),
        kommunkod,
      );
      problems.push({ ...at, reason });
    }
  }
  return problems;
}
