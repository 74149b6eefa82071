import type { Dataset } from "../data/index.ts";

export interface SurveyPoint {
  readonly ar: number;
  readonly antal: number;
  readonly kalla: string;
  /** True for the survey whose units are in verksamheter.csv. */
  readonly current: boolean;
  /** True when this survey's unit-level rows are example data, not the real survey file. */
  readonly exampleData: boolean;
}

/**
 * Every survey in time order. The current survey's count is the number of
 * rows in verksamheter.csv; the validator guarantees exactly one such survey.
 */
export function surveySeries(dataset: Dataset): readonly SurveyPoint[] {
  return dataset.kartlaggningar
    .map(({ ar, antal, kalla, exempeldata }) => ({
      ar,
      kalla,
      exampleData: exempeldata,
      antal: antal ?? dataset.verksamheter.length,
      current: antal === null,
    }))
    .sort((a, b) => a.ar - b.ar);
}
