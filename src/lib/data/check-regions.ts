import { geoContains } from "d3-geo";
import { BORDER_CORRECTIONS, type BorderCorrection } from "./border-corrections.ts";
import type { Geodata, RegionFeature } from "./geodata-types.ts";
import { landAreas, type LandArea } from "./land-areas.ts";
import { CHECK_GEODATA_FILE, GEODATA_FILE } from "./load-geodata.ts";
import { messages } from "./messages.ts";
import { placePoint } from "./place-point.ts";
import type { Problem } from "./problem.ts";
import type { Located } from "./read-table.ts";

/**
 * How far from its own region's coast on the check geometry a unit may lie. The source (Natural
 * Earth) lacks islands of a few km², so inhabited islands lie out at sea on it; measured on
 * sverige-kontroll.topo.json: Öckerö 3.1 km, Hönö 3.6, Donsö 4.1, Styrsö 4.8, Marstrand 5.4,
 * Sandhamn 5.7, Ven 6.7, Ulvön 6.8, Rörö 7.7, Sydkoster 9.0 and, farthest, Landsort on Öja
 * 13.2 km. A point must also have no other land nearer, so the tolerance never reaches across to
 * another region or country.
 */
export const COASTAL_TOLERANCE_KM = 15;

/** What the check needs of a unit: its position and the region its municipality is in. */
export interface PlacedUnit {
  readonly lat: number;
  readonly lon: number;
  readonly lanskod: string;
  readonly kommunkod: string;
}

/** The two geometries a unit's point is checked against. */
export interface RegionGeometry {
  /** The drawn map's simplified regions: a point inside its own one there is accepted at once. */
  readonly map: readonly RegionFeature[];
  /** Every region and the neighbouring land at full resolution, for every other point. */
  readonly detail: Pick<Geodata, "regions" | "neighbours">;
}

/**
 * Each unit's point must lie in its own region. Most points lie inside it on the drawn map,
 * which is quick to test; the rest are placed on the check geometry: a point in another region
 * is reported, and a point in no region (at sea, abroad, or on an island too small for the
 * source) is accepted only within COASTAL_TOLERANCE_KM of its own region with no land nearer.
 *
 * For a kommun in `corrections`, whose territory the geometry puts partly in one neighbouring
 * region, that region's land counts as its own too: a point in it, or at sea nearest to it
 * within the tolerance, is accepted. Every other region and country still counts as elsewhere.
 */
export function checkUnitsInRegions(
  file: string,
  units: readonly Located<PlacedUnit>[],
  geometry: RegionGeometry,
  regionName: (lanskod: string) => string,
  corrections: readonly BorderCorrection[] = BORDER_CORRECTIONS,
): Problem[] {
  const mapRegions = new Map(geometry.map.map((region) => [region.properties.lanskod, region]));
  const sourceRegionOf = new Map(corrections.map((c) => [c.kommunkod, c.lanskodInSource]));
  // Prepared only when a point is not inside its region on the map, which is rare.
  let areas: readonly LandArea[] | undefined;
  const problems: Problem[] = [];
  for (const { line, row } of units) {
    const { lat, lon, lanskod, kommunkod } = row;
    const point: [number, number] = [lon, lat];
    const at = { file, line, column: "lat" };
    const onMap = mapRegions.get(lanskod);
    if (onMap === undefined) {
      const reason = messages.regionNotOnMap(regionName(lanskod), lanskod, GEODATA_FILE);
      problems.push({ ...at, reason });
      continue;
    }
    if (geoContains(onMap, point)) continue;
    areas ??= landAreas(geometry.detail);
    const own = areas.find((area) => area.lanskod === lanskod);
    if (own === undefined) {
      const reason = messages.regionNotOnMap(regionName(lanskod), lanskod, CHECK_GEODATA_FILE);
      problems.push({ ...at, reason });
      continue;
    }
    const placement = placePoint(point, own, areas, COASTAL_TOLERANCE_KM);
    if (placement.in === "own") continue;
    // The neighbouring region the source wrongly puts (part of) this kommun in, if any.
    const lanskodInSource = sourceRegionOf.get(kommunkod);
    const inSource =
      lanskodInSource === undefined
        ? undefined
        : areas.find((area) => area.lanskod === lanskodInSource);
    if (
      inSource !== undefined &&
      placePoint(point, inSource, areas, COASTAL_TOLERANCE_KM).in === "own"
    )
      continue;
    if (placement.in === "other") {
      const foundIn = regionName(placement.lanskod);
      const reason = messages.pointInOtherRegion(lat, lon, foundIn, regionName(lanskod), kommunkod);
      problems.push({ ...at, reason });
    } else if (placement.in === "none") {
      const reason = messages.pointOutsideRegions(
        lat,
        lon,
        placement.distanceKm,
        regionName(lanskod),
        kommunkod,
      );
      problems.push({ ...at, reason });
    }
  }
  return problems;
}
