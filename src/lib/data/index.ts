export { loadDataset, dataDirectory } from "./load-dataset.ts";
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
