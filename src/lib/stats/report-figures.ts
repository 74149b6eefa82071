import type { Dataset, Verksamhetsform } from "../data/index.ts";
import { ageGroupDistribution } from "./age-group-distribution.ts";
import { areaTypeDistribution, type AreaTypeDistribution } from "./area-type-distribution.ts";
import { changeBetween, type Change } from "./change-between.ts";
import { collaborationShares } from "./collaboration-shares.ts";
import { countByForm, type FormCounts } from "./count-by-form.ts";
import { kommunCoverage, type Coverage } from "./kommun-coverage.ts";
import { regionCoverage, type RegionCoverage } from "./region-coverage.ts";
import { reportStatements, type ReportStatements } from "./report-statements.ts";
import { surveySeries, type SurveyPoint } from "./survey-series.ts";
import { unitsByRegion, type RegionTable } from "./units-by-region.ts";
import { whenAny } from "./when-any.ts";

export interface ReportFigures {
  readonly units: FormCounts;
  readonly kommuner: Coverage;
  readonly regioner: RegionCoverage;
  readonly regionTable: RegionTable;
  readonly areaTypes: AreaTypeDistribution;
  /** Each form's units over area types; null for a form with no units. */
  readonly areaTypesByForm: Readonly<Record<Verksamhetsform, AreaTypeDistribution | null>>;
  readonly collaboration: ReturnType<typeof collaborationShares>;
  readonly ageGroups: ReturnType<typeof ageGroupDistribution>;
  /** What the figures support saying in words ("the most common", "a majority"). */
  readonly statements: ReportStatements;
  /** All surveys in time order, the current one included. */
  readonly series: readonly SurveyPoint[];
  /** The survey the unit-level data belongs to: the latest. */
  readonly current: SurveyPoint;
  /** The survey before the current one, and the change since; null if there is none. */
  readonly sincePrevious: { readonly previous: SurveyPoint; readonly change: Change } | null;
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
  const formUnits = (form: Verksamhetsform) => units.filter((u) => u.verksamhetsform === form);
  // The validator rejects a verksamheter.csv without rows, so these groups are never empty.
  const areaTypes = areaTypeDistribution(units);
  const collaboration = collaborationShares(units);
  const ageGroups = ageGroupDistribution(units);
  return {
    units: countByForm(units),
    kommuner: kommunCoverage(units, dataset.kommuner),
    regioner: regionCoverage(units, dataset.regioner),
    regionTable: unitsByRegion(dataset),
    areaTypes,
    areaTypesByForm: {
      familjecentral: whenAny(formUnits("familjecentral"), areaTypeDistribution),
      familjecentralsliknande: whenAny(formUnits("familjecentralsliknande"), areaTypeDistribution),
    },
    collaboration,
    ageGroups,
    statements: reportStatements({ areaTypes, collaboration, ageGroups }),
    series,
    current,
    sincePrevious:
      previous === undefined
        ? null
        : { previous, change: changeBetween(previous.antal, current.antal) },
    dataVersion: dataset.version,
  };
}
