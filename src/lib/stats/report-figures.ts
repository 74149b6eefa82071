import { VERKSAMHETSFORMER, type Dataset, type Verksamhetsform } from "../data/index.ts";
import { aggregateUnder } from "./aggregate-under.ts";
import { ageGroupDistribution } from "./age-group-distribution.ts";
import { areaTypeDistribution, type AreaTypeDistribution } from "./area-type-distribution.ts";
import { changeBetween, type Change } from "./change-between.ts";
import { collaborationShares, type PartnerShare } from "./collaboration-shares.ts";
import { countByForm, type FormCounts } from "./count-by-form.ts";
import { kommunCoverage, type Coverage } from "./kommun-coverage.ts";
import { regionCoverage, type RegionCoverage } from "./region-coverage.ts";
import { policyGroups, type PolicyGroups } from "./policy-groups.ts";
import { protectPartition } from "./protect-partition.ts";
import { publishedDataset } from "./published-units.ts";
import { regionReports, type RegionReport } from "./region-figures.ts";
import {
  reportStatements,
  type AgeGroupShares,
  type ReportStatements,
} from "./report-statements.ts";
import { surveyChange, type SurveyChange } from "./survey-change.ts";
import { surveySeries, type SurveyPoint } from "./survey-series.ts";
import { unitsByRegion, type RegionTable } from "./units-by-region.ts";
import type { Withheld } from "./withheld.ts";

export interface ReportFigures {
  readonly units: FormCounts;
  readonly kommuner: Coverage;
  readonly regioner: RegionCoverage;
  readonly regionTable: RegionTable;
  /** All units over area types; withheld when the policy keeps them (see aggregateUnder). */
  readonly areaTypes: AreaTypeDistribution | Withheld;
  /**
   * Each form's units over area types; null for a form with no units; withheld
   * for a form too small, and for the other form, which with the total would reveal it.
   */
  readonly areaTypesByForm: Readonly<
    Record<Verksamhetsform, AreaTypeDistribution | Withheld | null>
  >;
  readonly collaboration: readonly PartnerShare[];
  readonly ageGroups: AgeGroupShares | Withheld;
  /** Every region's page figures, in the order of regioner.csv. */
  readonly regions: readonly RegionReport[];
  /** How the publication policy publishes each survey answer, for the words that explain it. */
  readonly publication: PolicyGroups;
  /** What the figures support saying in words ("the most common", "a majority"). */
  readonly statements: ReportStatements;
  /** All surveys in time order, the current one included. */
  readonly series: readonly SurveyPoint[];
  /** The survey the unit-level data belongs to: the latest. */
  readonly current: SurveyPoint;
  /** The survey before the current one, and the change since; null if there is none. */
  readonly sincePrevious: { readonly previous: SurveyPoint; readonly change: Change } | null;
  /**
   * The change per region and kommun since the survey before the current one;
   * null unless that survey's units are kept (data/verksamheter-<år>.csv).
   */
  readonly unitChange: SurveyChange | null;
  /** Names the data version the figures were computed from. */
  readonly dataVersion: string;
}

/** Every figure the report shows, computed once from the validated dataset. */
export function reportFigures(dataset: Dataset): ReportFigures {
  const units = dataset.verksamheter;
  const series = surveySeries(dataset);
  const index = series.findIndex((point) => point.current);
  const current = series[index];
  if (current === undefined) throw new Error("The validated dataset has no current survey");
  const previous = series[index - 1];
  const { rules } = dataset.policy;
  // The validator rejects a verksamheter.csv without rows, so these groups are never empty.
  const areaTypes = aggregateUnder(rules.omradestyp, units, areaTypeDistribution);
  const collaboration = collaborationShares(units, rules);
  const ageGroups = aggregateUnder(rules.malgrupp, units, ageGroupDistribution);
  const byForm = protectPartition(
    rules.omradestyp,
    VERKSAMHETSFORMER.map((form) => {
      const group = units.filter((u) => u.verksamhetsform === form);
      return {
        key: form,
        size: group.length,
        value:
          group.length === 0 ? null : aggregateUnder(rules.omradestyp, group, areaTypeDistribution),
      };
    }),
  );
  const areaTypesByForm = Object.fromEntries(
    byForm.map((part) => [part.key, part.value]),
  ) as Record<Verksamhetsform, AreaTypeDistribution | Withheld | null>;
  return {
    units: countByForm(units),
    kommuner: kommunCoverage(units, dataset.kommuner),
    regioner: regionCoverage(units, dataset.regioner),
    regionTable: unitsByRegion(publishedDataset(dataset)),
    areaTypes,
    areaTypesByForm,
    collaboration,
    ageGroups,
    regions: regionReports(dataset),
    publication: policyGroups(dataset.policy),
    statements: reportStatements({ areaTypes, collaboration, ageGroups }),
    series,
    current,
    sincePrevious:
      previous === undefined
        ? null
        : { previous, change: changeBetween(previous.antal, current.antal) },
    unitChange: unitChangeSince(dataset, previous, current),
    dataVersion: dataset.version,
  };
}

/** The change per region and kommun since `previous`, when its units are kept; else null. */
function unitChangeSince(
  dataset: Dataset,
  previous: SurveyPoint | undefined,
  current: SurveyPoint,
): SurveyChange | null {
  const kept = dataset.earlierUnits.find((survey) => survey.ar === previous?.ar);
  if (kept === undefined) return null;
  return surveyChange({
    previous: kept,
    current: { ar: current.ar, verksamheter: dataset.verksamheter },
    regioner: dataset.regioner,
    kommuner: dataset.kommuner,
    policy: dataset.policy,
  });
}
