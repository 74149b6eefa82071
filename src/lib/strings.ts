/**
 * Reader-facing text, in Swedish, in one place. Functions take numbers already
 * formatted by `format.ts`; no figure from the data is ever written here.
 */
import type { Malgrupp, Verksamhetsform } from "./data/index.ts";
import type { Noun } from "./format.ts";
import type { AreaGroup, AreaType, Partner } from "./stats/index.ts";

export const site = {
  lang: "sv",
  title: (year: string) => `Familjecentraler i Sverige ${year}`,
  subtitle: "Nationell kartläggning av familjecentraler och familjecentralsliknande verksamheter",
  skipLink: "Hoppa till innehållet",
  description: (year: string, units: string, kommuner: string) =>
    `Kartläggningen ${year} av familjecentraler och familjecentralsliknande verksamheter i Sverige: ${units} verksamheter i ${kommuner} kommuner.`,
} as const;

/** Nouns that meet a count somewhere ("1 verksamhet", "2 verksamheter"); see formatCount. */
export const nouns = {
  verksamhet: { one: "verksamhet", other: "verksamheter" },
  kommun: { one: "kommun", other: "kommuner" },
  region: { one: "region", other: "regioner" },
  kartlaggning: { one: "kartläggning", other: "kartläggningar" },
  rad: { one: "rad", other: "rader" },
  siffra: { one: "siffra", other: "siffror" },
  varning: { one: "varning", other: "varningar" },
} as const satisfies Record<string, Noun>;

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
export const formShort: Readonly<Record<Verksamhetsform | "total", string>> = {
  familjecentral: "Familjecentraler",
  familjecentralsliknande: "Familjecentralsliknande",
  total: "Totalt",
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
  regionIndex: "Alla regioner, med en sida per region",
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
  periodHeading: "När kartläggningen gjordes",
  period: (year: string) =>
    `Regeringsuppdraget gavs i juni 2022 och redovisades den 29 september 2023. Uppgifterna om verksamheterna avser läget när kartläggningen gjordes, ${year}.`,
  downloads: "Alla siffror i rapporten går att ladda ner som CSV och JSON.",
  downloadsLink: "Ladda ner data",
  versionHeading: "Version",
  built: (date: string) => `Byggd ${date}.`,
  version: (version: string) => `Dataversion ${version} (en kontrollsumma över datafilerna).`,
} as const;

/** The original publications, each with its publisher's website. */
export const sources = [
  {
    text: "Folkhälsomyndigheten och Socialstyrelsen (2023). Familjecentraler och familjecentralsliknande verksamheter – Kartläggning, analys och förslag. Redovisning av regeringsuppdrag.",
    url: "https://www.socialstyrelsen.se/",
  },
  {
    text: "Folkhälsomyndigheten (2023). Kartläggning av familjecentraler och familjecentralsliknande verksamheter. Webbsida om kartläggningens resultat.",
    url: "https://www.folkhalsomyndigheten.se/",
  },
  {
    text: "Socialstyrelsen (2008). Kartläggning av familjecentraler och familjecentralsliknande verksamheter.",
    url: "https://www.socialstyrelsen.se/",
  },
  {
    text: "Skånes Kommuner (2022). Familjecentraler ska kartläggas på uppdrag av regeringen. Nyhet, 9 december 2022.",
    url: "https://skaneskommuner.se/",
  },
  {
    text: "Delegationen mot segregation och SCB. Områdestyper enligt socioekonomiskt index för regionala statistikområden (RegSO).",
    url: "https://www.scb.se/",
  },
  { text: "SCB. Kommun- och länsindelning.", url: "https://www.scb.se/" },
  {
    text: "Natural Earth. Administrativa gränser (admin-1), kartunderlag i public domain.",
    url: "https://www.naturalearthdata.com/",
  },
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
  downloads: "Ladda ner data",
  accessibility: "Tillgänglighet",
  footerLabel: "Mer om webbplatsen",
} as const;

