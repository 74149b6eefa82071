export { ageGroupDistribution } from "./age-group-distribution.ts";
export {
  areaTypeDistribution,
  isAreaType,
  AREA_GROUPS,
  AREA_TYPES,
  type AreaGroup,
  type AreaType,
  type AreaTypeDistribution,
} from "./area-type-distribution.ts";
export { changeBetween, type Change } from "./change-between.ts";
export { collaborationShares, PARTNERS, type Partner } from "./collaboration-shares.ts";
export { countByForm, type FormCounts } from "./count-by-form.ts";
export { kommunCoverage, type Coverage } from "./kommun-coverage.ts";
export { kommunIndex, type KommunIndexEntry, type KommunLetter } from "./kommun-index.ts";
export { regionCoverage, type RegionCoverage } from "./region-coverage.ts";
export { reportFigures, type ReportFigures } from "./report-figures.ts";
export { EmptyGroupError, share, type CountShare } from "./share.ts";
export { surveySeries, type SurveyPoint } from "./survey-series.ts";
export { unitsByRegion, type RegionFigures, type RegionTable } from "./units-by-region.ts";
export { unitsByKommun, type KommunFigures } from "./units-by-kommun.ts";
export { regionFigures, type RegionReport } from "./region-figures.ts";
export { leading, type Counted, type Leading } from "./leading.ts";
export { isMajority, MAJORITY_ABOVE } from "./majority.ts";
export {
  approximateShare,
  ABOUT_WITHIN,
  FRACTIONS,
  JUST_WITHIN,
  type ApproximateShare,
  type Fraction,
  type Qualifier,
} from "./approximate-share.ts";
export { reportStatements, type ReportStatements } from "./report-statements.ts";
export { whenAny } from "./when-any.ts";
