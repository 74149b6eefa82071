import type { Malgrupp } from "../../data/index.ts";
import { nouns } from "../nouns.ts";
import { formatCount, formatInteger, formatList, nounFor } from "../../format.ts";
import { capitalise, lowerFirst } from "../wording.ts";
import {
  type AreaType,
  type Change,
  type Coverage,
  type FormCounts,
  type Partner,
} from "../../stats/index.ts";
import { type AreaFinding, areaTypeLabel, areaTypes } from "./area-types.ts";
import { formBreakdown, formCounts } from "./forms.ts";
import { ageGroupLabel, partnerShort } from "./health-work.ts";

import { areaTypeIn, changeWords, shareInWords, theUnits } from "./shared.ts";

export const keyFigures = {
  heading: "Kartläggningen i siffror",
  units: {
    label: (total: number) => nounFor(total, nouns.verksamhet),
    detail: (units: FormCounts) => capitalise(formCounts(units)),
  },
  kommuner: {
    /** Read after the figure `withUnits` (an English verb agrees with it). */
    label: (p: Coverage) => `av ${formatCount(p.total, nouns.kommun)} har minst en verksamhet`,
  },
  regioner: {
    label: (p: Coverage) => `av ${formatCount(p.total, nouns.region)} har minst en verksamhet`,
    without: (names: readonly string[]) =>
      names.length === 0
        ? "Alla regioner har minst en verksamhet."
        : `Ingen verksamhet finns i ${formatList(names)}.`,
  },
  change: {
    label: (count: number, year: string) => `${nounFor(count, nouns.verksamhet)} år ${year}`,
    detail: (change: Change, year: string) => {
      const words = changeWords(change);
      return words === null
        ? `År ${year} var antalet detsamma.`
        : `Fram till ${year} har antalet ${words.verb} med ${words.amount}.`;
    },
  },
  leadingAreaType: {
    label: (typ: AreaType) =>
      `finns i ${lowerFirst(areaTypeLabel[typ])}, den vanligaste områdestypen`,
  },
  challengeAreas: { label: "finns i områden med socioekonomiska utmaningar (typ 1–2)" },
} as const;

export const summary = {
  /** `proposals`: whether the current survey's proposals are published with the report. */
  lead: (year: string, proposals: boolean) =>
    `Familjecentraler samlar stöd till blivande föräldrar och barnfamiljer på ett ställe. Den här rapporten redovisar den nationella kartläggningen ${year}: hur många verksamheter det finns, var de finns${proposals ? ", i vilka områden de arbetar och vad myndigheterna föreslår för att stärka dem" : " och i vilka områden de arbetar"}.`,
  units: (units: FormCounts, previous: { year: string; count: number } | null) =>
    `Kartläggningen hittade ${formBreakdown(units)}` +
    (previous === null
      ? "."
      : `, jämfört med ${formatCount(previous.count, nouns.verksamhet)} år ${previous.year}.`),
  geography: (p: { units: number; kommuner: number; regioner: number; regionTotal: number }) =>
    `${theUnits(p.units)} finns i ${formatCount(p.kommuner, nouns.kommun)} och i ` +
    (p.regioner === p.regionTotal
      ? `alla landets ${formatCount(p.regionTotal, nouns.region)}.`
      : `${formatInteger(p.regioner)} av landets ${formatCount(p.regionTotal, nouns.region)}.`),
  areaTypes: (finding: AreaFinding): string => {
    if (finding.known === 0) return areaTypes.allMissing;
    const challenges = `${capitalise(shareInWords(finding.challenges))} ligger i områden med socioekonomiska utmaningar (typ 1–2).`;
    const { leading } = finding;
    if (leading.kind === "one") {
      const share = finding.typeShare[leading.key];
      return `${capitalise(shareInWords(share))} ligger i ${areaTypeIn(leading.key)}, den vanligaste områdestypen. ${challenges}`;
    }
    return [areaTypes.tie(leading, finding.typeShare), challenges].filter(Boolean).join(" ");
  },
  work: (p: { units: number; ageGroup: Malgrupp | null; partners: readonly Partner[] }) => {
    const age = p.ageGroup === null ? "" : `, främst för barn ${ageGroupLabel[p.ageGroup]}`;
    const partners = formatList(p.partners.map((partner) => partnerShort[partner]));
    const together =
      p.partners.length === 0
        ? ""
        : p.units === 1
          ? `, och den samarbetar med ${partners}`
          : `, och de flesta samarbetar med ${partners}`;
    return `${theUnits(p.units)} arbetar hälsofrämjande och förebyggande${age}${together}.`;
  },
  proposals:
    "För att verksamheterna ska bli stabila och långsiktiga behövs stöd på lokal, regional och nationell nivå, och mer forskning.",
} as const;