export const citation = {
  heading: "Citera rapporten",
  authors: ["Folkhälsomyndigheten", "Socialstyrelsen"],
  reportTitle:
    "Familjecentraler och familjecentralsliknande verksamheter – Kartläggning, analys och förslag",
  /** The date the government assignment was reported (29 September 2023). */
  publicationDate: "2023-09-29",
  text: (p: { year: string; built: string; version: string; url: string }) =>
    `Folkhälsomyndigheten och Socialstyrelsen (${p.year}). Familjecentraler och familjecentralsliknande verksamheter – Kartläggning, analys och förslag. Webbversion byggd ${p.built}, dataversion ${p.version}. ${p.url}`,
} as const;

export const regionPage = {
  title: (region: string, year: string) => `${region} – familjecentraler ${year}`,
  description: (region: string, units: string, year: string) =>
    `Familjecentraler och familjecentralsliknande verksamheter i ${region} enligt kartläggningen ${year}: ${units} verksamheter.`,
  breadcrumb: "Du är här",
  lead: (p: {
    units: string;
    familjecentraler: string;
    liknande: string;
    kommuner: string;
    kommunTotal: string;
  }) =>
    `I regionen finns ${p.units} verksamheter: ${p.familjecentraler} familjecentraler och ${p.liknande} familjecentralsliknande verksamheter. De finns i ${p.kommuner} av regionens ${p.kommunTotal} kommuner.`,
  none: (region: string, year: string) =>
    `I kartläggningen ${year} fanns ingen familjecentral och ingen familjecentralsliknande verksamhet i ${region}.`,
  noneContext: (p: {
    withoutCount: string;
    regionTotal: string;
    others: string | null;
    withUnits: string;
    units: string;
  }) =>
    `Det gäller ${p.withoutCount} av landets ${p.regionTotal} regioner` +
    (p.others === null ? "" : ` – utöver den här även ${p.others}`) +
    `. I de övriga ${p.withUnits} regionerna fanns sammanlagt ${p.units} verksamheter. Det kan finnas andra verksamheter för barnfamiljer i regionen som inte uppfyller kartläggningens definitioner.`,
  mapHeading: "Karta",
  mapCaption: (p: { region: string; familjecentraler: string; liknande: string }) =>
    `${p.region}: familjecentraler (rosa cirklar, ${p.familjecentraler}) och familjecentralsliknande verksamheter (gröna trianglar, ${p.liknande}). Angränsande regioner visas blekt.`,
  mapCaptionNone: (region: string) =>
    `${region}, streckad: regionen har ingen verksamhet. Angränsande regioner visas blekt.`,
  mapSummary: (region: string, units: string) =>
    `Karta över ${region} med ${units} verksamheter utmärkta.`,
  kommunHeading: "Kommunerna i regionen",
  kommunTable: {
    caption: (region: string) => `Verksamheter per kommun i ${region}`,
    kommun: "Kommun",
    none: "Ingen verksamhet",
    total: "Hela regionen",
  },
  areaHeading: "Områdestyper",
  areaText: (region: string, challenges: string, national: string) =>
    `I ${region} ligger ${challenges} av verksamheterna i områden med socioekonomiska utmaningar (typ 1–2), jämfört med ${national} i hela landet.`,
  areaTable: {
    caption: (region: string) => `Verksamheter efter områdestyp i ${region} och i hela landet`,
    type: "Områdestyp",
    count: "Antal i regionen",
    share: "Andel i regionen",
    national: "Andel i hela landet",
  },
  listHeading: "Verksamheterna",
  listTable: {
    caption: (region: string) => `Alla verksamheter i ${region}`,
    name: "Namn",
    kommun: "Kommun",
    form: "Verksamhetsform",
    area: "Områdestyp",
    areaMissing: "Uppgift saknas",
  },
  exampleNote: "Namn och platser är exempeldata; antalen återger kartläggningens resultat.",
  listTooLong: (count: string) =>
    `Regionen har ${count} verksamheter, för många för att lista på sidan.`,
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
  item: (units: string) => `${units} verksamheter`,
  itemNone: "ingen verksamhet",
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
    "Varje tabell finns i två varianter: för Excel med svenska inställningar (semikolon och decimalkomma, UTF-8 med BOM) och i standardformat (komma och decimalpunkt, UTF-8) för statistikprogram och skript. Koder som kommunkod har inledande nollor; formatera kolumnen som text om du öppnar filen i ett kalkylprogram.",
  exampleData: "Observera att uppgifterna per verksamhet är exempeldata.",
  tablesHeading: "Tabeller",
  rows: (count: string) => `${count} rader`,
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

export const accessibilityStatement = {
  title: "Tillgänglighetsredogörelse",
  description:
    "Hur webbplatsen om familjecentraler uppfyller lagen om tillgänglighet till digital offentlig service.",
  lead: "Den här webbplatsen ska kunna användas av så många som möjligt. Här beskriver vi hur den uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.",
  statusHeading: "Hur tillgänglig är webbplatsen?",
  status:
    "Vi bedömer att webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är att uppfylla standarden EN 301 549 och riktlinjerna WCAG 2.1 på nivå AA.",
  checksHeading: "Så testar vi webbplatsen",
  checksIntro:
    "Varje gång webbplatsen byggs om körs automatiska tester på alla sidor. En ändring som inte klarar testerna publiceras inte. Testerna kontrollerar att",
  checks: [
    "axe-core inte hittar några fel enligt WCAG 2.0 och 2.1, nivå A och AA,",
    "koden är giltig HTML enligt W3C:s Nu HTML Checker,",
    "sidan går att använda med tangentbord: en länk för att hoppa till innehållet, synlig fokusmarkering och logisk tabbordning,",
    "inget innehåll kräver rullning i sidled vid 320, 375, 768 och 1280 pixlars bredd,",
    "allt innehåll, alla diagram och alla siffror visas utan JavaScript,",
    "varje sida har svenska som språk, en huvudrubrik och rubriker i rätt ordning,",
    "varje diagram har en textbeskrivning och samma siffror i en tabell.",
  ],
  checksNote:
    "Automatiska tester hittar inte alla brister. Till exempel prövas inte språkets begriplighet eller hur skärmläsare läser upp kartan på det sättet.",
  issuesHeading: "Kända brister",
  issues: [
    "Punkterna på kartorna går inte att nå med tangentbord eller skärmläsare en och en. Samma uppgifter finns i tabellerna intill kartorna: antal per region och kommun, och på varje regions sida en lista över alla verksamheter.",
    "Kartans regioner är länkar för den som använder mus. För tangentbord och skärmläsare finns samma länkar i tabellen under kartan.",
    "PDF-versionen skapas automatiskt ur webbsidan med taggar, bokmärken och inbäddade typsnitt, men den har inte granskats manuellt mot kraven för tillgängliga PDF-dokument.",
  ],
  reportHeading: "Rapportera brister",
  report: (contact: string) =>
    `Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, vill vi gärna veta det. Kontakta oss via e-post: ${contact}.`,
  contact: "tillganglighet@familjecentraler.example",
  supervisionHeading: "Tillsyn",
  supervision:
    "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
  supervisionLink: "Digg: anmäl bristande tillgänglighet",
  supervisionUrl: "https://www.digg.se/",
  updated: (date: string) => `Redogörelsen gäller den version av webbplatsen som byggdes ${date}.`,
} as const;

/** The map when it has more units than it draws one by one: one mark per kommun and form. */
export const mapAggregated = {
  groupTitle: (kommun: string, count: string, form: string) => `${kommun}: ${count} ${form}`,
  caption: (maxPoints: string) =>
    ` Med fler än ${maxPoints} verksamheter visar kartan en symbol per kommun och verksamhetsform, och ju större symbolen är, desto fler verksamheter står den för.`,
} as const;
