import type { Verksamhetsform } from "../../data/index.ts";
import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import { capitalise } from "../wording.ts";
import { type AreaGroup, type AreaType, type Leading } from "../../stats/index.ts";
import type { AreaFinding, Catalogue } from "../sv/index.ts";
import { formLabel } from "./forms.ts";
import { areaTypeIn } from "./shared.ts";

export const areaTypeLabel: Readonly<Record<AreaType, string>> = {
  1: "Areas with major socio-economic challenges",
  2: "Areas with socio-economic challenges",
  3: "Socio-economically mixed areas",
  4: "Areas with good socio-economic conditions",
  5: "Areas with very good socio-economic conditions",
};

export const areaTypes = {
  intro: [
    "The Delegation against Segregation (Delmos) and Statistics Sweden divide the country's small statistical areas (RegSO) into five area types by the socio-economic circumstances of the people who live there, such as income, education and employment. Types 1 and 2 are areas with socio-economic challenges, type 3 mixed areas, and types 4 and 5 areas with good conditions.",
  ],
  assigned: (missing: number, total: number) =>
    missing === total
      ? null
      : missing === 0
        ? total === 1
          ? "The unit has the area type of the area it is in."
          : "Each unit has the area type of the area it is in."
        : `The units have the area type of the area they are in, except ${f.count(missing, nouns.verksamhet)} for which it is not known. Shares are still calculated on all units.`,
  finding: (finding: AreaFinding): string => {
    if (finding.known === 0) return areaTypes.allMissing;
    const { leading } = finding;
    const lead =
      leading.kind === "one"
        ? `The most common area type is ${areaTypeIn(leading.key)}, with ${f.percent(finding.typeShare[leading.key])} of the units.`
        : areaTypes.tie(leading, finding.typeShare);
    return `${lead} Of all units, ${f.percent(finding.challenges)} are in areas with socio-economic challenges (types 1–2) and ${f.percent(finding.good)} in areas with good conditions (types 4–5).`;
  },
  tie: (leading: Leading<AreaType>, typeShare: Readonly<Record<AreaType, number>>) =>
    leading.kind === "tie"
      ? `${capitalise(f.list(leading.keys.map(areaTypeIn)))} are equally common, with ${f.percent(typeShare[leading.keys[0] ?? 1])} of the units each.`
      : "",
  allMissing:
    "The area type is not known for any of the units, so how they are distributed across area types cannot be reported.",
  whyHeading: "Why the area type matters",
  why: [
    "The goal of Swedish public health policy is good and equitable health across the whole population. That calls for measures that reach everyone but are given on a larger scale where needs are greatest – known as proportionate universalism.",
    "A family centre works that way: open to all expectant parents and families with children, and at the same time a place where families who need more support can get it early. A family centre in an area with socio-economic challenges can help to reduce inequalities in health.",
  ],
  chartTitle: "Units by area type",
  chartSummary: (parts: string, group: string) =>
    `Bar chart of the share of units in each area type: ${parts}. ${group}.`,
  byFormTitle: "Area type by type of service",
  byFormCaption: (familjecentraler: number, liknande: number) =>
    `Of the family centres, ${f.percent(familjecentraler)} are in areas with socio-economic challenges, and of the family-centre-like services, ${f.percent(liknande)}.`,
  byFormOneForm: (form: Verksamhetsform) =>
    `All units in the survey are ${formLabel[form].other}, so area types cannot be compared between the two types of service.`,
  byFormSummary: (forms: readonly string[]) =>
    `Bar chart of area type by type of service. ${forms.join(" ")}`,
  byFormPart: (form: string, parts: string) => `${form}: ${parts}.`,
  part: (label: string, share: string) => `${label} ${share}`,
  partCount: (label: string, share: string, count: string) => `${label} ${share} (${count})`,
  table: {
    caption: "Units by area type (Delmos, Statistics Sweden)",
    type: "Area type",
    count: "Number",
    share: "Share",
    group: "Group",
    total: "Total",
    missing: "Not known",
  },
  byFormTable: {
    caption: "Share of units by area type and type of service",
    group: "Area type",
  },
};

export const areaGroupLabel: Catalogue["areaGroupLabel"] = {
  utmaningar: "Socio-economic challenges (types 1–2)",
  blandade: "Socio-economically mixed (type 3)",
  goda: "Good conditions (types 4–5)",
  saknas: "Not known",
} satisfies Readonly<Record<AreaGroup | "saknas", string>>;
