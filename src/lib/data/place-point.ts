import { minDistanceToBoundsKm } from "./bounds-distance.ts";
import { distanceToBoundaryKm } from "./distance-to-boundary.ts";
import { insideArea, type LandArea } from "./land-areas.ts";

type LonLat = [number, number];

/** Where a point lies, seen from the region it should be in. */
export type Placement =
  | { readonly in: "own" }
  | { readonly in: "other"; readonly lanskod: string }
  /** In the sea, abroad, or too far from its own region; `distanceKm` is to the own region. */
  | { readonly in: "none"; readonly distanceKm: number };

/**
 * Places a point among the areas of the check geometry. A point inside no area (at sea, or on
 * an island the source lacks) counts as in its own region when that region's coast is at most
 * `toleranceKm` away and no other land, Swedish or foreign, is nearer: an island belongs to the
 * nearest mainland, and a point nearer Norway than Sweden is not in Sweden.
 */
export function placePoint(
  point: LonLat,
  own: LandArea,
  areas: readonly LandArea[],
  toleranceKm: number,
): Placement {
  if (insideArea(own, point)) return { in: "own" };
  const containing = areas.find((area) => area !== own && insideArea(area, point));
  if (containing !== undefined && containing.lanskod !== null)
    return { in: "other", lanskod: containing.lanskod };
  const outside = (): Placement => ({
    in: "none",
    distanceKm: distanceToBoundaryKm(point, own.geometry),
  });
  if (containing !== undefined) return outside();
  const distanceKm = distanceToBoundaryKm(point, own.geometry, toleranceKm);
  if (distanceKm === Infinity) return outside();
  const nearerLand = areas.some(
    (area) =>
      area !== own &&
      minDistanceToBoundsKm(point, area.bounds) < distanceKm &&
      distanceToBoundaryKm(point, area.geometry, distanceKm) < distanceKm,
  );
  return nearerLand ? { in: "none", distanceKm } : { in: "own" };
}
