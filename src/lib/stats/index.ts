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
export {
  collaborationShares,
  PARTNERS,
  type Partner,
  type PartnerShare,
} from "./collaboration-shares.ts";
export { countByForm, type FormCounts } from "./count-by-form.ts";
export { kommunCoverage, type Coverage } from "./kommun-coverage.ts";
export { kommunIndex, type KommunIndexEntry, type KommunLetter } from "./kommun-index.ts";
export { regionCoverage, type RegionCoverage } from "./region-coverage.ts";
export { reportFigures, type ReportFigures } from "./report-figures.ts";
export { EmptyGroupError, share, type CountShare } from "./share.ts";
export { surveySeries, type SurveyPoint } from "./survey-series.ts";
export { unitsByRegion, type RegionFigures, type RegionTable } from "./units-by-region.ts";
export { unitsByKommun, type KommunFigures } from "./units-by-kommun.ts";
export { regionReportOf, regionReports, type RegionReport } from "./region-figures.ts";
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
export {
  reportStatements,
  type AgeGroupShares,
  type ReportStatements,
} from "./report-statements.ts";
export { aggregateUnder } from "./aggregate-under.ts";
export { policyGroups, type PolicyGroups } from "./policy-groups.ts";
export { withheldFigures, type WithheldFigure, type WithheldPlace } from "./withheld-figures.ts";
export { protectPartition, type Part } from "./protect-partition.ts";
export { isWithheld, shownOrNull, type Withheld, type WithheldReason } from "./withheld.ts";
export {
  perUnitAnswers,
  publishedDataset,
  publishedUnit,
  type PublishedDataset,
  type PublishedUnit,
} from "./published-units.ts";
export { whenAny } from "./when-any.ts";
export {
  surveyChange,
  type ChangeStatements,
  type KommunChange,
  type LargestChange,
  type RegionChange,
  type SurveyChange,
  type SurveyUnitsInput,
} from "./survey-change.ts";
export { publishedCheck, type CheckedFigure, type PublishedCheck } from "./published-check.ts";
