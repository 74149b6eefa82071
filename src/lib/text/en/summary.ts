import type { Malgrupp } from "../../data/index.ts";
import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import { capitalise, lowerFirst } from "../wording.ts";
import {
  type AreaType,
  type Change,
  type Coverage,
  type FormCounts,
  type Partner,
} from "../../stats/index.ts";
import type { AreaFinding, Catalogue } from "../sv/index.ts";
import { areaTypeLabel, areaTypes } from "./area-types.ts";
import { formBreakdown, formCounts } from "./forms.ts";
import { ageGroupLabel, partnerShort } from "./health-work.ts";

import { areaTypeIn, changeWords, shareInWords, theUnits } from "./shared.ts";

export const keyFigures: Catalogue["keyFigures"] = {
  heading: "The survey in figures",
  units: {
    label: (total: number) => f.nounFor(total, nouns.verksamhet),
    detail: (units: FormCounts) => capitalise(formCounts(units)),
  },
  kommuner: {
    label: (p: Coverage) =>
      `of ${f.count(p.total, nouns.kommun)} ${p.withUnits === 1 ? "has" : "have"} at least one unit`,
  },
  regioner: {
    label: (p: Coverage) =>
      `of ${f.count(p.total, nouns.region)} ${p.withUnits === 1 ? "has" : "have"} at least one unit`,
    without: (names: readonly string[]) =>
      names.length === 0
        ? "Every region has at least one unit."
        : `There is no unit in ${f.list(names)}.`,
  },
  change: {
    label: (count: number, year: string) => `${f.nounFor(count, nouns.verksamhet)} in ${year}`,
    detail: (change: Change, year: string) => {
      const words = changeWords(change);
      return words === null
        ? `In ${year} the number was the same.`
        : `By ${year} the number had ${words.verb} by ${words.amount}.`;
    },
  },
  leadingAreaType: {
    label: (typ: AreaType) => `are in ${lowerFirst(areaTypeLabel[typ])}, the most common area type`,
  },
  challengeAreas: { label: "are in areas with socio-economic challenges (types 1–2)" },
};

export const summary: Catalogue["summary"] = {
  lead: (year: string, proposals: boolean) =>
    `A family centre (familjecentral) brings support for expectant parents and families with children together in one place. This summary presents the main results of Sweden's national survey of ${year}: how many units there are, where they are${proposals ? ", in which kinds of area they work, and what the agencies propose to strengthen them" : " and in which kinds of area they work"}. The full report is in Swedish.`,
  units: (units: FormCounts, previous: { year: string; count: number } | null) =>
    `The survey found ${formBreakdown(units)}` +
    (previous === null
      ? "."
      : `, compared with ${f.count(previous.count, nouns.verksamhet)} in ${previous.year}.`),
  geography: (p: { units: number; kommuner: number; regioner: number; regionTotal: number }) =>
    `${theUnits(p.units)} ${p.units === 1 ? "is" : "are"} in ${f.count(p.kommuner, nouns.kommun)} and in ` +
    (p.regioner === p.regionTotal
      ? `all of the country's ${f.count(p.regionTotal, nouns.region)}.`
      : `${f.integer(p.regioner)} of the country's ${f.count(p.regionTotal, nouns.region)}.`),
  areaTypes: (finding: AreaFinding): string => {
    if (finding.known === 0) return areaTypes.allMissing;
    const challenges = `${capitalise(shareInWords(finding.challenges))} are in areas with socio-economic challenges (types 1–2).`;
    const { leading } = finding;
    if (leading.kind === "one") {
      const share = finding.typeShare[leading.key];
      return `${capitalise(shareInWords(share))} are in ${areaTypeIn(leading.key)}, the most common area type. ${challenges}`;
    }
    return [areaTypes.tie(leading, finding.typeShare), challenges].filter(Boolean).join(" ");
  },
  work: (p: { units: number; ageGroup: Malgrupp | null; partners: readonly Partner[] }) => {
    const age =
      p.ageGroup === null ? "" : `, mainly for children aged ${ageGroupLabel[p.ageGroup]}`;
    const partners = f.list(p.partners.map((partner) => partnerShort[partner]));
    const together =
      p.partners.length === 0
        ? ""
        : p.units === 1
          ? `, and it works together with ${partners}`
          : `, and most of them work together with ${partners}`;
    return `${theUnits(p.units)} ${p.units === 1 ? "does" : "do"} health-promoting and preventive work${age}${together}.`;
  },
  proposals:
    "For the units to become stable and lasting, they need support at local, regional and national level, and more research.",
};
