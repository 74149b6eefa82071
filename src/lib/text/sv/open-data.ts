/** The data as open data: its licence and publisher, the DCAT-AP-SE catalogue and the schema.org description. */
export const openData = {
  /** The data page's short section on reuse. */
  heading: "Licens och utgivare",
  licence: (publisher: string) => `Filerna ges ut av ${publisher} under licensen `,
  contact: "Frågor om datan: ",
  or: " eller ",
  noLicence: "Ingen licens är angiven för filerna.",
  catalogue:
    "Filerna finns beskrivna i en datakatalog enligt DCAT-AP-SE, för Sveriges dataportal: ",
  catalogueLink: "katalog.rdf",
  /** The first codebook row of each file: what holds for the whole file. */
  wholeFile: "(hela filen)",
  fileFacts: (p: {
    title: string;
    publisher: string;
    licence: string;
    uri: string;
    email: string;
    exampleData: boolean;
  }) =>
    `${p.title}. Utgiven av ${p.publisher} under licensen ${p.licence} (${p.uri}). Frågor: ${p.email}.` +
    (p.exampleData ? " Uppgifterna per verksamhet är exempeldata." : ""),
  /** The catalogue's and the schema.org description's words. */
  catalogueTitle: "Datakatalog: familjecentraler i Sverige",
  catalogueDescription:
    "Data ur de nationella kartläggningarna av familjecentraler och familjecentralsliknande verksamheter.",
  seriesTitle: "Kartläggningar av familjecentraler och familjecentralsliknande verksamheter",
  seriesDescription:
    "Nationella kartläggningar av familjecentraler och familjecentralsliknande verksamheter i Sverige, en datamängd per kartläggning.",
  datasetTitle: (year: string, exampleData: boolean) =>
    `Familjecentraler och familjecentralsliknande verksamheter ${year}${exampleData ? " (exempeldata)" : ""}`,
  datasetDescription: (year: string, exampleData: boolean) =>
    `Verksamheterna i kartläggningen ${year} och sammanställningar per region, kommun och områdestyp, som CSV och JSON, med kodbok.` +
    (exampleData
      ? " Uppgifterna per verksamhet är exempeldata: påhittade verksamheter som tillsammans återger kartläggningens publicerade resultat."
      : ""),
  keywords: ["familjecentral", "föräldrastöd", "barnhälsovård", "öppen förskola"],
  csvExcel: (title: string) => `${title}, CSV för Excel`,
  csvStandard: (title: string) => `${title}, standard-CSV`,
  json: "Alla siffror i rapporten som JSON",
} as const;
