import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import { type Change } from "../../stats/index.ts";
import type { Catalogue } from "../sv/index.ts";
import { changeWords } from "./shared.ts";

export const development: Catalogue["development"] = {
  sentence: (p: { previousYear: string; year: string; change: Change }) => {
    const { before, after } = p.change;
    const words = changeWords(p.change);
    return words === null
      ? `The number of units was the same in ${p.year} as in ${p.previousYear}: ${f.count(after, nouns.verksamhet)}.`
      : `The number of units has ${words.verb} from ${f.integer(before)} in ${p.previousYear} to ${f.integer(after)} in ${p.year}, by ${words.amount}.`;
  },
  chartTitle: "Number of units per survey",
  onlySurveyTitle: "Number of units in the survey",
  chartSummary: (points: string) => `Bar chart of the number of units per survey: ${points}.`,
  point: (year: string, count: string) => `${year}: ${count}`,
  table: {
    caption: "Number of units per survey",
    year: "Year",
    count: "Number of units",
    source: "Source",
  },
};
