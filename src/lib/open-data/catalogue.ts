/**
 * The data as a DCAT-AP-SE catalogue in RDF/XML, for Sveriges dataportal to
 * harvest (dist/data/katalog.rdf). It follows the portal's harvesting rules:
 * every IRI absolute, no blank node for the catalogue, the series, the dataset,
 * the distributions, the publisher or the contact point, and licences by their
 * exact URI (checked when datamangd.csv is read).
 */
import type { Catalogue } from "../text/sv/index.ts";
import type { DataAbout } from "./data-about.ts";

/** One file of the dataset, as a distribution. */
export interface CatalogueFile {
  /** Absolute URL of the file. */
  readonly url: string;
  /** The file's name, unique in data/: it names the distribution. */
  readonly file: string;
  readonly title: string;
  readonly kind: "csv" | "json";
  readonly mediaType: string;
  readonly bytes: number;
}

export interface CatalogueInput {
  /** Absolute URL of the catalogue file itself; the entities' IRIs are fragments of it. */
  readonly catalogueUrl: string;
  /** Absolute URL of the data page, each dataset's landing page. */
  readonly landingPage: string;
  /** Absolute URL of the site's front page. */
  readonly homepage: string;
  readonly about: DataAbout;
  /** The survey whose data the files hold. */
  readonly year: number;
  /** Every survey year, for the series' time span. */
  readonly years: readonly number[];
  /** When the survey was reported ("2023-09-29" or "2023-09"), if the data says. */
  readonly issued: string | null;
  /** The data version (a hash of the data files), as the files and pages name it. */
  readonly version: string;
  /** The build day, "YYYY-MM-DD": the files' content is as of this build. */
  readonly modified: string;
  readonly files: readonly CatalogueFile[];
  /** The words in each language the catalogue carries, Swedish first. */
  readonly languages: readonly Catalogue[];
}

const RDF_NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcterms: "http://purl.org/dc/terms/",
  dcat: "http://www.w3.org/ns/dcat#",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

/** EU file types for dcterms:format; DCAT-AP-SE 3 accepts them beside dcat:mediaType. */
const FILE_TYPE = {
  csv: "http://publications.europa.eu/resource/authority/file-type/CSV",
  json: "http://publications.europa.eu/resource/authority/file-type/JSON",
} as const;
const MEDIA_TYPE = (type: string) => `https://www.iana.org/assignments/media-types/${type}`;
const SWEDEN = "http://publications.europa.eu/resource/authority/country/SWE";
const LANGUAGE = {
  sv: "http://publications.europa.eu/resource/authority/language/SWE",
  en: "http://publications.europa.eu/resource/authority/language/ENG",
} as const;
const PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
const PUBLISHER_TYPE = (type: string) => `http://purl.org/adms/publishertype/${type}`;
const THEME_TAXONOMY = "http://publications.europa.eu/resource/authority/data-theme";
/** Population and society: what the surveys describe. */
const THEME = "http://publications.europa.eu/resource/authority/data-theme/SOCI";

const escapeXml = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An IRI as RFC 3987 wants it: characters such as spaces percent-encoded, via the URL parser. */
const iri = (value: string): string => new URL(value).href;

const resource = (property: string, target: string) =>
  `<${property} rdf:resource="${escapeXml(iri(target))}"/>`;
const literal = (property: string, value: string, lang?: string) =>
  `<${property}${lang === undefined ? "" : ` xml:lang="${lang}"`}>${escapeXml(value)}</${property}>`;
const typed = (property: string, value: string, type: string) =>
  `<${property} rdf:datatype="${RDF_NS.xsd}${type}">${escapeXml(value)}</${property}>`;
/** "2023-09-29" is an xsd:date, "2023-09" an xsd:gYearMonth. */
const dated = (property: string, value: string) =>
  typed(property, value, value.length === 7 ? "gYearMonth" : "date");

function node(type: string, about: string, properties: readonly string[]): string {
  return [
    `<${type} rdf:about="${escapeXml(iri(about))}">`,
    ...properties.map((line) => `  ${line}`),
    `</${type}>`,
  ].join("\n");
}

/** The IRIs of the catalogue's entities: fragments of the catalogue's own URL, or the portal's for a publisher with an organisation number. */
export function catalogueIris(catalogueUrl: string, about: DataAbout, year: number) {
  const at = (fragment: string) => `${catalogueUrl}#${fragment}`;
  return {
    catalogue: at("katalog"),
    series: at("kartlaggningar"),
    dataset: at(`kartlaggning-${year}`),
    distribution: (file: string) => at(`fil-${file}`),
    publisher:
      about.publisher.organisationNumber === null
        ? at("utgivare")
        : `http://dataportal.se/organisation/SE${about.publisher.organisationNumber}`,
    contact: at("kontakt"),
  };
}

