import { site } from "./site.ts";

/** What a citation of the report is made of, in the page's language. */
export interface CitationFacts {
  /** The publishers as one phrase, e.g. "Folkhälsomyndigheten och Socialstyrelsen". */
  readonly publishers: string;
  readonly year: string;
  readonly title: string;
  /** The kind of publication (publikationer.csv), if stated. */
  readonly type: string | null;
  /** The day this edition was built. */
  readonly built: string;
  readonly version: string;
  readonly url: string | null;
}

export const citation = {
  heading: "Citera rapporten",
  authors: ["Folkhälsomyndigheten", "Socialstyrelsen"],
  /**
   * The one citation of the report, on the web and in the PDF alike. Its year is
   * the current survey's report year (kartlaggningar.csv), else the survey's own;
   * the edition is the day this site and its PDF were built from the data.
   */
  text: (p: CitationFacts) =>
    `${p.publishers} (${p.year}). ${p.title}. ${site.subtitle}.${p.type === null ? "" : ` ${p.type}.`} Utgåva ${p.built}, dataversion ${p.version}.${p.url === null ? "" : ` ${p.url}`}`,
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

/** The printed report's cover and colophon (the PDF's first and last words). */
export const publication = {
  publishers: citation.authors.join(" och "),
  surveyYear: (year: string) => `Kartläggningen ${year}`,
  colophonHeading: "Om publikationen",
  publishersLabel: "Utgivare",
  webLabel: "Webbversion",
  citeLabel: "Så citerar du rapporten",
  reuseLabel: "Återanvändning",
  reuse:
    "Texten, tabellerna och figurerna får citeras och återanvändas fritt, även i bearbetad form, om källan anges. Kartunderlaget kommer från Natural Earth och är fritt att använda.",
  typeLabel: "Publikationstyp",
  articleNumberLabel: "Artikelnummer",
  isbnLabel: "ISBN",
  registrationLabel: "Diarienummer",
  licenceLabel: "Licens",
  reportedLabel: "Redovisad",
  editionLabel: "Den här utgåvan",
  edition: (built: string) => `Byggd ${built} ur kartläggningens data.`,
  otherEditionLabel: "Sammanfattning på engelska",
  /** Where the other language's edition is: its web address when known, else its PDF file. */
  otherEdition: (url: string | null, file: string) =>
    url === null ? `Finns som PDF-filen ${file}.` : `${url} (PDF: ${file})`,
  versionLabel: "Dataversion",
  version: (version: string) => `${version} (en kontrollsumma över datafilerna)`,
  contactLabel: "Kontakt",
  contact: (address: string) => `Frågor om rapporten och om tillgänglighet: ${address}`,
} as const;

/**
 * Links that lead to another page of the site mean nothing on paper: the
 * printed report says instead where to find it, with the address when known.
 */
export const onPaper = {
  regionPages: (url: string | null) =>
    url === null
      ? null
      : `Varje region har en egen sida med karta och tabeller på rapportens webbplats: ${url}`,
  downloads: (url: string | null) =>
    url === null ? null : `Filerna finns på rapportens webbplats: ${url}`,
  kommunFinder: (url: string | null) =>
    url === null
      ? null
      : `Alla kommuner från A till Ö, med verksamheterna i varje kommun, finns på rapportens webbplats: ${url}`,
} as const;
