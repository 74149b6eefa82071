/**
 * Reader-facing text, in Swedish, in one place. No figure from the data is ever
 * written here: functions take the figures (formatted through `format.ts`) and,
 * where the data decides what may be said, the statement `stats` computed
 * (a leader, a tie, a majority, a direction), and word the sentence to match.
 */
import { openData } from "./text/sv/open-data.ts";

export { openData };
import { share } from "./text/sv/share.ts";
import type {
  CalendarDate,
  ColumnRule,
  Malgrupp,
  SurveyAnswer,
  Verksamhetsform,
} from "./data/index.ts";
import { DEFAULT_MIN_GROUP } from "./data/publication-policy.ts";
import { accessibilityStatement } from "./text/sv/accessibility-statement.ts";
import { nouns } from "./nouns.ts";
import { surveyChange } from "./text/sv/survey-change.ts";
import {
  formatCalendarDate,
  formatCount,
  formatInteger,
  formatList,
  formatPercent,
  nounFor,
  swedish,
  type Formatter,
  type Noun,
} from "./format.ts";
import { mapExplorer, unitFields, unitTitle } from "./interactive-strings.ts";
import { mapKey } from "./text/sv/map-key.ts";
import {
  capitalise,
  changeInWords,
  EMPTY_REGIONS_NAMED,
  formBreakdownIn,
  formCountsIn,
  markKeyIn,
  lowerFirst,
  shareInWordsOf,
  type FormWords,
} from "./wording.ts";
import {
  type AreaGroup,
  type AreaType,
  type Change,
  type CheckedFigure,
  type Coverage,
  type FormCounts,
  type Fraction,
  type Leading,
  type PublishedCheck,
  type Partner,
  type PolicyGroups,
  type Qualifier,
  type Withheld,
} from "./stats/index.ts";

export const site = {
  lang: "sv",
  /** For og:locale. */
  locale: "sv_SE",
  /** The header's link to the page in the other language, in that language. */
  counterpart: { text: "In English", lang: "en" },
  title: (year: string) => `Familjecentraler i Sverige ${year}`,
  subtitle: "Nationell kartläggning av familjecentraler och familjecentralsliknande verksamheter",
  skipLink: "Hoppa till innehållet",
  description: (year: string, units: number, kommuner: number) =>
    `Kartläggningen ${year} av familjecentraler och familjecentralsliknande verksamheter i Sverige: ${formatCount(units, nouns.verksamhet)} i ${formatCount(kommuner, nouns.kommun)}.`,
} as const;

export { nouns } from "./nouns.ts";
export { kommunSearch, mapExplorer, unitFields, unitTitle } from "./interactive-strings.ts";

/** The report's sections in reading order; `id` is the permalink anchor and never changes. */
export const sections = [
  { id: "sammanfattning", title: "Sammanfattning" },
  { id: "om-uppdraget", title: "Om uppdraget" },
  { id: "utveckling", title: "Utvecklingen sedan förra kartläggningen" },
  { id: "geografisk-spridning", title: "Geografisk spridning" },
  { id: "omradestyper", title: "Områdestyper" },
  { id: "halsoframjande-arbete", title: "Hälsofrämjande och förebyggande arbete" },
  { id: "forslag", title: "Förslag" },
  { id: "om-data", title: "Om data och metod" },
  { id: "kallor", title: "Källor" },
] as const;
export type SectionId = (typeof sections)[number]["id"];

export const toc = {
  heading: "Innehåll",
  permalink: (title: string) => `Länk till avsnittet ${title}`,
} as const;

export const formLabel: Readonly<Record<Verksamhetsform, Noun>> = {
  familjecentral: { one: "familjecentral", other: "familjecentraler" },
  familjecentralsliknande: {
    one: "familjecentralsliknande verksamhet",
    other: "familjecentralsliknande verksamheter",
  },
};

/** "Verksamheten" or "Verksamheterna", agreeing with how many units there are. */
const theUnits = (count: number): string => capitalise(nounFor(count, nouns.verksamhetDefinite));

const formWords: FormWords = {
  format: swedish,
  formLabel,
  unit: nouns.verksamhet,
  and: "och",
  none: "ingen",
};

/**
 * Units by form in words: "153 familjecentraler och 93 familjecentralsliknande
 * verksamheter", or, when one form has none, "6 familjecentralsliknande
 * verksamheter och ingen familjecentral".
 */
export const formCounts = (units: FormCounts): string => formCountsIn(units, formWords);

