import type { CalendarDate } from "../../data/index.ts";
import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import { type CheckedFigure, type PublishedCheck } from "../../stats/index.ts";
import type { Catalogue } from "../sv/index.ts";

import { onDate } from "./shared.ts";

export const aboutData: Catalogue["aboutData"] = {
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
};

export const exampleData: Catalogue["exampleData"] = {
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
};
