import { nouns } from "../nouns.ts";
import { formatCount } from "../../format.ts";
import { type FormCounts } from "../../stats/index.ts";
import { formCounts } from "./forms.ts";
import { regionIndex } from "./region-pages.ts";

/** The kommun finder: every kommun A–Ö, with its units and a link to its row on its region's page. */
export const kommunFinder = {
  title: (year: string) => `Hitta din kommun – familjecentraler ${year}`,
  description: (year: string, kommuner: number) =>
    `Alla ${formatCount(kommuner, nouns.kommun)} från A till Ö med familjecentraler och familjecentralsliknande verksamheter enligt kartläggningen ${year}.`,
  heading: "Hitta din kommun",
  lead: (kommuner: number) =>
    `Här finns alla landets ${formatCount(kommuner, nouns.kommun)} i bokstavsordning, med verksamheterna i varje kommun efter verksamhetsform. Kommunens namn leder till dess rad i tabellen på regionens sida.`,
  letters: "Kommunerna efter begynnelsebokstav",
  /** After the kommun's name: " (Region Skåne): 3 familjecentraler och 1 familjecentralsliknande verksamhet". */
  detail: (region: string, units: FormCounts) =>
    ` (${region}): ${units.total === 0 ? regionIndex.itemNone : formCounts(units)}`,
} as const;
