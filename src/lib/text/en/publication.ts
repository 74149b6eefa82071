import type { Catalogue, CitationFacts } from "../sv/index.ts";
import { site } from "./site.ts";

export const print: Catalogue["print"] = {
  runningTitle: "Family centres in Sweden",
  pageNumber: (page: string, pages: string) => `Page ${page} of ${pages}`,
};

export const onPaper: Catalogue["onPaper"] = {
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
};

export const pdf: Catalogue["pdf"] = {
  download: "Download the summary as a PDF",
  details: (size: string) => `(PDF, ${size})`,
  kilobytes: (value: string) => `${value} kB`,
  megabytes: (value: string) => `${value} MB`,
};

export const publication: Catalogue["publication"] = {
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
};

export const citation: Catalogue["citation"] = {
  heading: "How to cite",
  authors: ["Public Health Agency of Sweden", "National Board of Health and Welfare"],
  text: (p: CitationFacts) =>
    `${p.publishers} (${p.year}). ${p.title}. ${site.subtitle}.${p.type === null ? "" : ` ${p.type}.`} Edition of ${p.built}, data version ${p.version}.${p.url === null ? "" : ` ${p.url}`}`,
};
