/**
 * The national report's words in British English, for the summary at /en/:
 * the same keys as the Swedish catalogue (`sv` in strings.ts), so a missing
 * one is a type error. Figures are formatted for en-GB by the same formatter;
 * which statement a sentence makes (a leader, a tie, a majority, a direction)
 * is still decided by `stats`. Names of regions, municipalities and units are
 * never translated.
 */
import { share } from "./text/en/share.ts";
import type { CalendarDate, Malgrupp, SurveyAnswer, Verksamhetsform } from "./data/index.ts";
import { english as f, type Noun } from "./format.ts";
import { mapExplorerEn, unitFieldsEn, unitTitle } from "./interactive-strings.ts";
import { mapKey } from "./text/en/map-key.ts";
import { nounsEn as nouns } from "./nouns.ts";
import { openData } from "./text/en/open-data.ts";
import { surveyChange } from "./text/en/survey-change.ts";
import {
  capitalise,
  EMPTY_REGIONS_NAMED,
  changeInWords,
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
  type Partner,
  type PolicyGroups,
  type PublishedCheck,
  type Qualifier,
  type Withheld,
} from "./stats/index.ts";
import type { AreaFinding, Catalogue, CitationFacts, SectionId } from "./strings.ts";

/** "The unit" or "The units", agreeing with how many there are. */
const theUnits = (count: number) => capitalise(f.nounFor(count, nouns.verksamhetDefinite));

const formLabel: Readonly<Record<Verksamhetsform, Noun>> = {
  familjecentral: { one: "family centre", other: "family centres" },
  familjecentralsliknande: {
    one: "family-centre-like service",
    other: "family-centre-like services",
  },
};

const formShort: Readonly<Record<Verksamhetsform | "total", string>> = {
  familjecentral: "Family centres",
  familjecentralsliknande: "Family-centre-like",
  total: "Total",
};

const formWords: FormWords = {
  format: f,
  formLabel,
  unit: nouns.verksamhet,
  and: "and",
  none: "no",
};
/** "153 family centres and 93 family-centre-like services", or "… and no family centre". */
const formCounts = (units: FormCounts) => formCountsIn(units, formWords);
/** What the map's marks stand for: "Pink circles: 153 family centres; green triangles: …". */
const markKey = (units: FormCounts) =>
  markKeyIn(units, formWords, {
    familjecentral: "pink circles",
    familjecentralsliknande: "green triangles",
  });
/** "246 units: 153 family centres and 93 …" when both forms occur. */
const formBreakdown = (units: FormCounts) => formBreakdownIn(units, formWords);

const fractionWords: Readonly<Record<Fraction, string>> = {
  tiondel: "one in ten",
  femtedel: "one in five",
  fjardedel: "a quarter",
  tredjedel: "a third",
  halften: "half",
  tvaTredjedelar: "two thirds",
  treFjardedelar: "three quarters",
};
const qualifierWords: Readonly<Record<Qualifier, string>> = {
  ungefar: "about",
  drygt: "just over",
  knappt: "just under",
};

/** "just over a third (35.4%)", or "35.4%" when no simple fraction fits. */
const shareInWords = (share: number) =>
  shareInWordsOf(share, { format: f, fraction: fractionWords, qualifier: qualifierWords });

/** ("risen", "115 units (+87.8%)"), ("fallen", "1 unit"), or null when unchanged. */
const changeWords = (change: Change) =>
  changeInWords(change, { format: f, unit: nouns.verksamhet, up: "risen", down: "fallen" });

/** "in June 2022", "on 29 September 2023". */
const onDate = (date: CalendarDate) => `${date.day === null ? "in" : "on"} ${f.calendarDate(date)}`;

const site = {
  lang: "en",
  locale: "en_GB",
  counterpart: { text: "På svenska", lang: "sv" },
  title: (year: string) => `Family centres in Sweden ${year}`,
  subtitle:
    "National survey of family centres and family-centre-like services – summary in English",
  skipLink: "Skip to content",
  description: (year: string, units: number, kommuner: number) =>
    `Summary in English of Sweden's ${year} survey of family centres and family-centre-like services: ${f.count(units, nouns.verksamhet)} in ${f.count(kommuner, nouns.kommun)}.`,
};

const sectionTitle: Record<SectionId, string> = {
  sammanfattning: "Summary",
  "om-uppdraget": "About the survey",
  utveckling: "Change since the previous survey",
  "geografisk-spridning": "Where the units are",
  omradestyper: "Area types",
  "halsoframjande-arbete": "Health promotion and prevention",
  forslag: "Proposals",
  "om-data": "Data and method",
  kallor: "Sources",
};