/** What the map's marks stand for: "Rosa cirklar: 153 familjecentraler; gröna trianglar: …". */
const markKey = (units: FormCounts): string =>
  markKeyIn(units, formWords, {
    familjecentral: "rosa cirklar",
    familjecentralsliknande: "gröna trianglar",
  });

/** The total first when both forms occur: "246 verksamheter: 153 familjecentraler och …". */
export const formBreakdown = (units: FormCounts): string => formBreakdownIn(units, formWords);

/** A share rounded to a simple fraction in words, from `approximateShare`. */
const fractionWords: Readonly<Record<Fraction, string>> = {
  tiondel: "en tiondel",
  femtedel: "en femtedel",
  fjardedel: "en fjärdedel",
  tredjedel: "en tredjedel",
  halften: "hälften",
  tvaTredjedelar: "två tredjedelar",
  treFjardedelar: "tre fjärdedelar",
};
const qualifierWords: Readonly<Record<Qualifier, string>> = {
  ungefar: "ungefär",
  drygt: "drygt",
  knappt: "knappt",
};

/** "drygt en tredjedel (35,4 %)", or "35,4 %" when no simple fraction fits the share. */
const shareInWords = (share: number): string =>
  shareInWordsOf(share, { format: swedish, fraction: fractionWords, qualifier: qualifierWords });

/** Short column headings for the two forms, for tables and chart legends. */
export const formShort: Readonly<Record<Verksamhetsform | "total", string>> = {
  familjecentral: "Familjecentraler",
  familjecentralsliknande: "Familjecentralsliknande",
  total: "Totalt",
};

/** ("ökat", "115 verksamheter (+87,8 %)"), ("minskat", "1 verksamhet"), or null when unchanged. */
const changeWords = (change: Change) =>
  changeInWords(change, { format: swedish, unit: nouns.verksamhet, up: "ökat", down: "minskat" });

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

/** "Socioekonomiskt blandade områden (typ 3)", lower-cased for use inside a sentence. */
const areaTypeIn = (typ: AreaType) => `${lowerFirst(areaTypeLabel[typ])} (typ ${typ})`;

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

/** "i juni 2022" for a month, "den 29 september 2023" for a day. */
const onDate = (date: CalendarDate) =>
  `${date.day === null ? "i" : "den"} ${formatCalendarDate(date)}`;

export const assignment = {
  /** `publishers`: the survey's publishers as one phrase (publikationer.csv); null when the data name none. */
  assigned: (date: CalendarDate | null, publishers: string | null) => {
    const task =
      "kartlägga och analysera familjecentraler och familjecentralsliknande verksamheter i landet, och att föreslå hur verksamheterna kan stödjas och utvecklas vidare";
    if (date !== null)
      return `${capitalise(onDate(date))} gav regeringen ${publishers === null ? "" : `${publishers} `}i uppdrag att ${task}.`;
    return publishers === null
      ? "Familjecentraler och familjecentralsliknande verksamheter i landet har kartlagts och analyserats, med förslag på hur verksamheterna kan stödjas och utvecklas vidare."
      : `${publishers} har kartlagt och analyserat familjecentraler och familjecentralsliknande verksamheter i landet och föreslår hur verksamheterna kan stödjas och utvecklas vidare.`;
  },
  reported: (date: CalendarDate) => `Myndigheterna redovisade uppdraget ${onDate(date)}.`,
  definitionsHeading: "Två verksamhetsformer",
  definitions: [
    {
      term: "Familjecentral",
      description:
        "Samlar mödrahälsovård, barnhälsovård, öppen förskola och socialtjänst med förebyggande inriktning under samma tak.",
    },
    {
      term: "Familjecentralsliknande verksamhet",
      description:
        "Har barnhälsovård och minst en kommunal verksamhet, till exempel öppen förskola eller förebyggande socialtjänst, men inte alla fyra delarna.",
    },
  ],
  purpose:
    "Tanken är att familjen ska hitta samhällets stöd på ett ställe, nära och lätt att nå, med barnets bästa i centrum och med en väg vidare till rätt hjälp när det behövs.",
} as const;

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

