import type { Malgrupp } from "../../data/index.ts";
import { english as f } from "../../format.ts";
import { type Leading, type Partner } from "../../stats/index.ts";
import type { Catalogue } from "../sv/index.ts";

export const partnerLabel: Readonly<Record<Partner, string>> = {
  bibliotek: "Library",
  forskola: "Preschool",
  tandvard: "Dental care",
  psykolog: "Antenatal and child health psychologist",
};

/** The partners inside a sentence, lower-case. */
export const partnerShort: Readonly<Record<Partner, string>> = {
  bibliotek: "libraries",
  forskola: "preschools",
  tandvard: "dental care",
  psykolog: "psychologists",
};

export const ageGroupLabel: Readonly<Record<Malgrupp, string>> = {
  "0-6": "0–6 years",
  "0-12": "0–12 years",
  "0-18": "0–18 years",
};

export const healthWork: Catalogue["healthWork"] = {
  intro:
    "Family centres are a setting for everyday health-promoting and preventive work. With many professions in one place, difficulties can be noticed early and support given before problems grow, which helps children grow up in secure conditions.",
  ageFocus: (p: {
    majority: Malgrupp | null;
    leading: Leading<Malgrupp>;
    share: Readonly<Record<Malgrupp, number>>;
  }): string | null => {
    if (p.majority !== null) {
      return p.share[p.majority] === 1
        ? `Every unit has children aged ${ageGroupLabel[p.majority]} as its main target group.`
        : `The work is aimed mainly at children aged ${ageGroupLabel[p.majority]}: ${f.percent(p.share[p.majority])} of the units have them as their main target group.`;
    }
    const { leading } = p;
    if (leading.kind === "one") {
      return `The most common main target group is children aged ${ageGroupLabel[leading.key]}, for ${f.percent(p.share[leading.key])} of the units; no target group applies to more than half.`;
    }
    if (leading.kind === "tie") {
      return `Children aged ${f.list(leading.keys.map((key) => ageGroupLabel[key]))} are equally common as the main target group, for ${f.percent(p.share[leading.keys[0] ?? "0-6"])} of the units each.`;
    }
    return null;
  },
  collaboration: (p: {
    units: number;
    majority: readonly Partner[];
    leading: Leading<Partner>;
    share: Readonly<Record<Partner, number>>;
  }): string => {
    const named = (partner: Partner) => `${partnerShort[partner]} (${f.percent(p.share[partner])})`;
    if (p.majority.length > 0) {
      const list = f.list(p.majority.map(named));
      return p.units === 1
        ? `The work is also done together with others. The unit works with ${list}.`
        : `The work is also done together with others. A majority of the units work with ${list}.`;
    }
    const { leading } = p;
    if (leading.kind === "none") {
      return "None of the units reports working with any of the partners the survey asked about.";
    }
    const most =
      leading.kind === "one"
        ? `Working with ${named(leading.key)} is the most common.`
        : `Working with ${f.list(leading.keys.map((key) => partnerShort[key]))} is the most common, at ${f.percent(leading.antal / p.units)} each.`;
    return `No partner reaches more than half of the units. ${most}`;
  },
  chartTitle: "Working with other services",
  chartSummary: (parts: string) =>
    `Bar chart of the share of units that work with each partner: ${parts}.`,
  table: {
    caption: "Share of units that work with each partner",
    partner: "Partner",
    count: "Number",
    share: "Share",
  },
  ageTable: {
    caption: "Units by main target group",
    group: "Target group (children's age)",
    count: "Number",
    share: "Share",
  },
};
