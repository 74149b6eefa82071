import type { Kommun } from "../data/index.ts";

export interface Coverage {
  /** How many have at least one unit. */
  readonly withUnits: number;
  /** How many there are in all. */
  readonly total: number;
}

/** Municipalities with at least one unit, of all municipalities. */
export function kommunCoverage(
  units: readonly { readonly kommunkod: string }[],
  kommuner: readonly Kommun[],
): Coverage {
  const withUnits = new Set(units.map((u) => u.kommunkod));
  return {
    withUnits: kommuner.filter((k) => withUnits.has(k.kommunkod)).length,
    total: kommuner.length,
  };
}
