export { loadDataset } from "./load-dataset.ts";
export { dataDirectory } from "./data-directory.ts";
export { buildDate, buildDateFor } from "./build-date.ts";
export {
  validateDataset,
  DATA_FILES,
  type DataSources,
  type SourceFile,
  type DatasetResult,
} from "./validate-dataset.ts";
export { parseCsv } from "./parse-csv.ts";
export { DataValidationError, formatProblem, type Problem } from "./problem.ts";
export {
  VERKSAMHETSFORMER,
  MALGRUPPER,
  type Verksamhetsform,
  type Malgrupp,
} from "./schema/verksamheter.ts";
export type { Dataset, Region, Kommun, Verksamhet, Kartlaggning } from "./types.ts";
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
