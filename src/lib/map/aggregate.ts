import type { Verksamhetsform } from "../data/index.ts";
import type { MapUnit } from "./types.ts";

/** The units of one kommun and form, drawn as one mark when the map has too many points. */
export interface MapGroup {
  /** Stable and unique on the map: "<kommun>|<form>". */
  readonly id: string;
  readonly kommun: string;
  readonly form: Verksamhetsform;
  /** How many units the mark stands for (at least 1). */
  readonly count: number;
  /** Where the mark goes: the member nearest the group's mean position, so it lies where units are. */
  readonly lat: number;
  readonly lon: number;
}

/** Whether the map draws groups rather than units: only when there are more units than `maxPoints`. */
export function isAggregated(unitCount: number, maxPoints: number | undefined): boolean {
  if (maxPoints === undefined) return false;
  if (!(Number.isInteger(maxPoints) && maxPoints > 0))
    throw new RangeError(`maxPoints must be a positive whole number, not ${maxPoints}`);
  return unitCount > maxPoints;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups units by kommun and form, in kommun-then-form order. The same groups,
 * in the same order, for the same units in any order.
 */
export function groupByKommun(units: readonly MapUnit[]): MapGroup[] {
  const members = new Map<string, MapUnit[]>();
  for (const unit of units) {
    const id = `${unit.kommun}|${unit.form}`;
    const list = members.get(id);
    if (list === undefined) members.set(id, [unit]);
    else list.push(unit);
  }
  return [...members.entries()]
    .map(([id, list]) => {
      const meanLat = list.reduce((sum, unit) => sum + unit.lat, 0) / list.length;
      const meanLon = list.reduce((sum, unit) => sum + unit.lon, 0) / list.length;
      const distance = (unit: MapUnit) => (unit.lat - meanLat) ** 2 + (unit.lon - meanLon) ** 2;
      const [first, ...rest] = list;
      if (first === undefined) throw new Error(`empty map group ${id}`);
      const centre = rest.reduce(
        (best, unit) =>
          distance(unit) < distance(best) ||
          (distance(unit) === distance(best) && compareText(unit.id, best.id) < 0)
            ? unit
            : best,
        first,
      );
      return {
        id,
        kommun: first.kommun,
        form: first.form,
        count: list.length,
        lat: centre.lat,
        lon: centre.lon,
      };
    })
    .sort((a, b) => compareText(a.kommun, b.kommun) || compareText(a.form, b.form));
}

/**
 * A group mark's radius, growing with the square root of its count (so its area
 * roughly with the count): a single unit's radius for one unit, `maxRadius` for
 * the largest group on the map.
 */
export function groupRadius(
  count: number,
  largest: number,
  minRadius: number,
  maxRadius: number,
): number {
  if (largest <= 1) return minRadius;
  const t = Math.sqrt((count - 1) / (largest - 1));
  return Math.round((minRadius + (maxRadius - minRadius) * t) * 100) / 100;
}
