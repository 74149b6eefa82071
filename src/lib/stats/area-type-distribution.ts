import type { Verksamhet } from "../data/index.ts";
import { countShare, type CountShare } from "./share.ts";

/** Delmos/SCB's five area types, from great socio-economic challenges (1) to very good conditions (5). */
export const AREA_TYPES = [1, 2, 3, 4, 5] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** Narrows a validated area type (the loader allows only 1–5) to AreaType. */
export function isAreaType(value: number | null): value is AreaType {
  return value !== null && (AREA_TYPES as readonly number[]).includes(value);
}

/** The report's three groups: challenges (1–2), mixed (3), good conditions (4–5). */
export const AREA_GROUPS = {
  utmaningar: [1, 2],
  blandade: [3],
  goda: [4, 5],
} as const satisfies Record<string, readonly AreaType[]>;
export type AreaGroup = keyof typeof AREA_GROUPS;

export interface AreaTypeDistribution {
  /** Every unit counted, including those whose area type is unknown. */
  readonly total: number;
  readonly byType: readonly ({ readonly typ: AreaType } & CountShare)[];
  readonly byGroup: Readonly<Record<AreaGroup, CountShare>>;
  /** Units whose area type is not known; shares are of all units, so these are shown too. */
  readonly missing: CountShare;
  /** Units whose area type is known; zero when every unit's area type is missing. */
  readonly known: number;
}

/**
 * Counts and shares (of all units) per area type, per group, and unknown.
 * There are no shares of no units: callers pass a group that has units and
 * show an empty group in words (see `whenAny`); an empty one raises EmptyGroupError.
 */
export function areaTypeDistribution(units: readonly Verksamhet[]): AreaTypeDistribution {
  const total = units.length;
  const count = (types: readonly AreaType[]) =>
    units.filter(
      (u) => u.omradestyp !== null && (types as readonly number[]).includes(u.omradestyp),
    ).length;
  const byGroup = Object.fromEntries(
    Object.entries(AREA_GROUPS).map(([group, types]) => [
      group,
      countShare(count(types), total, `area group ${group}`),
    ]),
  ) as Record<AreaGroup, CountShare>;
  return {
    total,
    byType: AREA_TYPES.map((typ) => ({
      typ,
      ...countShare(count([typ]), total, `area type ${typ}`),
    })),
    byGroup,
    missing: countShare(
      units.filter((u) => u.omradestyp === null).length,
      total,
      "area type missing",
    ),
    known: units.filter((u) => u.omradestyp !== null).length,
  };
}
