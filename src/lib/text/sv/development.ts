import { nouns } from "../nouns.ts";
import { formatCount, formatInteger } from "../../format.ts";
import { type Change } from "../../stats/index.ts";
import { changeWords } from "./shared.ts";

export const development = {
  sentence: (p: { previousYear: string; year: string; change: Change }) => {
    const { before, after } = p.change;
    const words = changeWords(p.change);
    return words === null
      ? `Antalet verksamheter var detsamma år ${p.year} som år ${p.previousYear}: ${formatCount(after, nouns.verksamhet)}.`
      : `Antalet verksamheter har ${words.verb} från ${formatInteger(before)} år ${p.previousYear} till ${formatInteger(after)} år ${p.year}, med ${words.amount}.`;
  },
  chartTitle: "Antal verksamheter per kartläggning",
  /** The section's title when the data hold the current survey alone: there is no "since". */
  onlySurveyTitle: "Antal verksamheter i kartläggningen",
  chartSummary: (points: string) =>
    `Stapeldiagram över antal verksamheter per kartläggning: ${points}.`,
  point: (year: string, count: string) => `${year}: ${count}`,
  table: {
    caption: "Antal verksamheter per kartläggning",
    year: "År",
    count: "Antal verksamheter",
    source: "Källa",
  },
} as const;
