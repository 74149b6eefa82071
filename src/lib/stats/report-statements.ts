import type { Malgrupp } from "../data/index.ts";
import type { AreaType, AreaTypeDistribution } from "./area-type-distribution.ts";
import type { Partner, PartnerShare } from "./collaboration-shares.ts";
import type { CountShare } from "./share.ts";
import { leading, type Leading } from "./leading.ts";
import { isMajority } from "./majority.ts";
import { isWithheld, type Withheld } from "./withheld.ts";

/**
 * What the data supports saying in words, decided once from the figures so
 * every page, caption and summary makes the same claim (or none). A statement
 * is made only from figures the publication policy shows: a withheld figure
 * gives a withheld statement, never a guess.
 */
export interface ReportStatements {
  /** The most common of the five area types among units whose type is known. */
  readonly leadingAreaType: Leading<AreaType> | Withheld;
  /** Shown partners that more than half of all units collaborate with, largest share first. */
  readonly majorityPartners: readonly Partner[];
  /** The shown partner most units collaborate with; withheld when no partner is shown. */
  readonly leadingPartner: Leading<Partner> | Withheld;
  /** The age group that more than half of the units mainly work for, if any is shown. */
  readonly majorityAgeGroup: Malgrupp | null;
  /** The most common main age group. */
  readonly leadingAgeGroup: Leading<Malgrupp> | Withheld;
}

export type AgeGroupShares = readonly ({ readonly malgrupp: Malgrupp } & CountShare)[];

interface StatementInputs {
  readonly areaTypes: AreaTypeDistribution | Withheld;
  readonly collaboration: readonly PartnerShare[];
  readonly ageGroups: AgeGroupShares | Withheld;
}

export function reportStatements({
  areaTypes,
  collaboration,
  ageGroups,
}: StatementInputs): ReportStatements {
  const shownPartners = collaboration.filter(
    (entry): entry is { partner: Partner } & CountShare => !isWithheld(entry),
  );
  const firstWithheld = collaboration.find((entry): entry is { partner: Partner } & Withheld =>
    isWithheld(entry),
  );
  return {
    leadingAreaType: isWithheld(areaTypes)
      ? areaTypes
      : leading(areaTypes.byType.map(({ typ, antal }) => ({ key: typ, antal }))),
    majorityPartners: shownPartners
      // The figures come largest share first (collaborationShares): the chart's order.
      .filter((partner) => isMajority(partner.andel))
      .map((partner) => partner.partner),
    leadingPartner:
      shownPartners.length === 0 && firstWithheld !== undefined
        ? { withheld: firstWithheld.withheld, minGroup: firstWithheld.minGroup }
        : leading(shownPartners.map(({ partner, antal }) => ({ key: partner, antal }))),
    majorityAgeGroup: isWithheld(ageGroups)
      ? null
      : (ageGroups.find((group) => isMajority(group.andel))?.malgrupp ?? null),
    leadingAgeGroup: isWithheld(ageGroups)
      ? ageGroups
      : leading(ageGroups.map(({ malgrupp, antal }) => ({ key: malgrupp, antal }))),
  };
}
