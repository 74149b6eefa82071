/**
 * Reader-facing text, in Swedish, in one place. Functions take numbers already
 * formatted by `format.ts`; no figure is ever written here.
 */
import type { Verksamhetsform } from "./data/index.ts";

export const site = {
  lang: "sv",
  title: (year: string) => `Familjecentraler i Sverige ${year}`,
  subtitle: "Nationell kartläggning av familjecentraler och familjecentralsliknande verksamheter",
  publisher: "Folkhälsomyndigheten och Socialstyrelsen",
  skipLink: "Hoppa till innehållet",
  description: (year: string, units: string, kommuner: string) =>
    `Kartläggningen ${year} av familjecentraler och familjecentralsliknande verksamheter i Sverige: ${units} verksamheter i ${kommuner} kommuner.`,
} as const;

export const formLabel: Readonly<Record<Verksamhetsform, { singular: string; plural: string }>> = {
  familjecentral: { singular: "familjecentral", plural: "familjecentraler" },
  familjecentralsliknande: {
    singular: "familjecentralsliknande verksamhet",
    plural: "familjecentralsliknande verksamheter",
  },
};

export const keyFigures = {
  heading: "Kartläggningen i siffror",
  units: {
    label: "verksamheter",
    detail: (familjecentraler: string, liknande: string) =>
      `${familjecentraler} familjecentraler och ${liknande} familjecentralsliknande verksamheter`,
  },
  kommuner: {
    label: (total: string) => `av ${total} kommuner har minst en verksamhet`,
  },
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
} as const;

export const intro = {
  lead: (year: string) =>
    `Regeringen gav 2022 Folkhälsomyndigheten och Socialstyrelsen i uppdrag att kartlägga familjecentraler och familjecentralsliknande verksamheter i hela landet. Här redovisas resultatet av kartläggningen ${year}.`,
  definitions: [
    "En familjecentral samlar mödrahälsovård, barnhälsovård, öppen förskola och förebyggande socialtjänst under samma tak.",
    "En familjecentralsliknande verksamhet har barnhälsovård och minst en kommunal verksamhet, till exempel öppen förskola.",
  ],
} as const;

export const exampleData = {
  heading: "Exempeldata",
  body: "Kartläggningens uppgifter om enskilda verksamheter är inte offentliga. Den här versionen av rapporten bygger därför på exempeldata: påhittade verksamheter, med påhittade namn och platser i verkliga kommuner, som tillsammans återger kartläggningens publicerade resultat. Alla totaler och andelar stämmer med det publicerade, men uppgifter om en enskild verksamhet gör det inte.",
  replace:
    "Den som har den verkliga datafilen kan ersätta data/verksamheter.csv med den och bygga om rapporten med ett kommando; se data/README.md.",
} as const;

export const footer = {
  dataVersion: (version: string) => `Dataversion ${version}`,
  source: (source: string) => `Källa: ${source}.`,
} as const;
