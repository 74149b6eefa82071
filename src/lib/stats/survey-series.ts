import type { CalendarDate, Dataset, Publikation } from "../data/index.ts";

export interface SurveyPoint {
  readonly ar: number;
  readonly antal: number;
  readonly kalla: string;
  /** True for the survey whose units are in verksamheter.csv. */
  readonly current: boolean;
  /** True when this survey's unit-level rows are example data, not the real survey file. */
  readonly exampleData: boolean;
  /** When the assignment behind the survey was given, if the data says. */
  readonly assigned: CalendarDate | null;
  /** When the survey was reported, if the data says. */
  readonly reported: CalendarDate | null;
  /** What the survey's report carries as a publication (publikationer.csv), if the data says. */
  readonly publication: Publikation | null;
}

/**
 * Every survey in time order. The current survey's count is the number of
 * rows in verksamheter.csv; the validator guarantees exactly one such survey,
 * and that it is the latest.
 */
export function surveySeries(dataset: Dataset): readonly SurveyPoint[] {
  const publications = new Map(dataset.publikationer.map((p) => [p.ar, p]));
  return dataset.kartlaggningar
    .map(({ ar, antal, kalla, exempeldata, uppdrag, redovisad }) => ({
      ar,
      kalla,
      exampleData: exempeldata,
      antal: antal ?? dataset.verksamheter.length,
      current: antal === null,
      assigned: uppdrag,
      reported: redovisad,
      publication: publications.get(ar) ?? null,
    }))
    .sort((a, b) => a.ar - b.ar);
}