export const geography = {
  text: (p: {
    units: number;
    kommuner: number;
    kommunTotal: number;
    regioner: number;
    regionTotal: number;
    without: readonly string[];
  }) =>
    `${theUnits(p.units)} finns i ${formatInteger(p.kommuner)} av ${formatCount(p.kommunTotal, nouns.kommun)} och i ` +
    (p.without.length === 0
      ? `alla ${formatCount(p.regionTotal, nouns.region)}.`
      : `${formatInteger(p.regioner)} av ${formatCount(p.regionTotal, nouns.region)}. Det finns ingen verksamhet i ${formatList(p.without)}.`),
  regionIndex: "Alla regioner, med en sida per region",
  kommunFinder: "Hitta din kommun: alla kommuner från A till Ö",
  mapTitle: "Familjecentraler och familjecentralsliknande verksamheter i Sverige",
  table: {
    caption: "Verksamheter per region, efter verksamhetsform, och kommuner med minst en verksamhet",
    region: "Region",
    total: "Totalt",
    kommuner: "Kommuner med verksamhet",
    kommunerOf: (withUnits: string, total: string) => `${withUnits} av ${total}`,
    none: "Ingen verksamhet",
    country: "Hela landet",
    /**
     * The forms as column headers, with soft hyphens where the compounds may
     * break: printed beside the map the columns are narrower than the words.
     */
    forms: {
      familjecentral: "Familje\u00adcentraler",
      familjecentralsliknande: "Familje\u00adcentrals\u00adliknande",
    },
  },
} as const;

export const map = {
  caption: (p: { units: FormCounts; without: readonly string[] }) =>
    `Verksamheterna i Sveriges regioner. ${markKey(p.units)}.` +
    (p.without.length === 0
      ? ""
      : p.without.length === 1
        ? ` Den streckade regionen saknar verksamhet: ${formatList(p.without)}.`
        : p.without.length > EMPTY_REGIONS_NAMED
          ? ` De ${formatInteger(p.without.length)} streckade regionerna saknar verksamhet.`
          : ` Streckade regioner saknar verksamhet: ${formatList(p.without)}.`),
  summary: (p: { units: FormCounts; regioner: number; without: readonly string[] }) =>
    `Karta över Sverige med ${formatCount(p.units.total, nouns.verksamhet)} i ${formatCount(p.regioner, nouns.region)}: ${formCounts(p.units)}.` +
    (p.without.length === 0 ? "" : ` Ingen verksamhet finns i ${formatList(p.without)}.`),
  /** After the summary of the report's map: where its numbers are, since it has too many to read out. */
  tableRef: (table: string) => ` Antalet verksamheter i varje region står i ${table}.`,
  formLegend: (label: string, count: string) => `${label} (${count})`,
  withoutUnits: (names: readonly string[]) =>
    names.length > EMPTY_REGIONS_NAMED
      ? `Ingen verksamhet (${formatCount(names.length, nouns.region)})`
      : `Ingen verksamhet: ${formatList(names)}`,
} as const;

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

export const proposals = {
  /** The current survey has no proposals of its own (src/content/forslag/<år>/) yet. */
  notYetPublished: (year: string) =>
    `Förslagen som hör till kartläggningen ${year} är ännu inte publicerade. Förslag från tidigare kartläggningar visas inte här, eftersom de gällde en annan tid.`,
  intro:
    "För att arbetet ska bli strukturerat, uthålligt och långsiktigt behöver verksamheterna stöd på lokal, regional och nationell nivå, med ansvariga aktörer som organiserar och stöttar arbetet på varje nivå. Myndigheterna föreslår följande.",
} as const;

export const aboutData = {
  sourcesHeading: "Underlag",
  sources: (year: string, earlierYears: readonly string[]) =>
    `Rapporten bygger på kartläggningen ${year} av familjecentraler och familjecentralsliknande verksamheter` +
    (earlierYears.length === 0
      ? ""
      : earlierYears.length === 1
        ? `, på den tidigare kartläggningen ${formatList(earlierYears)}`
        : `, på de tidigare kartläggningarna ${formatList(earlierYears)}`) +
    " och på SCB:s indelning i kommuner och län. Varje kartläggnings källa anges i tabellen under diagrammet över utvecklingen.",
  definitionsHeading: "Definitioner",
  definitions:
    "En verksamhet räknas som familjecentral om den har mödrahälsovård, barnhälsovård, öppen förskola och förebyggande socialtjänst. Den räknas som familjecentralsliknande om den har barnhälsovård och minst en kommunal verksamhet. Varje verksamhet räknas i den kommun och region där den ligger. Andelar räknas på samtliga verksamheter, också de som saknar uppgift.",
  generatedHeading: "Hur rapporten tas fram",
  generated:
    "Rapporten byggs automatiskt ur kartläggningens datafiler. Varje siffra, tabell och diagram räknas fram ur dem när webbplatsen byggs, och de ord som beskriver siffrorna, som ”vanligast” eller ”en majoritet”, väljs efter vad siffrorna visar. Innan något byggs kontrolleras varje rad i datafilerna.",
  periodHeading: "När kartläggningen gjordes",
  period: (p: { year: string; assigned: CalendarDate | null; reported: CalendarDate | null }) =>
    (p.assigned === null ? "" : `Regeringsuppdraget gavs ${onDate(p.assigned)}. `) +
    (p.reported === null ? "" : `Kartläggningen redovisades ${onDate(p.reported)}. `) +
    `Uppgifterna om verksamheterna avser läget när kartläggningen gjordes, ${p.year}.`,
  downloads: "Alla siffror i rapporten går att ladda ner som CSV och JSON.",
  downloadsLink: "Ladda ner data",
  versionHeading: "Version",
  built: (date: string) => `Byggd ${date}.`,
  version: (version: string) => `Dataversion ${version} (en kontrollsumma över datafilerna).`,
} as const;

