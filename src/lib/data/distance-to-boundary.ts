import { geoDistance } from "d3-geo";
import type { AreaGeometry } from "./geodata-types.ts";

/** The mean Earth radius, which turns d3's angular distances (radians) into kilometres. */
export const EARTH_RADIUS_KM = 6371;

type Vector = readonly [number, number, number];
type LonLat = [number, number];

const RADIANS = Math.PI / 180;

function toVector([lon, lat]: LonLat): Vector {
  const lambda = lon * RADIANS;
  const phi = lat * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

const cross = (a: Vector, b: Vector): Vector => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

const dot = (a: Vector, b: Vector): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * The angle (radians) from a point to the great-circle arc between two vertices,
 * which is how d3-geo draws a polygon edge. Simplified coastlines have edges
 * tens of kilometres long, so measuring to vertices alone would overstate it.
 */
function angleToEdge(point: LonLat, start: LonLat, end: LonLat): number {
  const p = toVector(point);
  const a = toVector(start);
  const b = toVector(end);
  const normal = cross(a, b);
  const length = Math.sqrt(dot(normal, normal));
  const toVertex = Math.min(geoDistance(point, start), geoDistance(point, end));
  if (length < 1e-12) return toVertex;
  // The foot of the perpendicular lies on the edge when it is on the inner side of both ends.
  const sine = dot(p, normal) / length;
  const onEdge = dot(cross(a, p), normal) > 0 && dot(cross(p, b), normal) > 0;
  return onEdge
    ? Math.min(toVertex, Math.abs(Math.asin(Math.max(-1, Math.min(1, sine)))))
    : toVertex;
}

/**
 * A lower bound, in radians, of the angle from a point to an edge, from latitudes alone: the
 * great-circle distance between two points is at least their difference in latitude. An arc
 * between two vertices bulges towards the pole beyond their latitudes by about
 * sin φ cos φ · Δλ²/8 ≤ Δλ²/16 rad, so the edge's latitude range is widened by twice that.
 */
function latitudeGap(
  lat: number,
  startLon: number,
  startLat: number,
  endLon: number,
  endLat: number,
) {
  const lambda = (endLon - startLon) * RADIANS;
  const bulge = (lambda * lambda) / 8;
  const low = Math.min(startLat, endLat) * RADIANS - bulge;
  const high = Math.max(startLat, endLat) * RADIANS + bulge;
  const phi = lat * RADIANS;
  return Math.max(0, low - phi, phi - high);
}

/**
 * The great-circle distance in km from a point ([lon, lat]) to the nearest edge of an area.
 * With `withinKm`, edges that cannot be nearer than that (or than the nearest found so far) are
 * skipped by a cheap test, and Infinity means that no edge is within `withinKm`.
 */
export function distanceToBoundaryKm(
  point: LonLat,
  geometry: AreaGeometry,
  withinKm: number = Infinity,
): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  // The nearest edge so far, in radians; until one is found, the limit.
  let nearest = withinKm / EARTH_RADIUS_KM;
  let found = false;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const start = ring[i - 1];
      const end = ring[i];
      // Positions always have two numbers; indexing, not destructuring, keeps this loop cheap.
      if (start === undefined || end === undefined) continue;
      const startLon = start[0] ?? 0;
      const startLat = start[1] ?? 0;
      const endLon = end[0] ?? 0;
      const endLat = end[1] ?? 0;
      if (latitudeGap(point[1], startLon, startLat, endLon, endLat) >= nearest) continue;
      const angle = angleToEdge(point, [startLon, startLat], [endLon, endLat]);
      if (angle <= nearest) {
        nearest = angle;
        found = true;
      }
    }
  }
  return found ? nearest * EARTH_RADIUS_KM : Infinity;
}
