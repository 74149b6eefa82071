import type { Verksamhet } from "../data/index.ts";
import { countShare, type CountShare } from "./share.ts";

/** The partners the survey asked about, by their column in verksamheter.csv. */
export const PARTNERS = {
  bibliotek: "samverkan_bibliotek",
  forskola: "samverkan_forskola",
  tandvard: "samverkan_tandvard",
  psykolog: "samverkan_psykolog",
} as const satisfies Record<string, keyof Verksamhet>;
export type Partner = keyof typeof PARTNERS;

/** How many units (and what share of all) collaborate with each partner. */
export function collaborationShares(
  units: readonly Verksamhet[],
): readonly ({ readonly partner: Partner } & CountShare)[] {
  return (Object.keys(PARTNERS) as Partner[]).map((partner) => ({
    partner,
    ...countShare(
      units.filter((u) => u[PARTNERS[partner]]).length,
      units.length,
      `partner ${partner}`,
    ),
  }));
}
