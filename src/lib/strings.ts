/**
 * Reader-facing text, in Swedish, in one place. Functions take numbers already
 * formatted by `format.ts`; no figure from the data is ever written here.
 */
import type { Malgrupp, Verksamhetsform } from "./data/index.ts";
import type { AreaGroup, AreaType, Partner } from "./stats/index.ts";

export const site = {
  lang: "sv",
  title: (year: string) => `Familjecentraler i Sverige ${year}`,
  subtitle: "Nationell kartläggning av familjecentraler och familjecentralsliknande verksamheter",
  skipLink: "Hoppa till innehållet",
  description: (year: string, units: string, kommuner: string) =>
    `Kartläggningen ${year} av familjecentraler och familjecentralsliknande verksamheter i Sverige: ${units} verksamheter i ${kommuner} kommuner.`,
} as const;

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

export const formLabel: Readonly<Record<Verksamhetsform, { singular: string; plural: string }>> = {
  familjecentral: { singular: "familjecentral", plural: "familjecentraler" },
  familjecentralsliknande: {
    singular: "familjecentralsliknande verksamhet",
    plural: "familjecentralsliknande verksamheter",
  },
};

/** Short column headings for the two forms, for tables and chart legends. */
export const formShort: Readonly<Record<Verksamhetsform, string>> = {
  familjecentral: "Familjecentraler",
  familjecentralsliknande: "Familjecentralsliknande",
};

export const keyFigures = {
  heading: "Kartläggningen i siffror",
  units: {
    label: "verksamheter",
    detail: (familjecentraler: string, liknande: string) =>
      `${familjecentraler} familjecentraler och ${liknande} familjecentralsliknande verksamheter`,
  },
  kommuner: { label: (total: string) => `av ${total} kommuner har minst en verksamhet` },
  regioner: {
    label: (total: string) => `av ${total} regioner har minst en verksamhet`,
    without: (list: string, count: number) =>
      count === 1 ? `Ingen verksamhet finns i ${list}.` : `Inga verksamheter finns i ${list}.`,
    withoutNone: "Alla regioner har minst en verksamhet.",
  },
  change: {
    label: (year: string) => `verksamheter år ${year}`,
    detail: (absolute: string, relative: string, year: string, grew: boolean) =>
      `Fram till ${year} har antalet ${grew ? "ökat" : "minskat"} med ${absolute} verksamheter (${relative}).`,
  },
  mixedAreas: { label: "finns i socioekonomiskt blandade områden, den vanligaste områdestypen" },
  challengeAreas: { label: "finns i områden med socioekonomiska utmaningar" },
} as const;

export const summary = {
  lead: (year: string) =>
    `Familjecentraler samlar stöd till blivande föräldrar och barnfamiljer på ett ställe. Den här rapporten redovisar den nationella kartläggningen ${year}: hur många verksamheter det finns, var de finns, i vilka områden de arbetar och vad myndigheterna föreslår för att stärka dem.`,
  findings: (p: {
    units: string;
    first: { year: string; count: string } | null;
    kommuner: string;
    regioner: string;
    regionTotal: string;
    mixed: string;
    challenges: string;
  }) => [
    p.first === null
      ? `Kartläggningen hittade ${p.units} familjecentraler och familjecentralsliknande verksamheter.`
      : `Kartläggningen hittade ${p.units} familjecentraler och familjecentralsliknande verksamheter, jämfört med ${p.first.count} år ${p.first.year}.`,
    `Verksamheterna finns i ${p.kommuner} kommuner och i ${p.regioner} av landets ${p.regionTotal} regioner.`,
    `Vanligast är att verksamheten ligger i ett socioekonomiskt blandat område (${p.mixed}); ${p.challenges} ligger i områden med socioekonomiska utmaningar.`,
    "Verksamheterna bedriver ett omfattande hälsofrämjande och förebyggande arbete, främst för barn upp till sex år, och de flesta samarbetar med bibliotek, förskola, tandvård och psykolog.",
    "För att verksamheterna ska bli stabila och långsiktiga behövs stöd på lokal, regional och nationell nivå, och mer forskning.",
  ],
} as const;

