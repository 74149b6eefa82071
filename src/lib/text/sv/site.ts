import { nouns } from "../nouns.ts";
import { formatCount } from "../../format.ts";

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

export const footer = {
  dataVersion: (version: string) => `Dataversion ${version}`,
  source: (source: string) => `Källa: ${source}.`,
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

/** The section titles by id, for a page that looks one up. */
export const sectionTitle = Object.fromEntries(sections.map((s) => [s.id, s.title])) as Record<
  SectionId,
  string
>;
