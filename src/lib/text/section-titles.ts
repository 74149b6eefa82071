import type { ReportFigures } from "../stats/index.ts";
import { sections, type Catalogue, type SectionId } from "./sv/index.ts";

/**
 * The national report's section titles in the page's language, as the data
 * allow: with the current survey alone there is no earlier one to compare
 * with, so the development section is not titled as a comparison.
 */
export function sectionTitles(figures: ReportFigures, t: Catalogue): Record<SectionId, string> {
  const titles = Object.fromEntries(sections.map((s) => [s.id, t.sectionTitle[s.id]])) as Record<
    SectionId,
    string
  >;
  if (figures.series.length < 2) titles.utveckling = t.development.onlySurveyTitle;
  return titles;
}
