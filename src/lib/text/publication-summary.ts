/**
 * What the steward reads before anything is published: which columns of
 * verksamheter.csv the policy shows per unit, which only in aggregates, and
 * which figures it withholds, and where. Printed by `npm run check:data` and at
 * the start of every build.
 */
import { loadDataset, policyFileIn, UNIT_IDENTITY, type Dataset } from "../data/index.ts";
import {
  policyGroups,
  reportFigures,
  withheldFigures,
  type WithheldFigure,
} from "../stats/index.ts";
import { formLabel, partnerShort, publicationPolicy } from "./sv/index.ts";

const { steward } = publicationPolicy;

function placeOf(figure: WithheldFigure): string {
  switch (figure.topic) {
    case "areaTypes":
    case "ageGroups":
      return steward.places[figure.topic];
    case "collaboration":
      return steward.places.collaboration(partnerShort[figure.partner]);
    case "byForm":
      return steward.places.byForm(formLabel[figure.form].other);
    case "regionAreaTypes":
      return steward.places.regionAreaTypes(figure.region);
  }
}

/** The policy and what it hides, in Swedish lines; `policyFile` null when there is none. */
export function publicationSummary(dataset: Dataset, policyFile: string | null): string[] {
  const groups = policyGroups(dataset.policy);
  const hidden = withheldFigures(reportFigures(dataset));
  return [
    steward.heading(policyFile),
    steward.perUnit([...UNIT_IDENTITY, ...groups.perUnit]),
    ...groups.aggregate.map((group) => steward.aggregate(group.minGroup, group.answers)),
    ...(groups.never.length === 0 ? [] : [steward.never(groups.never)]),
    steward.hidden(hidden.length),
    ...hidden.map((figure) =>
      steward.place(placeOf(figure), figure.units, steward.why(figure.withheld)),
    ),
  ];
}

/** The summary for a data folder that has passed validation. */
export const publicationSummaryOf = (directory: string): string[] =>
  publicationSummary(loadDataset(directory), policyFileIn(directory));
