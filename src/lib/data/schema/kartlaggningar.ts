import { integer, optionalInteger, text, yesNo } from "../field.ts";

/**
 * `data/kartlaggningar.csv`: national surveys of family centres over time.
 * Exactly one row, the current survey, has an empty count: it is computed from
 * verksamheter.csv so the figure can never disagree with the unit-level data.
 */
export const kartlaggningarSchema = {
  /** The year the survey was made. */
  ar: integer("År då kartläggningen gjordes", 1990, 2100),
  /** Units found; empty for the current survey, whose count comes from verksamheter.csv. */
  antal: optionalInteger(
    "Antal verksamheter som identifierades; tomt för den aktuella kartläggningen",
    0,
    100_000,
  ),
  /** Who made the survey and where it is published. */
  kalla: text("Källa: vem som gjorde kartläggningen och var den är publicerad"),
  /** "ja" when this survey's rows in verksamheter.csv are example data, not the real survey file; the site then says so. */
  exempeldata: yesNo(
    "Är kartläggningens uppgifter per verksamhet exempeldata (ja) eller verkliga (nej)?",
  ),
} as const;
