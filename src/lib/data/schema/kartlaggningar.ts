import { integer, optionalCalendarDate, optionalInteger, text, yesNo } from "../field.ts";

/**
 * `data/kartlaggningar.csv`: national surveys of family centres over time.
 * Exactly one row, the current survey, has an empty count: it is computed from
 * verksamheter.csv so the figure can never disagree with the unit-level data.
 * The current survey is the latest; the report compares it with the one before.
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
  /** When the government gave the assignment the survey answers (a month or a day); empty if not stated. */
  uppdrag: optionalCalendarDate(
    "När regeringen gav uppdraget som kartläggningen svarar på (år-månad eller datum); tomt om det inte anges",
  ),
  /** When the survey was reported (handed over, published); its year is the year a citation gives. Empty if not stated. */
  redovisad: optionalCalendarDate(
    "När kartläggningen redovisades (datum eller år-månad); tomt om det inte anges",
  ),
} as const;