export const assignment = {
  paragraphs: [
    "I juni 2022 fick Folkhälsomyndigheten i uppdrag av regeringen att tillsammans med Socialstyrelsen kartlägga och analysera familjecentraler och familjecentralsliknande verksamheter i landet, och att föreslå hur verksamheterna kan stödjas och utvecklas vidare.",
    "Myndigheterna lämnade sin redovisning till Socialdepartementet den 29 september 2023.",
  ],
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
  sentence: (p: {
    firstYear: string;
    firstCount: string;
    year: string;
    count: string;
    absolute: string;
    relative: string;
    grew: boolean;
  }) =>
    `Antalet verksamheter har ${p.grew ? "ökat" : "minskat"} från ${p.firstCount} år ${p.firstYear} till ${p.count} år ${p.year}, ${p.grew ? "en ökning" : "en minskning"} med ${p.absolute} verksamheter eller ${p.relative}.`,
  chartTitle: "Antal verksamheter per kartläggning",
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
    kommuner: string;
    kommunTotal: string;
    regioner: string;
    regionTotal: string;
    without: string;
  }) =>
    `Verksamheterna finns i ${p.kommuner} av ${p.kommunTotal} kommuner och i ${p.regioner} av ${p.regionTotal} regioner. Det finns ingen verksamhet i ${p.without}.`,
  textAllRegions: (p: {
    kommuner: string;
    kommunTotal: string;
    regioner: string;
    regionTotal: string;
  }) =>
    `Verksamheterna finns i ${p.kommuner} av ${p.kommunTotal} kommuner och i alla ${p.regionTotal} regioner.`,
  mapPlaceholder: "Karta över verksamheternas placering.",
  table: {
    caption: "Verksamheter per region, efter verksamhetsform, och kommuner med minst en verksamhet",
    region: "Region",
    total: "Totalt",
    kommuner: "Kommuner med verksamhet",
    kommunerOf: (withUnits: string, total: string) => `${withUnits} av ${total}`,
    none: "Ingen verksamhet",
    country: "Hela landet",
  },
} as const;

export const map = {
  caption: (p: { familjecentraler: string; liknande: string; without: string | null }) =>
    `Familjecentraler (rosa cirklar, ${p.familjecentraler}) och familjecentralsliknande verksamheter (gröna trianglar, ${p.liknande}) i Sveriges regioner.` +
    (p.without === null ? "" : ` Streckade regioner saknar verksamhet: ${p.without}.`) +
    " Tabellen under kartan visar samma uppgifter per region.",
  summary: (p: { units: string; regioner: string; without: string | null }) =>
    `Karta över Sverige med ${p.units} verksamheter utmärkta i ${p.regioner} regioner.` +
    (p.without === null ? "" : ` Ingen verksamhet finns i ${p.without}.`),
  pointTitle: (namn: string, kommun: string, form: string) => `${namn} (${kommun}) – ${form}`,
  formLegend: (label: string, count: string) => `${label} (${count})`,
  withoutUnits: (names: string) => `Ingen verksamhet: ${names}`,
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
    "Varje verksamhet har fått områdestypen för det område där den ligger.",
  ],
  finding: (p: { mixed: string; challenges: string; good: string }) =>
    `Vanligast är att verksamheten ligger i ett socioekonomiskt blandat område: ${p.mixed} av verksamheterna. ${p.challenges} ligger i områden med socioekonomiska utmaningar och ${p.good} i områden med goda förutsättningar.`,
  missing: (count: string) => `För ${count} verksamheter saknas uppgift om områdestyp.`,
  whyHeading: "Varför områdestypen spelar roll",
  why: [
    "Målet för folkhälsopolitiken är en god och jämlik hälsa i hela befolkningen. Det kräver insatser som når alla, men som också ges i större omfattning där behoven är störst – det som kallas proportionell universalism.",
    "Familjecentralen är en sådan verksamhet: öppen för alla blivande föräldrar och barnfamiljer, och samtidigt en plats där familjer som behöver mer stöd kan få det tidigt. Att många verksamheter finns i områden med socioekonomiska utmaningar ger goda förutsättningar att minska skillnader i hälsa.",
  ],
  chartTitle: "Verksamheter efter områdestyp",
  chartSummary: (parts: string) =>
    `Stapeldiagram över andelen verksamheter per områdestyp: ${parts}.`,
  byFormTitle: "Områdestyp efter verksamhetsform",
  byFormCaption: (familjecentraler: string, liknande: string) =>
    `I områden med socioekonomiska utmaningar ligger ${familjecentraler} av familjecentralerna och ${liknande} av de familjecentralsliknande verksamheterna.`,
  byFormSummary: (parts: string) =>
    `Stapeldiagram över områdestyp efter verksamhetsform: ${parts}.`,
  part: (label: string, share: string) => `${label} ${share}`,
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

export const partnerLabel: Readonly<Record<Partner, string>> = {
  bibliotek: "Bibliotek",
  forskola: "Förskola",
  tandvard: "Tandvård",
  psykolog: "Mödra- och barnhälsovårdspsykolog",
};

