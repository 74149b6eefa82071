export {
  loadDataset,
  loadDatasetWithWarnings,
  policyFileIn,
  type LoadedData,
} from "./load-dataset.ts";
export { dataDirectory, DataDirectoryError } from "./data-directory.ts";
export { buildDate, currentBuildDate } from "./build-date.ts";
export {
  validateDataset,
  DATA_FILES,
  DATASET_FILE,
  EARLIER_UNITS_FILE,
  earlierUnitsYear,
  POLICY_FILE,
  PUBLICATIONS_FILE,
  OPTIONAL_FILES,
  type DataSources,
  type SourceFile,
  type DatasetResult,
} from "./validate-dataset.ts";
export { parseCsv } from "./parse-csv.ts";
export {
  DataValidationError,
  formatProblem,
  formatWarnings,
  type Problem,
  type Warning,
} from "./problem.ts";
export {
  VERKSAMHETSFORMER,
  MALGRUPPER,
  type Verksamhetsform,
  type Malgrupp,
} from "./schema/verksamheter.ts";
export type {
  Dataset,
  Datamangd,
  Dataversion,
  Kalla,
  Region,
  Kommun,
  Verksamhet,
  Kartlaggning,
  PubliceradSiffra,
  Publikation,
  Rattelse,
  SurveyUnits,
} from "./types.ts";
export { checkLicenceUri, licenceName, organisationDigits } from "./licence.ts";
export {
  loadGeodata,
  loadCheckGeodata,
  parseGeodata,
  GEODATA_FILE,
  CHECK_GEODATA_FILE,
} from "./load-geodata.ts";
export { checkUnitsInRegions, COASTAL_TOLERANCE_KM, type RegionGeometry } from "./check-regions.ts";
export type { Geodata, RegionFeature, NeighbourFeature } from "./geodata-types.ts";
export { SWEDEN_BOUNDS } from "./sweden-bounds.ts";
export { calendarDateText, parseCalendarDate, type CalendarDate } from "./calendar-date.ts";
export {
  DEFAULT_MIN_GROUP,
  SAFE_POLICY,
  SURVEY_ANSWERS,
  UNIT_IDENTITY,
  type ColumnRule,
  type IdentityColumn,
  type PublicationPolicy,
  type SurveyAnswer,
} from "./publication-policy.ts";
export {
  PUBLICERINGAR,
  UNIT_COLUMNS,
  type Publicering,
  type UnitColumn,
} from "./schema/publicering.ts";
