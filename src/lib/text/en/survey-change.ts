/** The English words for the change since the previous survey (see text/sv/survey-change.ts). */
import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import type { Catalogue } from "../sv/index.ts";
import type { ChangeStatementWords } from "../sv/survey-change.ts";

export const surveyChange: Catalogue["surveyChange"] = {
  totalIn: (year: string) => `Total ${year}`,
  change: "Change",
  chartTitle: (previousYear: string, year: string) =>
    `Change in the number of units per region, ${previousYear}–${year}`,
  chartSummary: (previousYear: string, year: string, parts: string) =>
    `Dot chart of the change in the number of units per region from ${previousYear} to ${year}: ${parts}.`,
  part: (region: string, signed: string, before: string, after: string) =>
    `${region} ${signed} (from ${before} to ${after})`,
  table: {
    caption: (previousYear: string, year: string) =>
      `Number of units per region, ${previousYear} and ${year}`,
    region: "Region",
    country: "Sweden",
  },
  statement: (p: ChangeStatementWords) => {
    const parts = [
      { n: p.grew, words: "gained units" },
      { n: p.shrank, words: "lost units" },
      { n: p.unchanged, words: "had the same number" },
    ]
      .filter(({ n }) => n > 0)
      .map(({ n, words }) => `${f.count(n, nouns.region)} ${words}`);
    const largest = (label: string, change: ChangeStatementWords["largestGrowth"], word: string) =>
      change === null
        ? ""
        : ` ${label}: ${f.list(change.regions)}, ${f.count(change.units, nouns.verksamhet)} ${word}${change.regions.length > 1 ? " each" : ""}.`;
    return (
      `From ${p.previousYear} to ${p.year}, ${f.list(parts)}.` +
      largest("Largest increase", p.largestGrowth, "more") +
      largest("Largest decrease", p.largestDecline, "fewer")
    );
  },
};
