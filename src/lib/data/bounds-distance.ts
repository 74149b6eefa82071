import { EARTH_RADIUS_KM } from "./distance-to-boundary.ts";

/** [[west, south], [east, north]] in degrees, as d3-geo's geoBounds gives it. */
export type Bounds = readonly [readonly [number, number], readonly [number, number]];

const RADIANS = Math.PI / 180;
const haversine = (angle: number): number => Math.sin(angle / 2) ** 2;

/**
 * A lower bound of the great-circle distance in km from a point ([lon, lat]) to anything inside
 * a box, in a few operations: it lets a search skip areas that cannot be nearer than what it
 * has already found. From the haversine formula, hav(d) = hav(Δφ) + cos φ₁ cos φ₂ hav(Δλ), with
 * each term at its smallest over the box. Assumes the box and point lie in one hemisphere and
 * span less than 180° of longitude, as everything around Sweden does.
 */
export function minDistanceToBoundsKm(
  [lon, lat]: readonly [number, number],
  [[west, south], [east, north]]: Bounds,
): number {
  const latitudeGap = Math.max(0, south - lat, lat - north) * RADIANS;
  const longitudeGap = Math.max(0, west - lon, lon - east) * RADIANS;
  const steepest = Math.max(Math.abs(lat), Math.abs(south), Math.abs(north)) * RADIANS;
  const h = haversine(latitudeGap) + Math.cos(steepest) ** 2 * haversine(longitudeGap);
  return 2 * Math.asin(Math.min(1, Math.sqrt(h))) * EARTH_RADIUS_KM;
}
