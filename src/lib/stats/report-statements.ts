import type { Malgrupp } from "../data/index.ts";
import type { AreaType, AreaTypeDistribution } from "./area-type-distribution.ts";
import type { Partner } from "./collaboration-shares.ts";
import type { CountShare } from "./share.ts";
import { leading, type Leading } from "./leading.ts";
import { isMajority } from "./majority.ts";

/**
 * What the data supports saying in words, decided once from the figures so
 * every page, caption and summary makes the same claim (or none).
 */
export interface ReportStatements {
  /** The most common of the five area types among units whose type is known. */
  readonly leadingAreaType: Leading<AreaType>;
  /** Partners that more than half of all units collaborate with, largest share first. */
  readonly majorityPartners: readonly Partner[];
  /** The partner most units collaborate with (for when none reaches a majority). */
  readonly leadingPartner: Leading<Partner>;
  /** The age group that more than half of the units mainly work for, if any. */
  readonly majorityAgeGroup: Malgrupp | null;
  /** The most common main age group. */
  readonly leadingAgeGroup: Leading<Malgrupp>;
}

interface StatementInputs {
  readonly areaTypes: AreaTypeDistribution;
  readonly collaboration: readonly ({ readonly partner: Partner } & CountShare)[];
  readonly ageGroups: readonly ({ readonly malgrupp: Malgrupp } & CountShare)[];
}

export function reportStatements({
  areaTypes,
  collaboration,
  ageGroups,
}: StatementInputs): ReportStatements {
  const majorityAge = ageGroups.find((group) => isMajority(group.andel));
  return {
    leadingAreaType: leading(areaTypes.byType.map(({ typ, antal }) => ({ key: typ, antal }))),
    majorityPartners: collaboration
      .filter((partner) => isMajority(partner.andel))
      // Stable: equal shares keep the survey's order of partners.
      .sort((a, b) => b.andel - a.andel)
      .map((partner) => partner.partner),
    leadingPartner: leading(collaboration.map(({ partner, antal }) => ({ key: partner, antal }))),
    majorityAgeGroup: majorityAge?.malgrupp ?? null,
    leadingAgeGroup: leading(ageGroups.map(({ malgrupp, antal }) => ({ key: malgrupp, antal }))),
  };
}