export const figure = {
  source: (source: string) => `Källa: ${source}`,
  /** The map's source line: the survey and the base map its borders are drawn from. */
  mapSource: (source: string) =>
    `Källa: ${source}. Kartunderlag: Natural Earth, länsgränser och grannländer, förenklade (public domain).`,
  showTable: "Visa siffrorna som tabell",
} as const;

/** A count the survey published, as the example-data notice names it. */
const publishedFigure = (figure: CheckedFigure, value: number) =>
  figure.measure === "verksamheter"
    ? `${formatCount(value, nouns.verksamhet)}${figure.region === null ? "" : ` i ${figure.region}`}`
    : `${formatCount(value, figure.measure === "kommuner" ? nouns.kommun : nouns.region)} med verksamhet`;

export const exampleData = {
  heading: "Exempeldata",
  body: "Kartläggningens uppgifter om enskilda verksamheter är inte offentliga. Den här versionen av rapporten bygger därför på exempeldata: påhittade verksamheter, med påhittade namn och platser i verkliga kommuner.",
  /** What the example data reproduce of the survey's published figures, as far as the data can tell. */
  claim: (check: PublishedCheck) => {
    switch (check.status) {
      case "equal":
        return `Exempeldatan återger de antal som kartläggningen publicerade: ${formatList(check.figures.map((figure) => publishedFigure(figure, figure.published)))}. Uppgifter om en enskild verksamhet är påhittade.`;
      case "unchecked":
        return "Datan anger inga publicerade siffror från kartläggningen, så det är inte kontrollerat att exempeldatan återger kartläggningens resultat. Uppgifter om en enskild verksamhet är påhittade.";
      case "differs":
        return `Exempeldatan återger inte kartläggningens publicerade siffror: ${formatList(check.differences.map((figure) => `kartläggningen publicerade ${publishedFigure(figure, figure.published)}, exempeldatan har ${figure.actual === null ? "ingen sådan region" : formatInteger(figure.actual)}`))}. Rapportens siffror gäller exempeldatan, inte kartläggningen.`;
    }
  },
  replace:
    "När den verkliga datafilen läggs in byggs rapporten om med samma beräkningar, och den här upplysningen försvinner.",
} as const;

export const footer = {
  dataVersion: (version: string) => `Dataversion ${version}`,
  source: (source: string) => `Källa: ${source}.`,
} as const;

