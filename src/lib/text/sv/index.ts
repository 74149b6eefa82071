import { openData } from "./open-data.ts";
import { share } from "./share.ts";
import { accessibilityStatement } from "./accessibility-statement.ts";
import { nouns } from "../nouns.ts";
import { surveyChange } from "./survey-change.ts";
import { swedish, type Formatter } from "../../format.ts";
import { mapExplorer, unitFields, unitTitle } from "../interactive.ts";
import { mapKey } from "./map-key.ts";
import { aboutData, exampleData } from "./about-data.ts";
import { areaGroupLabel, areaTypeLabel, areaTypes } from "./area-types.ts";
import { assignment } from "./assignment.ts";
import { development } from "./development.ts";
import { crossReference, figure, figureDownloads, numbering } from "./figures.ts";
import { formLabel, formShort } from "./forms.ts";
import { geography, map, mapAggregated } from "./geography.ts";
import { ageGroupLabel, healthWork, partnerLabel } from "./health-work.ts";
import { proposals } from "./proposals.ts";
import { citation, onPaper, pdf, print, publication } from "./publication.ts";
import { publicationPolicy, withheld } from "./publication-policy.ts";
import { footer, nav, sectionTitle, site, toc } from "./site.ts";
import { keyFigures, summary } from "./summary.ts";
export * from "./about-data.ts";
export * from "./area-types.ts";
export * from "./assignment.ts";
export * from "./codebook.ts";
export * from "./data-page.ts";
export * from "./development.ts";
export * from "./figures.ts";
export * from "./forms.ts";
export * from "./geography.ts";
export * from "./health-work.ts";
export * from "./kommun-finder.ts";
export * from "./proposals.ts";
export * from "./publication.ts";
export * from "./publication-policy.ts";
export * from "./region-pages.ts";
export * from "./site.ts";
export * from "./summary.ts";

export { openData };

export { nouns } from "../nouns.ts";

export { kommunSearch, mapExplorer, unitFields, unitTitle } from "../interactive.ts";

/**
 * A catalogue's type from the Swedish one: every string literal widened to
 * `string`, functions and the shape kept, so another language must supply
 * every key, and a missing or misspelled one is a type error, not Swedish.
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/**
 * The words of the national report, in Swedish: what the report's pages and
 * sentences are composed from, whichever the language (text/en/ has the
 * English). Region pages, the kommun finder and the downloads stay Swedish-only
 * and use the named exports above.
 */
export const sv = {
  share,
  format: swedish,
  nouns,
  site,
  sectionTitle,
  toc,
  nav,
  footer,
  formLabel,
  formShort,
  keyFigures,
  summary,
  assignment,
  development,
  surveyChange,
  geography,
  map,
  mapAggregated,
  mapKey,
  areaTypeLabel,
  areaGroupLabel,
  areaTypes,
  withheld,
  policy: { heading: publicationPolicy.heading, method: publicationPolicy.method },
  partnerLabel,
  ageGroupLabel,
  healthWork,
  proposals,
  aboutData,
  figure,
  exampleData,
  numbering,
  print,
  figureDownloads,
  crossReference,
  onPaper,
  pdf,
  publication,
  citation,
  unitFields,
  unitTitle,
  mapExplorer,
  contact: accessibilityStatement.contact,
  openData,
} as const;

/** The formatter stays a Formatter (its locale a Locale), the rest is widened. */
export type Catalogue = Widen<Omit<typeof sv, "format">> & { readonly format: Formatter };
