import type { Dataset, Verksamhetsform } from "../data/index.ts";
import { ageGroupDistribution } from "./age-group-distribution.ts";
import { areaTypeDistribution, type AreaTypeDistribution } from "./area-type-distribution.ts";
import { changeBetween, type Change } from "./change-between.ts";
import { collaborationShares } from "./collaboration-shares.ts";
import { countByForm, type FormCounts } from "./count-by-form.ts";
import { kommunCoverage, type Coverage } from "./kommun-coverage.ts";
import { regionCoverage, type RegionCoverage } from "./region-coverage.ts";
import { surveySeries, type SurveyPoint } from "./survey-series.ts";
import { unitsByRegion, type RegionTable } from "./units-by-region.ts";

export interface ReportFigures {
  readonly units: FormCounts;
  readonly kommuner: Coverage;
  readonly regioner: RegionCoverage;
  readonly regionTable: RegionTable;
  readonly areaTypes: AreaTypeDistribution;
  readonly areaTypesByForm: Readonly<Record<Verksamhetsform, AreaTypeDistribution>>;
  readonly collaboration: ReturnType<typeof collaborationShares>;
  readonly ageGroups: ReturnType<typeof ageGroupDistribution>;
  /** All surveys in time order, the current one included. */
  readonly series: readonly SurveyPoint[];
  /** The survey the unit-level data belongs to. */
  readonly current: SurveyPoint;
  /** The earliest survey, and the change from it to the current one; null if there is only one. */
  readonly sinceFirst: { readonly first: SurveyPoint; readonly change: Change } | null;
  /** Names the data version the figures were computed from. */
  readonly dataVersion: string;
}

/** Every figure the report shows, computed once from the validated dataset. */
export function reportFigures(dataset: Dataset): ReportFigures {
  const units = dataset.verksamheter;
  const series = surveySeries(dataset);
  const current = series.find((point) => point.current);
  if (current === undefined) throw new Error("The validated dataset has no current survey");
  const first = series[0];
  const formUnits = (form: Verksamhetsform) => units.filter((u) => u.verksamhetsform === form);
  return {
    units: countByForm(units),
    kommuner: kommunCoverage(units, dataset.kommuner),
    regioner: regionCoverage(units, dataset.regioner),
    regionTable: unitsByRegion(dataset),
    areaTypes: areaTypeDistribution(units),
    areaTypesByForm: {
      familjecentral: areaTypeDistribution(formUnits("familjecentral")),
      familjecentralsliknande: areaTypeDistribution(formUnits("familjecentralsliknande")),
    },
    collaboration: collaborationShares(units),
    ageGroups: ageGroupDistribution(units),
    series,
    current,
    sinceFirst:
      first === undefined || first === current
        ? null
        : { first, change: changeBetween(first.antal, current.antal) },
    dataVersion: dataset.version,
  };
}
