import type { CalendarDate } from "../../data/index.ts";
import { formatInteger, formatList } from "../../format.ts";
import { type PublishedCheck } from "../../stats/index.ts";

import { onDate, publishedFigure } from "./shared.ts";

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
