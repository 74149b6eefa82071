import {
  SURVEY_ANSWERS,
  type Dataset,
  type IdentityColumn,
  type PublicationPolicy,
  type SurveyAnswer,
  type Verksamhet,
} from "../data/index.ts";

/**
 * A unit as the report may show it on its own: its identity (name, kommun, form,
 * position), and only those survey answers the policy publishes per unit.
 */
export type PublishedUnit = Pick<Verksamhet, IdentityColumn | "lanskod"> &
  Partial<Pick<Verksamhet, SurveyAnswer>>;

/**
 * The data the pages, downloads and drawings are given: the dataset with every
 * unit cut down to what may be published about it. Only `stats` sees the
 * survey's answers per unit, and it publishes them as aggregates under the policy.
 */
export type PublishedDataset = Omit<Dataset, "verksamheter"> & {
  readonly verksamheter: readonly PublishedUnit[];
};

/** The survey answers the policy publishes for each unit, in the file's order. */
export const perUnitAnswers = (policy: PublicationPolicy): SurveyAnswer[] =>
  SURVEY_ANSWERS.filter((column) => policy.rules[column].publish === "per_verksamhet");

/** One unit with what may not be published about it left out. */
export function publishedUnit(unit: Verksamhet, shown: readonly SurveyAnswer[]): PublishedUnit {
  const published: Record<string, unknown> = {
    id: unit.id,
    namn: unit.namn,
    verksamhetsform: unit.verksamhetsform,
    kommunkod: unit.kommunkod,
    lat: unit.lat,
    lon: unit.lon,
    lanskod: unit.lanskod,
  };
  for (const column of shown) published[column] = unit[column];
  return published as PublishedUnit;
}

/** The dataset with every unit published under the dataset's policy. */
export function publishedDataset(dataset: Dataset): PublishedDataset {
  const shown = perUnitAnswers(dataset.policy);
  return {
    ...dataset,
    verksamheter: dataset.verksamheter.map((unit) => publishedUnit(unit, shown)),
  };
}
