import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import type { Catalogue, SectionId } from "../sv/index.ts";

export const site = {
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

export const sectionTitle: Record<SectionId, string> = {
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

export const toc: Catalogue["toc"] = {
  heading: "Contents",
  permalink: (title: string) => `Link to the section ${title}`,
};

export const nav: Catalogue["nav"] = {
  label: "The website",
  home: "The report (in Swedish)",
  regions: "Regions (in Swedish)",
  kommuner: "Find a municipality (in Swedish)",
  downloads: "Download data (in Swedish)",
  accessibility: "Accessibility (in Swedish)",
  easyRead: "Easy-to-read Swedish",
  footerLabel: "More about the website",
};

export const footer: Catalogue["footer"] = {
  dataVersion: (version: string) => `Data version ${version}`,
  source: (source: string) => `Source: ${source}.`,
};