/** The codebook of the downloads: what each column means. */
export const codebook = {
  yesNo: "ja | nej",
  missing: "Uppgift saknas",
  units: { count: "antal", degrees: "grader (WGS84)", years: "år", share: "andel (0–1)" },
  allowed: {
    unique: "unikt värde",
    text: "text",
    count: "heltal, 0 eller mer",
    kommunkod: "4 siffror (SCB)",
    lanskod: "2 siffror (SCB)",
    omradestyp: "1–5, tomt = uppgift saknas",
    omradestypOrMissing: "1–5; tomt på raden för uppgift saknas",
    share: "0–1",
  },
  columns: {
    id: "Verksamhetens identitet",
    namn: "Verksamhetens namn",
    verksamhetsform: "Verksamhetsform enligt kartläggningens definitioner",
    kommunkod: "Kommunkod enligt SCB",
    kommun: "Kommunens namn",
    lanskod: "Länskod enligt SCB",
    region: "Regionens namn",
    lat: "Latitud",
    lon: "Longitud",
    omradestyp:
      "Områdestyp enligt Delmos/SCB: 1 = stora socioekonomiska utmaningar … 5 = mycket goda förutsättningar",
    malgrupp: "Huvudsaklig målgrupp, barnens ålder",
    mvc: "Mödrahälsovård finns i verksamheten",
    bvc: "Barnhälsovård finns i verksamheten",
    oppen_forskola: "Öppen förskola finns i verksamheten",
    socialtjanst: "Förebyggande socialtjänst finns i verksamheten",
    samverkan_bibliotek: "Samverkar med bibliotek",
    samverkan_forskola: "Samverkar med förskola",
    samverkan_tandvard: "Samverkar med tandvård",
    samverkan_psykolog: "Samverkar med mödra- och barnhälsovårdspsykolog",
    familjecentraler: "Antal familjecentraler",
    familjecentralsliknande: "Antal familjecentralsliknande verksamheter",
    verksamheter: "Antal verksamheter (båda formerna)",
    kommunerMedVerksamhet: "Antal kommuner med minst en verksamhet",
    kommunerTotalt: "Antal kommuner",
    beskrivning: "Områdestypens namn",
    andel: "Andel av samtliga verksamheter",
  },
  tables: {
    verksamheter: "Verksamheter (en rad per verksamhet)",
    regioner: "Verksamheter per region",
    kommuner: "Verksamheter per kommun",
    omradestyper: "Verksamheter per områdestyp",
    kodbok: "Kodbok: alla kolumner i filerna",
  },
  /** A column the policy keeps out of a file, as its codebook row describes it. */
  leftOut: (meaning: string, why: string) => `${meaning}. Finns inte i filen: uppgiften ${why}.`,
  codebookColumns: {
    file: "Filen som kolumnen finns i",
    column: "Kolumnens namn",
    meaning: "Vad kolumnen betyder",
    unit: "Enhet",
    allowed: "Tillåtna värden",
  },
} as const;

export const nav = {
  label: "Webbplatsen",
  home: "Rapporten",
  regions: "Regioner",
  kommuner: "Hitta kommun",
  downloads: "Ladda ner data",
  accessibility: "Tillgänglighet",
  easyRead: "Lättläst",
  footerLabel: "Mer om webbplatsen",
} as const;

/** What a citation of the report is made of, in the page's language. */
export interface CitationFacts {
  /** The publishers as one phrase, e.g. "Folkhälsomyndigheten och Socialstyrelsen". */
  readonly publishers: string;
  readonly year: string;
  readonly title: string;
  /** The kind of publication (publikationer.csv), if stated. */
  readonly type: string | null;
  /** The day this edition was built. */
  readonly built: string;
  readonly version: string;
  readonly url: string | null;
}

export const citation = {
  heading: "Citera rapporten",
  authors: ["Folkhälsomyndigheten", "Socialstyrelsen"],
  /**
   * The one citation of the report, on the web and in the PDF alike. Its year is
   * the current survey's report year (kartlaggningar.csv), else the survey's own;
   * the edition is the day this site and its PDF were built from the data.
   */
  text: (p: CitationFacts) =>
    `${p.publishers} (${p.year}). ${p.title}. ${site.subtitle}.${p.type === null ? "" : ` ${p.type}.`} Utgåva ${p.built}, dataversion ${p.version}.${p.url === null ? "" : ` ${p.url}`}`,
} as const;

