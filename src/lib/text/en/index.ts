import { share } from "./share.ts";
import { english as f } from "../../format.ts";
import { mapExplorerEn, unitFieldsEn, unitTitle } from "../interactive.ts";
import { mapKey } from "./map-key.ts";
import { nounsEn as nouns } from "../nouns.ts";
import { openData } from "./open-data.ts";
import { surveyChange } from "./survey-change.ts";
import type { Catalogue } from "../sv/index.ts";
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
import { policy, withheld } from "./publication-policy.ts";
import { footer, nav, sectionTitle, site, toc } from "./site.ts";
import { keyFigures, summary } from "./summary.ts";
export * from "./about-data.ts";
export * from "./area-types.ts";
export * from "./assignment.ts";
export * from "./development.ts";
export * from "./figures.ts";
export * from "./forms.ts";
export * from "./geography.ts";
export * from "./health-work.ts";
export * from "./proposals.ts";
export * from "./publication.ts";
export * from "./publication-policy.ts";
export * from "./site.ts";
export * from "./summary.ts";

export const en: Catalogue = {
  share,
  format: f,
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
  surveyChange,
  development,
  geography,
  map,
  mapAggregated,
  mapKey,
  areaTypeLabel,
  areaGroupLabel,
  areaTypes,
  withheld,
  policy,
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
  unitFields: unitFieldsEn,
  unitTitle,
  mapExplorer: mapExplorerEn,
  contact: "tillganglighet@familjecentraler.example",
  openData,
};
