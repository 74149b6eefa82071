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

/** The great-circle distance in km from a point ([lon, lat]) to the nearest edge of an area. */
export function distanceToBoundaryKm(point: LonLat, geometry: AreaGeometry): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let nearest = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [startLon = 0, startLat = 0] = ring[i - 1] ?? [];
      const [endLon = 0, endLat = 0] = ring[i] ?? [];
      nearest = Math.min(nearest, angleToEdge(point, [startLon, startLat], [endLon, endLat]));
    }
  }
  return nearest * EARTH_RADIUS_KM;
}
