import { MALGRUPPER, type Malgrupp, type Verksamhet } from "../data/index.ts";
import { countShare, type CountShare } from "./share.ts";

/** Units by the age group they mainly work for. */
export function ageGroupDistribution(
  units: readonly Verksamhet[],
): readonly ({ readonly malgrupp: Malgrupp } & CountShare)[] {
  return MALGRUPPER.map((malgrupp) => ({
    malgrupp,
    ...countShare(
      units.filter((u) => u.malgrupp === malgrupp).length,
      units.length,
      `age group ${malgrupp}`,
    ),
  }));
}