const areaTypeLabel: Readonly<Record<AreaType, string>> = {
  1: "Areas with major socio-economic challenges",
  2: "Areas with socio-economic challenges",
  3: "Socio-economically mixed areas",
  4: "Areas with good socio-economic conditions",
  5: "Areas with very good socio-economic conditions",
};

const areaTypeIn = (typ: AreaType) => `${lowerFirst(areaTypeLabel[typ])} (type ${typ})`;

const partnerLabel: Readonly<Record<Partner, string>> = {
  bibliotek: "Library",
  forskola: "Preschool",
  tandvard: "Dental care",
  psykolog: "Antenatal and child health psychologist",
};

/** The partners inside a sentence, lower-case. */
const partnerShort: Readonly<Record<Partner, string>> = {
  bibliotek: "libraries",
  forskola: "preschools",
  tandvard: "dental care",
  psykolog: "psychologists",
};

const ageGroupLabel: Readonly<Record<Malgrupp, string>> = {
  "0-6": "0–6 years",
  "0-12": "0–12 years",
  "0-18": "0–18 years",
};

const areaTypes = {
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

const answerLabel: Readonly<Record<SurveyAnswer, string>> = {
  omradestyp: "area type",
  malgrupp: "main age group",
  mvc: "maternal health care",
  bvc: "child health care",
  oppen_forskola: "open preschool",
  socialtjanst: "preventive social services",
  samverkan_bibliotek: "collaboration with libraries",
  samverkan_forskola: "collaboration with preschools",
  samverkan_tandvard: "collaboration with dental care",
  samverkan_psykolog: "collaboration with psychologists",
};

const policy = {
  heading: "Figures on individual units",
  method: (groups: PolicyGroups) =>
    [
      "The survey's answers about individual units are not public.",
      ...groups.aggregate.map(
        (group) =>
          `Figures on ${f.list(group.answers.map((a) => answerLabel[a]))} are given only for groups of at least ${f.count(group.minGroup, nouns.verksamhet)}; where a figure would rest on fewer, two dots (..) stand in its place.`,
      ),
      ...(groups.never.length === 0
        ? []
        : [`Figures on ${f.list(groups.never.map((a) => answerLabel[a]))} are not published.`]),
      ...(groups.perUnit.length === 0
        ? []
        : [
            `${capitalise(f.list(groups.perUnit.map((a) => answerLabel[a])))} ${groups.perUnit.length === 1 ? "is" : "are"} shown for each unit.`,
          ]),
    ].join(" "),
};

const withheld = {
  mark: "..",
  legend: (w: Withheld) =>
    w.withheld === "not-published"
      ? "..: not published"
      : w.withheld === "small-group"
        ? `..: fewer than ${f.integer(w.minGroup)} units, not shown`
        : `..: not shown, so that a group of fewer than ${f.integer(w.minGroup)} units cannot be worked out from the total`,
  sentence: (topic: string, w: Withheld) =>
    w.withheld === "not-published"
      ? `Figures on ${topic} are not published in the report.`
      : w.withheld === "small-group"
        ? `Figures on ${topic} are not shown, as they would be based on fewer than ${f.integer(w.minGroup)} units.`
        : `Figures on ${topic} are not shown, as a group of fewer than ${f.integer(w.minGroup)} units could otherwise be worked out.`,
  topics: {
    areaTypes: "area types",
    byForm: "area types by form",
    ageGroups: "the main age group",
    collaboration: "collaboration",
    regionAreaTypes: (region: string) => `area types in ${region}`,
  },
  part: (label: string) => `${label} not shown`,
};

export const en: Catalogue = {
  share,
  format: f,
  nouns,
  site,
  sectionTitle,
  toc: {
    heading: "Contents",
    permalink: (title: string) => `Link to the section ${title}`,
  },
  nav: {
    label: "The website",
    home: "The report (in Swedish)",
    regions: "Regions (in Swedish)",
    kommuner: "Find a municipality (in Swedish)",
    downloads: "Download data (in Swedish)",
    accessibility: "Accessibility (in Swedish)",
    easyRead: "Easy-to-read Swedish",
    footerLabel: "More about the website",
  },
  footer: {
    dataVersion: (version: string) => `Data version ${version}`,
    source: (source: string) => `Source: ${source}.`,
  },
  formLabel,
  formShort,
  keyFigures: {
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
      label: (typ: AreaType) =>
        `are in ${lowerFirst(areaTypeLabel[typ])}, the most common area type`,
    },
    challengeAreas: { label: "are in areas with socio-economic challenges (types 1–2)" },
  },
  summary: {
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
  },
  assignment: {
    assigned: (date: CalendarDate | null, publishers: string | null) => {
      const task =
        "survey and analyse the country's family centres and family-centre-like services, and to propose how the units can be supported and developed further";
      if (date !== null)
        return publishers === null
          ? `${capitalise(onDate(date))} the Government commissioned a survey and analysis of the country's family centres and family-centre-like services, with proposals on how the units can be supported and developed further.`
          : `${capitalise(onDate(date))} the Government commissioned ${publishers} to ${task}.`;
      return publishers === null
        ? "The country's family centres and family-centre-like services have been surveyed and analysed, with proposals on how the units can be supported and developed further."
        : `${publishers} have surveyed and analysed the country's family centres and family-centre-like services, and propose how the units can be supported and developed further.`;
    },
    reported: (date: CalendarDate) => `The agencies reported on the assignment ${onDate(date)}.`,
    definitionsHeading: "Two types of service",
    definitions: [
      {
        term: "Family centre (familjecentral)",
        description:
          "Brings antenatal care, child health services, an open preschool and preventive social services together under one roof.",
      },
      {
        term: "Family-centre-like service (familjecentralsliknande verksamhet)",
        description:
          "Has child health services and at least one municipal service, such as an open preschool or preventive social services, but not all four.",
      },
    ],
    purpose:
      "The idea is that families find society's support in one place, close by and easy to reach, with the best interests of the child at the centre and a way on to the right help when it is needed.",
  },
  surveyChange,
  development: {
    sentence: (p: { previousYear: string; year: string; change: Change }) => {
      const { before, after } = p.change;
      const words = changeWords(p.change);
      return words === null
        ? `The number of units was the same in ${p.year} as in ${p.previousYear}: ${f.count(after, nouns.verksamhet)}.`
        : `The number of units has ${words.verb} from ${f.integer(before)} in ${p.previousYear} to ${f.integer(after)} in ${p.year}, by ${words.amount}.`;
    },
    chartTitle: "Number of units per survey",
    onlySurveyTitle: "Number of units in the survey",
    chartSummary: (points: string) => `Bar chart of the number of units per survey: ${points}.`,
    point: (year: string, count: string) => `${year}: ${count}`,
    table: {
      caption: "Number of units per survey",
      year: "Year",
      count: "Number of units",
      source: "Source",
    },
  },
  geography: {
    text: (p: {
      units: number;
      kommuner: number;
      kommunTotal: number;
      regioner: number;
      regionTotal: number;
      without: readonly string[];
    }) =>
      `${theUnits(p.units)} ${p.units === 1 ? "is" : "are"} in ${f.integer(p.kommuner)} of ${f.count(p.kommunTotal, nouns.kommun)} and in ` +
      (p.without.length === 0
        ? `all ${f.count(p.regionTotal, nouns.region)}.`
        : `${f.integer(p.regioner)} of ${f.count(p.regionTotal, nouns.region)}. There is no unit in ${f.list(p.without)}.`),
    regionIndex: "All regions, with a page for each region (in Swedish)",
    kommunFinder: "Find your municipality: all municipalities from A to Ö (in Swedish)",
    mapTitle: "Family centres and family-centre-like services in Sweden",
    table: {
      caption: "Units by region and type of service, and municipalities with at least one unit",
      region: "Region",
      total: "Total",
      kommuner: "Municipalities with a unit",
      kommunerOf: (withUnits: string, total: string) => `${withUnits} of ${total}`,
      none: "No unit",
      country: "Sweden",
      forms: {
        familjecentral: "Family centres",
        familjecentralsliknande: "Family-centre-like",
      },
    },
  },
  map: {
    caption: (p: { units: FormCounts; without: readonly string[] }) =>
      `The units in Sweden's regions. ${markKey(p.units)}. Region names link to the regions' pages, which are in Swedish.` +
      (p.without.length === 0
        ? ""
        : p.without.length === 1
          ? ` The hatched region has no unit: ${f.list(p.without)}.`
          : p.without.length > EMPTY_REGIONS_NAMED
            ? ` The ${f.integer(p.without.length)} hatched regions have no unit.`
            : ` Hatched regions have no unit: ${f.list(p.without)}.`),
    summary: (p: { units: FormCounts; regioner: number; without: readonly string[] }) =>
      `Map of Sweden with ${f.count(p.units.total, nouns.verksamhet)} in ${f.count(p.regioner, nouns.region)}: ${formCounts(p.units)}.` +
      (p.without.length === 0 ? "" : ` There is no unit in ${f.list(p.without)}.`),
    tableRef: (table: string) => ` The number of units in each region is given in ${table}.`,
    formLegend: (label: string, count: string) => `${label} (${count})`,
    withoutUnits: (names: readonly string[]) =>
      names.length > EMPTY_REGIONS_NAMED
        ? `No unit (${f.count(names.length, nouns.region)})`
        : `No unit: ${f.list(names)}`,
  },
  mapAggregated: {
    groupTitle: (kommun: string, count: number, form: Noun) => `${kommun}: ${f.count(count, form)}`,
    caption: (maxPoints: string) =>
      ` With more than ${maxPoints} units, the map shows one symbol per municipality and type of service; the larger the symbol, the more units it stands for.`,
  },
  mapKey,
  areaTypeLabel,
  areaGroupLabel: {
    utmaningar: "Socio-economic challenges (types 1–2)",
    blandade: "Socio-economically mixed (type 3)",
    goda: "Good conditions (types 4–5)",
    saknas: "Not known",
  } satisfies Readonly<Record<AreaGroup | "saknas", string>>,
  areaTypes,
  withheld,
  policy,
  partnerLabel,
  ageGroupLabel,
  healthWork: {
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
      const named = (partner: Partner) =>
        `${partnerShort[partner]} (${f.percent(p.share[partner])})`;
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
  },
  proposals: {
    notYetPublished: (year: string) =>
      `The proposals that belong to the ${year} survey have not yet been published. Proposals from earlier surveys are not shown here, as they concerned another time.`,
    intro:
      "For the work to be structured, sustainable and long-term, the units need support at local, regional and national level, with responsible actors who organise and support the work at each level. The agencies propose the following.",
  },
  aboutData: {
    sourcesHeading: "Data",
    sources: (year: string, earlierYears: readonly string[]) =>
      `The summary is based on the ${year} survey of family centres and family-centre-like services` +
      (earlierYears.length === 0
        ? ""
        : earlierYears.length === 1
          ? `, on the earlier survey of ${f.list(earlierYears)}`
          : `, on the earlier surveys of ${f.list(earlierYears)}`) +
      " and on Statistics Sweden's division into municipalities and counties.",
    definitionsHeading: "Definitions",
    definitions:
      "A unit counts as a family centre if it has antenatal care, child health services, an open preschool and preventive social services. It counts as a family-centre-like service if it has child health services and at least one municipal service. Each unit is counted in the municipality and region where it is. Shares are calculated on all units, including those for which a value is not known.",
    generatedHeading: "How the report is produced",
    generated:
      "The report, in Swedish and in this English summary, is built automatically from the survey's data files. Every figure, table and chart is calculated from them when the website is built, and the words that describe the figures, such as “the most common” or “a majority”, are chosen by what the figures show. Every row of the data files is checked before anything is built.",
    periodHeading: "When the survey was carried out",
    period: (p: { year: string; assigned: CalendarDate | null; reported: CalendarDate | null }) =>
      (p.assigned === null ? "" : `The Government's assignment was given ${onDate(p.assigned)}. `) +
      (p.reported === null ? "" : `The survey was reported ${onDate(p.reported)}. `) +
      `The data on the units describe the situation when the survey was carried out, in ${p.year}.`,
    downloads: "All figures in the report can be downloaded as CSV and JSON, with Swedish labels.",
    downloadsLink: "Download data (in Swedish)",
    versionHeading: "Version",
    built: (date: string) => `Built on ${date}.`,
    version: (version: string) => `Data version ${version} (a checksum of the data files).`,
  },
  figure: {
    source: (source: string) => `Source: ${source}`,
    mapSource: (source: string) =>
      `Source: ${source}. Base map: Natural Earth, county borders and neighbouring countries, simplified (public domain).`,
    showTable: "Show the figures as a table",
  },
  exampleData: {
    heading: "Example data",
    body: "The survey's data on individual units are not public. This version of the report is therefore built on example data: invented units, with invented names and locations in real municipalities.",
    claim: (check: PublishedCheck) => {
      const named = (figure: CheckedFigure, value: number) =>
        figure.measure === "verksamheter"
          ? `${f.count(value, nouns.verksamhet)}${figure.region === null ? "" : ` in ${figure.region}`}`
          : `${f.count(value, figure.measure === "kommuner" ? nouns.kommun : nouns.region)} with a unit`;
      switch (check.status) {
        case "equal":
          return `The example data reproduce the counts the survey published: ${f.list(check.figures.map((figure) => named(figure, figure.published)))}. Details of any single unit are invented.`;
        case "unchecked":
          return "The data record no figures published by the survey, so it has not been checked that the example data reproduce the survey's results. Details of any single unit are invented.";
        case "differs":
          return `The example data do not reproduce the survey's published figures: ${f.list(check.differences.map((figure) => `the survey published ${named(figure, figure.published)}, the example data have ${figure.actual === null ? "no such region" : f.integer(figure.actual)}`))}. The report's figures are those of the example data, not of the survey.`;
      }
    },
    replace:
      "When the real data file is added, the report is rebuilt with the same calculations, and this notice disappears.",
  },

  numbering: {
    label: { figure: (n: string) => `Figure ${n}`, table: (n: string) => `Table ${n}` },
    reference: { figure: (n: string) => `figure ${n}`, table: (n: string) => `table ${n}` },
    listHeading: "Figures and tables",
    page: "Page",
  },
  print: {
    runningTitle: "Family centres in Sweden",
    pageNumber: (page: string, pages: string) => `Page ${page} of ${pages}`,
  },
  figureDownloads: {
    label: (figure: string) => `Download ${figure}`,
    svg: "SVG",
    png: "PNG",
    csvExcel: "Data for Excel with Swedish settings (CSV)",
    csvStandard: "Data, standard CSV",
    source: (source: string) => `Source: ${source}.`,
    note: { figure: "Figure", source: "Source", version: "Data version", publisher: "Publisher" },
    version: (version: string, built: string) => `Data version ${version}, built ${built}.`,
    publisher: (publishers: string, report: string) => `${publishers}: ${report}.`,
  },
  crossReference: {
    map: (figure: string, table: string) =>
      `The map in ${figure} shows where the units are, and ${table} gives the numbers per region and how many of each region's municipalities have a unit.`,
    areaTypes: (figure: string, table: string) =>
      `How the units are distributed across the area types is shown in ${figure}, with the figures in ${table}.`,
    ageGroups: (table: string) => `The numbers per target group are in ${table}.`,
    regionMap: (figure: string, table: string, units: number) =>
      units === 0
        ? `The map in ${figure} shows the region, which has no unit, and ${table} lists its municipalities.`
        : `The map in ${figure} shows the region's units, and ${table} gives the numbers per municipality.`,
  },
  onPaper: {
    regionPages: (url: string | null) =>
      url === null
        ? null
        : `Each region has its own page, in Swedish, with a map and tables on the report's website: ${url}`,
    downloads: (url: string | null) =>
      url === null ? null : `The files are on the report's website: ${url}`,
    kommunFinder: (url: string | null) =>
      url === null
        ? null
        : `All municipalities from A to Ö, with the units in each, are on the report's website, in Swedish: ${url}`,
  },

  pdf: {
    download: "Download the summary as a PDF",
    details: (size: string) => `(PDF, ${size})`,
    kilobytes: (value: string) => `${value} kB`,
    megabytes: (value: string) => `${value} MB`,
  },
  publication: {
    publishers: "Public Health Agency of Sweden and National Board of Health and Welfare",
    surveyYear: (year: string) => `The ${year} survey`,
    colophonHeading: "About the publication",
    publishersLabel: "Publishers",
    webLabel: "Web version",
    citeLabel: "How to cite this summary",
    reuseLabel: "Reuse",
    reuse:
      "The text, tables and figures may be quoted and reused freely, also in adapted form, provided the source is given. The map data come from Natural Earth and are free to use.",
    versionLabel: "Data version",
    version: (version: string) => `${version} (a checksum of the data files)`,
    contactLabel: "Contact",
    contact: (address: string) => `Questions about the report and its accessibility: ${address}`,
    typeLabel: "Type of publication",
    articleNumberLabel: "Article number",
    isbnLabel: "ISBN",
    registrationLabel: "Registration number",
    licenceLabel: "Licence",
    reportedLabel: "Reported",
    editionLabel: "This edition",
    edition: (built: string) => `Built on ${built} from the survey's data.`,
    otherEditionLabel: "Full report in Swedish",
    otherEdition: (url: string | null, file: string) =>
      url === null ? `Available as the PDF file ${file}.` : `${url} (PDF: ${file})`,
  },
  citation: {
    heading: "How to cite",
    authors: ["Public Health Agency of Sweden", "National Board of Health and Welfare"],
    text: (p: CitationFacts) =>
      `${p.publishers} (${p.year}). ${p.title}. ${site.subtitle}.${p.type === null ? "" : ` ${p.type}.`} Edition of ${p.built}, data version ${p.version}.${p.url === null ? "" : ` ${p.url}`}`,
  },
  unitFields: unitFieldsEn,
  unitTitle,
  mapExplorer: mapExplorerEn,
  contact: "tillganglighet@familjecentraler.example",
  openData,
};