export const regionPage = {
  title: (region: string, year: string) => `${region} – familjecentraler ${year}`,
  description: (region: string, units: number, year: string) =>
    `Familjecentraler och familjecentralsliknande verksamheter i ${region} enligt kartläggningen ${year}: ${formatCount(units, nouns.verksamhet)}.`,
  breadcrumb: "Du är här",
  lead: (p: { units: FormCounts; kommuner: number; kommunTotal: number }) => {
    const they = p.units.total === 1 ? "Den" : "De";
    const where =
      p.kommunTotal === 1
        ? "i regionens enda kommun"
        : p.kommuner === p.kommunTotal
          ? `i alla regionens ${formatCount(p.kommunTotal, nouns.kommun)}`
          : `i ${formatInteger(p.kommuner)} av regionens ${formatCount(p.kommunTotal, nouns.kommun)}`;
    return `I regionen finns ${formBreakdown(p.units)}. ${they} finns ${where}.`;
  },
  none: (region: string, year: string) =>
    `I kartläggningen ${year} fanns ingen familjecentral och ingen familjecentralsliknande verksamhet i ${region}.`,
  noneContext: (p: {
    withoutCount: number;
    regionTotal: number;
    others: readonly string[];
    /** The regions that have units; never empty, since the survey has at least one unit. */
    withUnits: readonly string[];
    units: number;
  }) => {
    const share =
      `Det gäller ${formatInteger(p.withoutCount)} av landets ${formatCount(p.regionTotal, nouns.region)}` +
      (p.others.length === 0 ? "." : ` – utöver den här även ${formatList(p.others)}.`);
    const rest =
      p.withUnits.length === 1
        ? p.units === 1
          ? `Landets enda verksamhet fanns i ${formatList(p.withUnits)}.`
          : `Landets samtliga ${formatCount(p.units, nouns.verksamhet)} fanns i ${formatList(p.withUnits)}.`
        : `I de övriga ${formatInteger(p.withUnits.length)} regionerna fanns sammanlagt ${formatCount(p.units, nouns.verksamhet)}.`;
    return `${share} ${rest} Det kan finnas andra verksamheter för barnfamiljer i regionen som inte uppfyller kartläggningens definitioner.`;
  },
  mapHeading: "Karta",
  mapTitle: (region: string) => `Verksamheterna i ${region}`,
  mapCaption: (region: string, units: FormCounts) =>
    `${region}. ${markKey(units)}. Angränsande regioner visas blekt.`,
  mapCaptionNone: (region: string) =>
    `${region}, streckad: regionen har ingen verksamhet. Angränsande regioner visas blekt.`,
  mapSummary: (region: string, units: number) =>
    units === 0
      ? `Karta över ${region}, som inte har någon verksamhet.`
      : `Karta över ${region} med ${formatCount(units, nouns.verksamhet)}.`,
  kommunHeading: "Kommunerna i regionen",
  kommunTable: {
    caption: (region: string) => `Verksamheter per kommun i ${region}`,
    kommun: "Kommun",
    none: "Ingen verksamhet",
    total: "Hela regionen",
  },
  areaHeading: "Områdestyper",
  areaText: (p: {
    region: string;
    /** Units in the region with a known area type. */
    known: number;
    challenges: number;
    nationalKnown: number;
    national: number;
  }) =>
    p.known === 0
      ? `Uppgift om områdestyp saknas för samtliga verksamheter i ${p.region}.`
      : `I ${p.region} ligger ${formatPercent(p.challenges)} av verksamheterna i områden med socioekonomiska utmaningar (typ 1–2)` +
        (p.nationalKnown === 0 ? "." : `, jämfört med ${formatPercent(p.national)} i hela landet.`),
  areaTable: {
    /** `withNation`: the table has the nation's shares beside the region's. */
    caption: (region: string, withNation: boolean) =>
      `Verksamheter efter områdestyp i ${region}${withNation ? " och i hela landet" : ""}`,
    type: "Områdestyp",
    count: "Antal i regionen",
    share: "Andel i regionen",
    national: "Andel i hela landet",
  },
  listHeading: "Verksamheterna",
  listTable: {
    caption: (region: string) => `Alla verksamheter i ${region}`,
  },
  exampleNote: "Namn och platser är exempeldata.",
  listTooLong: (count: number) =>
    `Regionen har ${formatCount(count, nouns.verksamhet)}, för många för att lista på sidan.`,
  listDownload: "Ladda ner listan över alla verksamheter",
  back: "Till den nationella rapporten",
  allRegions: "Alla regioner",
} as const;

export const regionIndex = {
  title: (year: string) => `Regioner – familjecentraler ${year}`,
  heading: "Regionerna",
  description: (year: string) =>
    `Familjecentraler och familjecentralsliknande verksamheter per region enligt kartläggningen ${year}.`,
  lead: "Varje region har en egen sida med karta, kommuner, områdestyper och en lista över verksamheterna.",
  item: (units: number) => formatCount(units, nouns.verksamhet),
  itemNone: "ingen verksamhet",
} as const;

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

/** The report as a PDF: the download link, shown only in a build that has the file. */
export const pdf = {
  download: "Ladda ner rapporten som PDF",
  details: (size: string) => `(PDF, ${size})`,
  kilobytes: (value: string) => `${value} kB`,
  megabytes: (value: string) => `${value} MB`,
} as const;