/** The catalogue as an RDF/XML document. */
export function catalogueRdf(input: CatalogueInput): string {
  const { about, languages, year } = input;
  const ids = catalogueIris(input.catalogueUrl, about, year);
  const words = (pick: (t: Catalogue) => string) =>
    languages.map((t) => literal("dcterms:title", pick(t), t.site.lang));
  const texts = (property: string, pick: (t: Catalogue) => string) =>
    languages.map((t) => literal(property, pick(t), t.site.lang));
  const example = about.exampleData;
  const first = Math.min(...input.years);
  const last = Math.max(...input.years);
  const period = (id: string) => [
    `<dcterms:temporal>`,
    `  <dcterms:PeriodOfTime rdf:about="${escapeXml(iri(id))}">`,
    `    ${typed("dcat:startDate", `${first}-01-01`, "date")}`,
    `    ${typed("dcat:endDate", `${last}-12-31`, "date")}`,
    `  </dcterms:PeriodOfTime>`,
    `</dcterms:temporal>`,
  ];
  const shared = [
    resource("dcterms:publisher", ids.publisher),
    resource("dcat:contactPoint", ids.contact),
    ...languages.flatMap((t) =>
      t.openData.keywords.map((k) => literal("dcat:keyword", k, t.site.lang)),
    ),
    resource("dcat:theme", THEME),
    resource("dcterms:spatial", SWEDEN),
    resource("dcat:landingPage", input.landingPage),
  ];

  const catalogue = node("dcat:Catalog", ids.catalogue, [
    ...words((t) => t.openData.catalogueTitle),
    ...texts("dcterms:description", (t) => t.openData.catalogueDescription),
    resource("dcterms:publisher", ids.publisher),
    resource("dcterms:license", about.licence.uri),
    resource("foaf:homepage", input.homepage),
    ...languages.map((t) =>
      resource("dcterms:language", LANGUAGE[t.site.lang === "en" ? "en" : "sv"]),
    ),
    resource("dcterms:spatial", SWEDEN),
    resource("dcat:themeTaxonomy", THEME_TAXONOMY),
    typed("dcterms:modified", input.modified, "date"),
    resource("dcat:dataset", ids.series),
    resource("dcat:dataset", ids.dataset),
  ]);
  const series = node("dcat:DatasetSeries", ids.series, [
    ...words((t) => t.openData.seriesTitle),
    ...texts("dcterms:description", (t) => t.openData.seriesDescription),
    ...shared,
    ...period(`${ids.series}-period`),
    typed("dcterms:modified", input.modified, "date"),
  ]);
  const dataset = node("dcat:Dataset", ids.dataset, [
    ...words((t) => t.openData.datasetTitle(String(year), example)),
    ...texts("dcterms:description", (t) => t.openData.datasetDescription(String(year), example)),
    ...shared,
    resource("dcat:inSeries", ids.series),
    resource("dcterms:accessRights", PUBLIC),
    ...(input.issued === null ? [] : [dated("dcterms:issued", input.issued)]),
    typed("dcterms:modified", input.modified, "date"),
    literal("dcat:version", input.version),
    ...input.files.map((file) => resource("dcat:distribution", ids.distribution(file.file))),
  ]);
  const distributions = input.files.map((file) =>
    node("dcat:Distribution", ids.distribution(file.file), [
      literal("dcterms:title", file.title, "sv"),
      resource("dcat:accessURL", file.url),
      resource("dcat:downloadURL", file.url),
      resource("dcterms:format", FILE_TYPE[file.kind]),
      resource("dcat:mediaType", MEDIA_TYPE(file.mediaType)),
      resource("dcterms:license", about.licence.uri),
      typed("dcat:byteSize", String(file.bytes), "nonNegativeInteger"),
      typed("dcterms:modified", input.modified, "date"),
    ]),
  );
  const publisher = node("foaf:Agent", ids.publisher, [
    literal("foaf:name", about.publisher.name),
    resource("dcterms:type", PUBLISHER_TYPE(about.publisher.type)),
    ...(about.publisher.organisationNumber === null
      ? []
      : [literal("dcterms:identifier", about.publisher.organisationNumber)]),
  ]);
  const contact = node("vcard:Organization", ids.contact, [
    literal("vcard:fn", about.publisher.name),
    resource("vcard:hasEmail", `mailto:${about.contact.email}`),
    ...(about.contact.url === null ? [] : [resource("vcard:hasURL", about.contact.url)]),
  ]);

  const namespaces = Object.entries(RDF_NS)
    .filter(([prefix]) => prefix !== "xsd")
    .map(([prefix, uri]) => `  xmlns:${prefix}="${uri}"`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<rdf:RDF`,
    ...namespaces,
    `>`,
    catalogue,
    series,
    dataset,
    ...distributions,
    publisher,
    contact,
    `</rdf:RDF>`,
    "",
  ].join("\n");
}
