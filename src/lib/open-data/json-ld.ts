/**
 * schema.org descriptions as JSON-LD: a Dataset with its DataDownloads on the
 * data page, a Report on the report pages.
 */
import { calendarDateText } from "../data/index.ts";
import { publicationText } from "../text/publication-text.ts";
import type { ReportFigures } from "../stats/index.ts";
import type { Catalogue } from "../text/sv/index.ts";
import type { DataAbout } from "./data-about.ts";

/**
 * JSON for inside <script type="application/ld+json">: the HTML parser ends
 * the script at the first "</script", whatever JSON thinks of it, so "<" (and
 * ">", "&", and the line separators some parsers trip on) are written as
 * \u escapes, which every JSON parser reads back as the same characters.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export interface DatasetFile {
  readonly url: string;
  readonly title: string;
  readonly mediaType: string;
  readonly bytes: number;
}

/** The data page's Dataset: the current survey's files, their licence and publisher. */
export function datasetJsonLd(p: {
  readonly t: Catalogue;
  readonly figures: ReportFigures;
  readonly about: DataAbout | null;
  readonly pageUrl: string;
  readonly catalogueUrl: string | null;
  readonly modified: string;
  readonly files: readonly DatasetFile[];
}): Record<string, unknown> {
  const { t, figures, about } = p;
  const year = String(figures.current.ar);
  const exampleData = figures.current.exampleData;
  const publisher =
    about === null
      ? undefined
      : {
          "@type": "Organization",
          name: about.publisher.name,
          email: about.contact.email,
          ...(about.contact.url === null ? {} : { url: about.contact.url }),
          ...(about.publisher.organisationNumber === null
            ? {}
            : { identifier: about.publisher.organisationNumber }),
        };
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: t.openData.datasetTitle(year, exampleData),
    description: t.openData.datasetDescription(year, exampleData),
    url: p.pageUrl,
    inLanguage: t.site.lang,
    keywords: t.openData.keywords,
    temporalCoverage: year,
    spatialCoverage: { "@type": "Country", name: "Sverige" },
    version: figures.dataVersion,
    dateModified: p.modified,
    isAccessibleForFree: true,
    ...(about === null ? {} : { license: about.licence.uri, publisher, creator: publisher }),
    ...(p.catalogueUrl === null ? {} : { subjectOf: p.catalogueUrl }),
    distribution: p.files.map((file) => ({
      "@type": "DataDownload",
      name: file.title,
      contentUrl: file.url,
      encodingFormat: file.mediaType,
      contentSize: `${file.bytes} B`,
    })),
  };
}

/** The report page's Report: title, language, publishers, date and licence, kept small. */
export function reportJsonLd(
  figures: ReportFigures,
  t: Catalogue,
  url: string,
): Record<string, unknown> {
  const facts = publicationText(figures, t);
  const reported = figures.current.reported;
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    name: t.site.title(String(figures.current.ar)),
    inLanguage: t.site.lang,
    url,
    publisher: facts.publishers.map((name) => ({ "@type": "GovernmentOrganization", name })),
    datePublished: reported === null ? String(figures.current.ar) : calendarDateText(reported),
    ...(facts.licence === null ? {} : { license: facts.licence }),
  };
}