/**
 * The printed page's running footer. CSS generated content cannot read this file,
 * so src/styles/print.css repeats these words; tests/pdf checks that they agree.
 */
export const print = {
  runningTitle: "Familjecentraler i Sverige",
  pageNumber: (page: string, pages: string) => `Sida ${page} av ${pages}`,
} as const;

export const downloadsPage = {
  title: (year: string) => `Ladda ner data – familjecentraler ${year}`,
  description: (year: string) =>
    `Ladda ner siffrorna i rapporten om familjecentraler ${year} som CSV för Excel och statistikprogram, eller som JSON.`,
  heading: "Ladda ner data",
  lead: "Alla siffror i rapporten går att ladda ner. Filerna skapas ur samma data och samma beräkningar som sidorna, varje gång rapporten byggs.",
  flavours:
    "Varje tabell finns i två varianter: för Excel med svenska inställningar (semikolon och decimalkomma, UTF-8 med BOM) och i standardformat (komma och decimalpunkt, UTF-8) för statistikprogram och skript.",
  leadingZeros:
    "Koder som kommunkod och länskod har inledande nollor (0114). Excel tar bort nollorna redan när en CSV-fil öppnas med dubbelklick, och de kommer inte tillbaka om kolumnen formateras som text efteråt. Importera i stället filen (i Excel: Data > Från text/CSV) och ange att kodkolumnerna är text, eller läs filen i ett statistikprogram som behåller koderna som text.",
  exampleData: "Observera att uppgifterna per verksamhet är exempeldata.",
  tablesHeading: "Tabeller",
  rows: (count: number) => formatCount(count, nouns.rad),
  excel: "För Excel",
  standard: "Standard-CSV",
  jsonHeading: "Alla siffror som JSON",
  json: "Alla siffror som visas i rapporten, med dataversion och byggdatum, i en JSON-fil.",
  jsonLink: "siffror.json",
  safety:
    "Textfält som börjar med =, +, - eller @ skrivs med en inledande apostrof, så att inget kalkylprogram tolkar dem som formler.",
  codebookHeading: "Kodbok",
  codebookIntro: "Vad varje kolumn i filerna betyder. Kodboken finns också som fil:",
  codebookCaption: (file: string) => `Kolumner i ${file}`,
  codebookColumns: {
    column: "Kolumn",
    meaning: "Betydelse",
    unit: "Enhet",
    allowed: "Tillåtna värden",
  },
  version: (version: string, date: string) => `Dataversion ${version}, byggd ${date}.`,
} as const;

/** The map when it has more units than it draws one by one: one mark per kommun and form. */
export const mapAggregated = {
  groupTitle: (kommun: string, count: number, form: Noun) =>
    `${kommun}: ${formatCount(count, form)}`,
  caption: (maxPoints: string) =>
    ` Med fler än ${maxPoints} verksamheter visar kartan en symbol per kommun och verksamhetsform, och ju större symbolen är, desto fler verksamheter står den för.`,
} as const;

/**
 * Numbered figures and tables: the label that starts a caption ("Figur 3."), the
 * words a sentence refers to one with ("se figur 3"), and the printed list of them.
 */
export const numbering = {
  label: { figure: (n: string) => `Figur ${n}`, table: (n: string) => `Tabell ${n}` },
  reference: { figure: (n: string) => `figur ${n}`, table: (n: string) => `tabell ${n}` },
  listHeading: "Figurer och tabeller",
  /** The column of page numbers in the printed contents, for screen readers of the PDF. */
  page: "Sida",
} as const;

/** A figure's downloads: the links beside it on screen and the words inside each file. */
export const figureDownloads = {
  label: (figure: string) => `Ladda ner ${figure}`,
  svg: "SVG",
  png: "PNG",
  csvExcel: "Data för Excel (CSV)",
  csvStandard: "Data, standard-CSV",
  /** The line under the figure in the files. */
  source: (source: string) => `Källa: ${source}.`,
  /** What each of the first lines of a figure's CSV holds. */
  note: { figure: "Figur", source: "Källa", version: "Dataversion", publisher: "Utgivare" },
  version: (version: string, built: string) => `Dataversion ${version}, byggd ${built}.`,
  publisher: (publishers: string, report: string) => `${publishers}: ${report}.`,
} as const;

