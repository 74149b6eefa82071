import type { Verksamhetsform } from "../../data/index.ts";
import { nouns } from "../nouns.ts";
import { formatCount, formatList, formatPercent } from "../../format.ts";
import { type AreaGroup, type AreaType, type Leading } from "../../stats/index.ts";
import { formLabel } from "./forms.ts";
import { areaTypeIn } from "./shared.ts";

/** The area-type figures a finding is worded from. */
export interface AreaFinding {
  /** The most common area type, a tie, or none (ReportStatements.leadingAreaType). */
  readonly leading: Leading<AreaType>;
  /** Each area type's share of all units, 0..1. */
  readonly typeShare: Readonly<Record<AreaType, number>>;
  /** The shares of all units in types 1–2 and 4–5. */
  readonly challenges: number;
  readonly good: number;
  /** Units with a known area type; zero when every unit's type is missing. */
  readonly known: number;
}

export const areaTypeLabel: Readonly<Record<AreaType, string>> = {
  1: "Områden med stora socioekonomiska utmaningar",
  2: "Områden med socioekonomiska utmaningar",
  3: "Socioekonomiskt blandade områden",
  4: "Områden med goda socioekonomiska förutsättningar",
  5: "Områden med mycket goda socioekonomiska förutsättningar",
};

export const areaGroupLabel: Readonly<Record<AreaGroup | "saknas", string>> = {
  utmaningar: "Socioekonomiska utmaningar (typ 1–2)",
  blandade: "Socioekonomiskt blandade (typ 3)",
  goda: "Goda förutsättningar (typ 4–5)",
  saknas: "Uppgift saknas",
};

export const areaTypes = {
  intro: [
    "Delegationen mot segregation (Delmos) och SCB delar in landets små statistikområden (RegSO) i fem områdestyper efter de boendes socioekonomiska förhållanden, som inkomster, utbildning och sysselsättning. Typ 1 och 2 är områden med socioekonomiska utmaningar, typ 3 är blandade områden och typ 4 och 5 är områden med goda förutsättningar.",
  ],
  /**
   * How the units got their area type, and for how many it is missing; null when
   * it is missing for all (the finding says so).
   */
  assigned: (missing: number, total: number) =>
    missing === total
      ? null
      : missing === 0
        ? total === 1
          ? "Verksamheten har fått områdestypen för det område där den ligger."
          : "Varje verksamhet har fått områdestypen för det område där den ligger."
        : `Verksamheterna har fått områdestypen för det område där de ligger, utom ${formatCount(missing, nouns.verksamhet)} där uppgiften saknas. Andelarna räknas ändå på samtliga verksamheter.`,
  /** The chart's caption: the most common type (or a tie), then the two outer groups. */
  finding: (finding: AreaFinding): string => {
    if (finding.known === 0) return areaTypes.allMissing;
    const { leading } = finding;
    const lead =
      leading.kind === "one"
        ? `Den vanligaste områdestypen är ${areaTypeIn(leading.key)}, med ${formatPercent(finding.typeShare[leading.key])} av verksamheterna.`
        : areaTypes.tie(leading, finding.typeShare);
    return `${lead} Av verksamheterna ligger ${formatPercent(finding.challenges)} i områden med socioekonomiska utmaningar (typ 1–2) och ${formatPercent(finding.good)} i områden med goda förutsättningar (typ 4–5).`;
  },
  /** Two or more types equally common: nobody is "the most common". */
  tie: (leading: Leading<AreaType>, typeShare: Readonly<Record<AreaType, number>>) =>
    leading.kind === "tie"
      ? `Lika vanliga är ${formatList(leading.keys.map(areaTypeIn))}, med ${formatPercent(typeShare[leading.keys[0] ?? 1])} av verksamheterna vardera.`
      : "",
  allMissing:
    "Uppgift om områdestyp saknas för samtliga verksamheter, så deras fördelning på områdestyper kan inte redovisas.",
  whyHeading: "Varför områdestypen spelar roll",
  why: [
    "Målet för folkhälsopolitiken är en god och jämlik hälsa i hela befolkningen. Det kräver insatser som når alla, men som också ges i större omfattning där behoven är störst – det som kallas proportionell universalism.",
    "Familjecentralen är en sådan verksamhet: öppen för alla blivande föräldrar och barnfamiljer, och samtidigt en plats där familjer som behöver mer stöd kan få det tidigt. Där en familjecentral finns i ett område med socioekonomiska utmaningar kan den bidra till att minska skillnader i hälsa.",
  ],
  chartTitle: "Verksamheter efter områdestyp",
  chartSummary: (parts: string, group: string) =>
    `Stapeldiagram över andelen verksamheter per områdestyp: ${parts}. ${group}.`,
  byFormTitle: "Områdestyp efter verksamhetsform",
  byFormCaption: (familjecentraler: number, liknande: number) =>
    `I områden med socioekonomiska utmaningar ligger ${formatPercent(familjecentraler)} av familjecentralerna och ${formatPercent(liknande)} av de familjecentralsliknande verksamheterna.`,
  /** Instead of the by-form chart when one form has no units: there is nothing to compare. */
  byFormOneForm: (form: Verksamhetsform) =>
    `Alla verksamheter i kartläggningen är ${formLabel[form].other}, så områdestyperna kan inte jämföras mellan verksamhetsformerna.`,
  byFormSummary: (forms: readonly string[]) =>
    `Stapeldiagram över områdestyp efter verksamhetsform. ${forms.join(" ")}`,
  /** One form's bars in the by-form chart's text alternative. */
  byFormPart: (form: string, parts: string) => `${form}: ${parts}.`,
  part: (label: string, share: string) => `${label} ${share}`,
  /** A bar in a chart's text alternative, with the count its share is of. */
  partCount: (label: string, share: string, count: string) => `${label} ${share} (${count})`,
  table: {
    caption: "Verksamheter efter områdestyp (Delmos/SCB)",
    type: "Områdestyp",
    count: "Antal",
    share: "Andel",
    group: "Grupp",
    total: "Totalt",
    missing: "Uppgift saknas",
  },
  byFormTable: {
    caption: "Andel verksamheter efter områdestyp och verksamhetsform",
    group: "Områdestyp",
  },
} as const;
