import { integer, oneOf, optionalText } from "../field.ts";

/** The figures a survey published that the data can be checked against. */
export const PUBLISHED_MEASURES = ["verksamheter", "kommuner", "regioner"] as const;
export type PublishedMeasure = (typeof PUBLISHED_MEASURES)[number];

/**
 * `data/publicerade-siffror.csv`: what a survey's publication states as counts,
 * so the report can say truthfully whether example data reproduce them.
 */
export const publiceradeSiffrorSchema = {
  /** The survey (a year in kartlaggningar.csv) that published the figure. */
  ar: integer("Kartläggningens år; ska finnas i kartlaggningar.csv", 1990, 2100),
  /** What was counted: units, kommuner with a unit, or regions with a unit. */
  uppgift: oneOf(
    "Vad som räknades: verksamheter, kommuner med verksamhet eller regioner med verksamhet",
    PUBLISHED_MEASURES,
  ),
  /** For units in one region: the region's name as in regioner.csv; empty for the whole country. */
  region: optionalText("Regionens namn för antal verksamheter i en region; tomt = hela landet"),
  /** The published count. */
  antal: integer("Det publicerade antalet", 0, 100_000),
} as const;
