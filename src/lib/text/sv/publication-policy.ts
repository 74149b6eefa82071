import type { ColumnRule, SurveyAnswer } from "../../data/index.ts";
import { DEFAULT_MIN_GROUP } from "../../data/publication-policy.ts";
import { nouns } from "../nouns.ts";
import { formatCount, formatInteger, formatList } from "../../format.ts";
import { capitalise } from "../wording.ts";
import { type PolicyGroups, type Withheld } from "../../stats/index.ts";

/** The survey's answers about a unit, as a reader names them. */
export const answerLabel: Readonly<Record<SurveyAnswer, string>> = {
  omradestyp: "områdestyp",
  malgrupp: "huvudsaklig målgrupp",
  mvc: "mödrahälsovård",
  bvc: "barnhälsovård",
  oppen_forskola: "öppen förskola",
  socialtjanst: "förebyggande socialtjänst",
  samverkan_bibliotek: "samverkan med bibliotek",
  samverkan_forskola: "samverkan med förskola",
  samverkan_tandvard: "samverkan med tandvård",
  samverkan_psykolog: "samverkan med psykolog",
};

/** What the publication policy (data/publicering.csv) means, for readers and for the steward. */
export const publicationPolicy = {
  /** How one answer is published, after "uppgiften …". */
  rule: (rule: ColumnRule) =>
    rule.publish === "per_verksamhet"
      ? "visas för varje verksamhet"
      : rule.publish === "sammanstallning"
        ? `visas bara i sammanställningar över minst ${formatCount(rule.minGroup, nouns.verksamhet)}`
        : "publiceras inte",
  heading: "Uppgifter om enskilda verksamheter",
  intro:
    "Kartläggningens svar om enskilda verksamheter är inte offentliga. Rapporten visar varje verksamhets namn, kommun, verksamhetsform och läge, som myndigheterna själva gör på sin karta. Vad den visar av kartläggningens svar bestäms av en publiceringsregel i datan:",
  table: {
    caption: "Hur kartläggningens svar om verksamheterna publiceras",
    column: "Kolumn",
    meaning: "Uppgift",
    how: "Publiceras",
  },
  how: (rule: ColumnRule) => capitalise(publicationPolicy.rule(rule)),
  /** What `npm run check:data` and the build say about the policy before anything is published. */
  steward: {
    heading: (file: string | null) =>
      file === null
        ? `Publiceringsregel: data/publicering.csv saknas, så den säkra regeln gäller (alla svar bara i sammanställningar över minst ${formatCount(DEFAULT_MIN_GROUP, nouns.verksamhet)}).`
        : `Publiceringsregel (${file}):`,
    perUnit: (columns: readonly string[]) => `  - visas per verksamhet: ${columns.join(", ")}`,
    aggregate: (minGroup: number, columns: readonly string[]) =>
      `  - bara i sammanställningar över minst ${formatCount(minGroup, nouns.verksamhet)}: ${columns.join(", ")}`,
    never: (columns: readonly string[]) => `  - publiceras aldrig: ${columns.join(", ")}`,
    hidden: (count: number) =>
      count === 0
        ? '  - inga uppgifter döljs med ".."'
        : `  - ${formatCount(count, nouns.sammanstallning)} visas inte (".." eller en mening i stället):`,
    place: (place: string, units: number, why: string) =>
      `      ${place} (${formatCount(units, nouns.verksamhet)}): ${why}`,
    why: (w: Withheld) =>
      w.withheld === "not-published"
        ? "publiceras aldrig"
        : w.withheld === "small-group"
          ? `färre än ${formatInteger(w.minGroup)}`
          : "dold för att en mindre grupp inte ska kunna räknas fram ur summan",
    places: {
      areaTypes: "områdestyp i hela landet",
      ageGroups: "målgrupp i hela landet",
      collaboration: (partner: string) => `samverkan med ${partner} i hela landet`,
      byForm: (form: string) => `områdestyp för ${form}`,
      regionAreaTypes: (region: string) => `områdestyp i ${region}`,
    },
  },
  dots: "Där en sammanställning skulle bygga på färre verksamheter än så, eller en sådan siffra skulle kunna räknas fram ur en summa bredvid, står två punkter (..) i stället för siffran, som i den officiella statistiken.",
  /** The policy in one or two sentences, for the report's method text. */
  method: (groups: PolicyGroups) =>
    [
      "Kartläggningens svar om enskilda verksamheter är inte offentliga.",
      ...groups.aggregate.map(
        (group) =>
          `Uppgifter om ${formatList(group.answers.map((a) => answerLabel[a]))} redovisas bara i sammanställningar över minst ${formatCount(group.minGroup, nouns.verksamhet)}; bygger en uppgift på färre står två punkter (..) i stället.`,
      ),
      ...(groups.never.length === 0
        ? []
        : [`Uppgifter om ${formatList(groups.never.map((a) => answerLabel[a]))} publiceras inte.`]),
      ...(groups.perUnit.length === 0
        ? []
        : [
            `${capitalise(formatList(groups.perUnit.map((a) => answerLabel[a])))} visas för varje verksamhet.`,
          ]),
    ].join(" "),
} as const;

/**
 * What the report says where the publication policy keeps a figure back: the
 * ".." in a table or a chart and the words that explain it, and the sentence
 * that replaces a figure withheld as a whole.
 */
export const withheld = {
  mark: "..",
  legend: (w: Withheld) =>
    w.withheld === "not-published"
      ? "..: uppgiften publiceras inte"
      : w.withheld === "small-group"
        ? `..: färre än ${formatInteger(w.minGroup)} verksamheter, uppgiften visas inte`
        : `..: uppgiften visas inte, så att en grupp med färre än ${formatInteger(w.minGroup)} verksamheter inte kan räknas fram ur summan`,
  /** A figure withheld as a whole, e.g. topic "samverkan". */
  sentence: (topic: string, w: Withheld) =>
    w.withheld === "not-published"
      ? `Uppgifter om ${topic} publiceras inte i rapporten.`
      : w.withheld === "small-group"
        ? `Uppgifter om ${topic} visas inte, eftersom de skulle bygga på färre än ${formatInteger(w.minGroup)} verksamheter.`
        : `Uppgifter om ${topic} visas inte, eftersom en grupp med färre än ${formatInteger(w.minGroup)} verksamheter annars skulle kunna räknas fram.`,
  topics: {
    areaTypes: "områdestyp",
    byForm: "områdestyp per verksamhetsform",
    ageGroups: "huvudsaklig målgrupp",
    collaboration: "samverkan",
    regionAreaTypes: (region: string) => `områdestyp i ${region}`,
  },
  /** A chart's accessible text for a bar it leaves out. */
  part: (label: string) => `${label} visas inte`,
} as const;
