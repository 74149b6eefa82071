import { integer, optionalText, optionalTextList, textList } from "../field.ts";

/**
 * `data/publikationer.csv`: what an agency report carries beyond its text, one
 * row per survey whose report this site publishes. The current survey's row
 * drives the cover, the colophon, the citation and the PDF's metadata.
 */
export const publikationerSchema = {
  /** The survey (a year in kartlaggningar.csv) the report presents. */
  ar: integer("Kartläggningens år; ska finnas i kartlaggningar.csv", 1990, 2100),
  /** The kind of publication, e.g. "Redovisning av regeringsuppdrag"; empty if none is stated. */
  rapporttyp: optionalText("Typ av publikation, t.ex. Redovisning av regeringsuppdrag"),
  /** The publishing agencies, in the order they are named, separated by semicolons. */
  utgivare: textList("Utgivare, åtskilda med semikolon"),
  /** The same publishers in English, in the same order; empty to use the Swedish names. */
  utgivare_en: optionalTextList("Utgivarna på engelska, i samma ordning; tomt = de svenska namnen"),
  /** The publisher's article number for the report; empty if it has none. */
  artikelnummer: optionalText("Artikelnummer"),
  /** The report's ISBN (ISBN-13 or ISBN-10, hyphens allowed); empty if it has none. */
  isbn: optionalText("ISBN"),
  /** The agency's registration number (diarienummer) for the assignment; empty if not stated. */
  diarienummer: optionalText("Diarienummer"),
  /** The licence of text, tables and figures, as its canonical URI; empty if not stated. */
  licens: optionalText(
    "Licens som adress (URI), t.ex. https://creativecommons.org/licenses/by/4.0/",
  ),
} as const;
