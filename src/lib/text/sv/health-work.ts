import type { Malgrupp } from "../../data/index.ts";
import { formatList, formatPercent } from "../../format.ts";
import { type Leading, type Partner } from "../../stats/index.ts";

export const partnerLabel: Readonly<Record<Partner, string>> = {
  bibliotek: "Bibliotek",
  forskola: "Förskola",
  tandvard: "Tandvård",
  psykolog: "Mödra- och barnhälsovårdspsykolog",
};

/** The partners inside a sentence, short and lower-case: "bibliotek, förskola, tandvård och psykolog". */
export const partnerShort: Readonly<Record<Partner, string>> = {
  bibliotek: "bibliotek",
  forskola: "förskola",
  tandvard: "tandvård",
  psykolog: "psykolog",
};

export const ageGroupLabel: Readonly<Record<Malgrupp, string>> = {
  "0-6": "0–6 år",
  "0-12": "0–12 år",
  "0-18": "0–18 år",
};

export const healthWork = {
  intro:
    "Familjecentralerna är en arena för hälsofrämjande och förebyggande arbete i vardagen. Genom att många yrken finns på samma plats kan svårigheter upptäckas tidigt och stöd sättas in innan problemen växer, vilket bidrar till trygga uppväxtvillkor.",
  /** The main age group: a majority, else the most common, else a tie. */
  ageFocus: (p: {
    majority: Malgrupp | null;
    leading: Leading<Malgrupp>;
    share: Readonly<Record<Malgrupp, number>>;
  }): string | null => {
    if (p.majority !== null) {
      return p.share[p.majority] === 1
        ? `Alla verksamheter har barn ${ageGroupLabel[p.majority]} som huvudsaklig målgrupp.`
        : `Arbetet riktar sig främst till barn ${ageGroupLabel[p.majority]}: ${formatPercent(p.share[p.majority])} av verksamheterna har dem som huvudsaklig målgrupp.`;
    }
    const { leading } = p;
    if (leading.kind === "one") {
      return `Den vanligaste huvudsakliga målgruppen är barn ${ageGroupLabel[leading.key]}, för ${formatPercent(p.share[leading.key])} av verksamheterna; ingen målgrupp gäller för mer än hälften.`;
    }
    if (leading.kind === "tie") {
      return `Barn ${formatList(leading.keys.map((key) => ageGroupLabel[key]))} är lika vanliga som huvudsaklig målgrupp, för ${formatPercent(p.share[leading.keys[0] ?? "0-6"])} av verksamheterna vardera.`;
    }
    return null;
  },
  /** Partners a majority collaborates with; else the most common partner, a tie, or none at all. */
  collaboration: (p: {
    units: number;
    majority: readonly Partner[];
    leading: Leading<Partner>;
    share: Readonly<Record<Partner, number>>;
  }): string => {
    const named = (partner: Partner) =>
      `${partnerShort[partner]} (${formatPercent(p.share[partner])})`;
    if (p.majority.length > 0) {
      const list = formatList(p.majority.map(named));
      return p.units === 1
        ? `Arbetet sker också tillsammans med andra. Verksamheten samverkar med ${list}.`
        : `Arbetet sker också tillsammans med andra. En majoritet av verksamheterna samverkar med ${list}.`;
    }
    const { leading } = p;
    if (leading.kind === "none") {
      return "Ingen av verksamheterna uppger samverkan med någon av de parter som kartläggningen frågade om.";
    }
    const most =
      leading.kind === "one"
        ? `Vanligast är samverkan med ${named(leading.key)}.`
        : `Vanligast är samverkan med ${formatList(leading.keys.map((key) => partnerShort[key]))}, med ${formatPercent(leading.antal / p.units)} vardera.`;
    return `Ingen samverkanspart når mer än hälften av verksamheterna. ${most}`;
  },
  chartTitle: "Samverkan med andra verksamheter",
  chartSummary: (parts: string) =>
    `Stapeldiagram över andelen verksamheter som samverkar med olika parter: ${parts}.`,
  table: {
    caption: "Andel verksamheter som samverkar med respektive part",
    partner: "Samverkanspart",
    count: "Antal",
    share: "Andel",
  },
  ageTable: {
    caption: "Verksamheter efter huvudsaklig målgrupp",
    group: "Målgrupp (barnens ålder)",
    count: "Antal",
    share: "Andel",
  },
} as const;
