import type { ColumnRule, SurveyAnswer, Verksamhet } from "../data/index.ts";
import { aggregateUnder } from "./aggregate-under.ts";
import { countShare, type CountShare } from "./share.ts";
import type { Withheld } from "./withheld.ts";

/** The partners the survey asked about, by their column in verksamheter.csv. */
export const PARTNERS = {
  bibliotek: "samverkan_bibliotek",
  forskola: "samverkan_forskola",
  tandvard: "samverkan_tandvard",
  psykolog: "samverkan_psykolog",
} as const satisfies Record<string, keyof Verksamhet & SurveyAnswer>;
export type Partner = keyof typeof PARTNERS;

/** One partner's count and share, or why the policy withholds them. */
export type PartnerShare = { readonly partner: Partner } & (CountShare | Withheld);

/**
 * How many units (and what share of all) collaborate with each partner, each
 * partner's answer published as its own column's rule allows. Largest share
 * first, so the chart, its table and the sentences all name partners in one
 * order; equal shares keep the survey's order, and withheld partners come last.
 */
export function collaborationShares(
  units: readonly Verksamhet[],
  rules: Readonly<Record<SurveyAnswer, ColumnRule>>,
): readonly PartnerShare[] {
  const shares: PartnerShare[] = (Object.keys(PARTNERS) as Partner[]).map((partner) => ({
    partner,
    ...aggregateUnder(rules[PARTNERS[partner]], units, (group) =>
      countShare(
        group.filter((u) => u[PARTNERS[partner]]).length,
        group.length,
        `partner ${partner}`,
      ),
    ),
  }));
  const shareOf = (entry: PartnerShare) => ("andel" in entry ? entry.andel : -1);
  // Array.prototype.sort is stable: equal shares keep the survey's order.
  return shares.sort((a, b) => shareOf(b) - shareOf(a));
}