export const ageGroupLabel: Readonly<Record<Malgrupp, string>> = {
  "0-6": "0–6 år",
  "0-12": "0–12 år",
  "0-18": "0–18 år",
};

export const healthWork = {
  intro:
    "Familjecentralerna är en arena för hälsofrämjande och förebyggande arbete i vardagen. Genom att många yrken finns på samma plats kan svårigheter upptäckas tidigt och stöd sättas in innan problemen växer, vilket bidrar till trygga uppväxtvillkor.",
  ageFocus: (share: string) =>
    `Arbetet riktar sig främst till de yngsta barnen: ${share} av verksamheterna har barn 0–6 år som huvudsaklig målgrupp.`,
  collaboration: (list: string) =>
    `Arbetet sker också tillsammans med andra. En majoritet av verksamheterna samverkar med ${list}.`,
  partnerShare: (label: string, share: string) => `${label.toLowerCase()} (${share})`,
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
  intro:
    "För att arbetet ska bli strukturerat, uthålligt och långsiktigt behöver verksamheterna stöd på lokal, regional och nationell nivå, med ansvariga aktörer som organiserar och stöttar arbetet på varje nivå. Myndigheterna föreslår följande.",
} as const;

export const aboutData = {
  sourcesHeading: "Underlag",
  sources: (year: string) =>
    `Rapporten bygger på Folkhälsomyndighetens och Socialstyrelsens kartläggning ${year} av familjecentraler och familjecentralsliknande verksamheter, på Socialstyrelsens kartläggning 2008 och på SCB:s indelning i kommuner och län.`,
  definitionsHeading: "Definitioner",
  definitions:
    "En verksamhet räknas som familjecentral om den har mödrahälsovård, barnhälsovård, öppen förskola och förebyggande socialtjänst. Den räknas som familjecentralsliknande om den har barnhälsovård och minst en kommunal verksamhet. Varje verksamhet räknas i den kommun och region där den ligger. Andelar räknas på samtliga verksamheter, också de som saknar uppgift.",
  rebuildHeading: "Bygga om rapporten med ny data",
  rebuild: [
    "Rapporten byggs automatiskt ur datafilerna. Varje siffra, tabell och diagram räknas fram ur dem när webbplatsen byggs, så en uppdaterad datafil ger en uppdaterad rapport.",
    "Ersätt filen data/verksamheter.csv och kör kommandot npm run build. Filer sparade från Excel fungerar, med semikolon eller komma. Om något i filen är fel stoppas bygget och varje fel listas med fil, rad, kolumn och orsak.",
  ],
  versionHeading: "Version",
  built: (date: string) => `Byggd ${date}.`,
  version: (version: string) => `Dataversion ${version} (en kontrollsumma över datafilerna).`,
} as const;

export const sources = [
  "Folkhälsomyndigheten och Socialstyrelsen (2023). Familjecentraler och familjecentralsliknande verksamheter – Kartläggning, analys och förslag. Redovisning av regeringsuppdrag.",
  "Folkhälsomyndigheten (2023). Kartläggning av familjecentraler och familjecentralsliknande verksamheter. Webbsida om kartläggningens resultat.",
  "Socialstyrelsen (2008). Kartläggning av familjecentraler och familjecentralsliknande verksamheter.",
  "Skånes Kommuner (2022). Familjecentraler ska kartläggas på uppdrag av regeringen. Nyhet, 9 december 2022.",
  "Delegationen mot segregation och SCB. Områdestyper enligt socioekonomiskt index för regionala statistikområden (RegSO).",
  "SCB. Kommun- och länsindelning.",
  "Natural Earth. Administrativa gränser (admin-1), kartunderlag i public domain.",
] as const;

export const figure = {
  source: (source: string) => `Källa: ${source}`,
  showTable: "Visa siffrorna som tabell",
} as const;

export const exampleData = {
  heading: "Exempeldata",
  body: "Kartläggningens uppgifter om enskilda verksamheter är inte offentliga. Den här versionen av rapporten bygger därför på exempeldata: påhittade verksamheter, med påhittade namn och platser i verkliga kommuner, som tillsammans återger kartläggningens publicerade resultat. Alla totaler och andelar stämmer med det publicerade, men uppgifter om en enskild verksamhet gör det inte.",
  replace:
    "Den som har den verkliga datafilen kan ersätta data/verksamheter.csv med den och bygga om rapporten med ett kommando; se avsnittet Om data och metod.",
} as const;

export const footer = {
  dataVersion: (version: string) => `Dataversion ${version}`,
  source: (source: string) => `Källa: ${source}.`,
} as const;
