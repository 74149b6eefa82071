import type { Region } from "../data/index.ts";
import type { Coverage } from "./kommun-coverage.ts";

export interface RegionCoverage extends Coverage {
  /** Regions with no unit at all, in the order of regioner.csv (county code). */
  readonly without: readonly Region[];
}

/** Regions with at least one unit, of all regions, and the ones without. */
export function regionCoverage(
  units: readonly { readonly lanskod: string }[],
  regioner: readonly Region[],
): RegionCoverage {
  const withUnits = new Set(units.map((u) => u.lanskod));
  const without = regioner.filter((r) => !withUnits.has(r.lanskod));
  return { withUnits: regioner.length - without.length, total: regioner.length, without };
}
