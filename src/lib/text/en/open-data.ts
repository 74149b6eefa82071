import type { Catalogue } from "../sv/index.ts";

export const openData: Catalogue["openData"] = {
  heading: "Licence and publisher",
  licence: (publisher: string) => `The files are published by ${publisher} under the licence `,
  contact: "Questions about the data: ",
  or: " or ",
  noLicence: "No licence is stated for the files.",
  catalogue: "The files are described in a DCAT-AP-SE catalogue for Sweden's data portal: ",
  catalogueLink: "katalog.rdf",
  wholeFile: "(whole file)",
  fileFacts: (p) =>
    `${p.title}. Published by ${p.publisher} under the licence ${p.licence} (${p.uri}). Questions: ${p.email}.` +
    (p.exampleData ? " The unit-level records are example data." : ""),
  catalogueTitle: "Data catalogue: family centres in Sweden",
  catalogueDescription:
    "Data from the national surveys of family centres and similar services in Sweden.",
  seriesTitle: "Surveys of family centres and similar services",
  seriesDescription:
    "National surveys of family centres and similar services in Sweden, one dataset per survey.",
  datasetTitle: (year, exampleData) =>
    `Family centres and similar services ${year}${exampleData ? " (example data)" : ""}`,
  datasetDescription: (year, exampleData) =>
    `The services in the ${year} survey and summaries by region, municipality and area type, as CSV and JSON, with a codebook.` +
    (exampleData
      ? " The unit-level records are example data: invented services that together reproduce the survey's published results."
      : ""),
  keywords: ["family centre", "parenting support", "child health services", "open preschool"],
  csvExcel: (title) => `${title}, CSV for Excel`,
  csvStandard: (title) => `${title}, standard CSV`,
  json: "All figures in the report as JSON",
};