/** The printed report's cover and colophon (the PDF's first and last words). */
export const publication = {
  publishers: citation.authors.join(" och "),
  surveyYear: (year: string) => `Kartläggningen ${year}`,
  colophonHeading: "Om publikationen",
  publishersLabel: "Utgivare",
  webLabel: "Webbversion",
  citeLabel: "Så citerar du rapporten",
  reuseLabel: "Återanvändning",
  reuse:
    "Texten, tabellerna och figurerna får citeras och återanvändas fritt, även i bearbetad form, om källan anges. Kartunderlaget kommer från Natural Earth och är fritt att använda.",
  typeLabel: "Publikationstyp",
  articleNumberLabel: "Artikelnummer",
  isbnLabel: "ISBN",
  registrationLabel: "Diarienummer",
  licenceLabel: "Licens",
  reportedLabel: "Redovisad",
  editionLabel: "Den här utgåvan",
  edition: (built: string) => `Byggd ${built} ur kartläggningens data.`,
  otherEditionLabel: "Sammanfattning på engelska",
  /** Where the other language's edition is: its web address when known, else its PDF file. */
  otherEdition: (url: string | null, file: string) =>
    url === null ? `Finns som PDF-filen ${file}.` : `${url} (PDF: ${file})`,
  versionLabel: "Dataversion",
  version: (version: string) => `${version} (en kontrollsumma över datafilerna)`,
  contactLabel: "Kontakt",
  contact: (address: string) => `Frågor om rapporten och om tillgänglighet: ${address}`,
} as const;

/**
 * Links that lead to another page of the site mean nothing on paper: the
 * printed report says instead where to find it, with the address when known.
 */
export const onPaper = {
  regionPages: (url: string | null) =>
    url === null
      ? null
      : `Varje region har en egen sida med karta och tabeller på rapportens webbplats: ${url}`,
  downloads: (url: string | null) =>
    url === null ? null : `Filerna finns på rapportens webbplats: ${url}`,
  kommunFinder: (url: string | null) =>
    url === null
      ? null
      : `Alla kommuner från A till Ö, med verksamheterna i varje kommun, finns på rapportens webbplats: ${url}`,
} as const;

/** Sentences that point to a numbered figure or table ("figur 2"). */
export const crossReference = {
  map: (figure: string, table: string) =>
    `Kartan i ${figure} visar var verksamheterna ligger, och ${table} ger antalen per region och hur många av regionens kommuner som har en verksamhet.`,
  areaTypes: (figure: string, table: string) =>
    `Hur verksamheterna fördelar sig på områdestyperna visas i ${figure}, med siffrorna i ${table}.`,
  ageGroups: (table: string) => `Antalen per målgrupp finns i ${table}.`,
  regionMap: (figure: string, table: string, units: number) =>
    units === 0
      ? `Kartan i ${figure} visar regionen, som inte har någon verksamhet, och ${table} listar regionens kommuner.`
      : `Kartan i ${figure} visar regionens verksamheter, och ${table} ger antalen per kommun.`,
} as const;

/** The section titles by id, for a page that looks one up. */
const sectionTitle = Object.fromEntries(sections.map((s) => [s.id, s.title])) as Record<
  SectionId,
  string
>;

/**
 * A catalogue's type from the Swedish one: every string literal widened to
 * `string`, functions and the shape kept, so another language must supply
 * every key, and a missing or misspelled one is a type error, not Swedish.
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/**
 * The words of the national report, in Swedish: what the report's pages and
 * sentences are composed from, whichever the language (strings-en.ts has the
 * English). Region pages, the kommun finder and the downloads stay Swedish-only
 * and use the named exports above.
 */
export const sv = {
  share,
  format: swedish,
  nouns,
  site,
  sectionTitle,
  toc,
  nav,
  footer,
  formLabel,
  formShort,
  keyFigures,
  summary,
  assignment,
  development,
  surveyChange,
  geography,
  map,
  mapAggregated,
  mapKey,
  areaTypeLabel,
  areaGroupLabel,
  areaTypes,
  withheld,
  policy: { heading: publicationPolicy.heading, method: publicationPolicy.method },
  partnerLabel,
  ageGroupLabel,
  healthWork,
  proposals,
  aboutData,
  figure,
  exampleData,
  numbering,
  print,
  figureDownloads,
  crossReference,
  onPaper,
  pdf,
  publication,
  citation,
  unitFields,
  unitTitle,
  mapExplorer,
  contact: accessibilityStatement.contact,
  openData,
} as const;

/** The formatter stays a Formatter (its locale a Locale), the rest is widened. */
export type Catalogue = Widen<Omit<typeof sv, "format">> & { readonly format: Formatter };
