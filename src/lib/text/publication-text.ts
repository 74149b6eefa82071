/**
 * What the report says about itself as a publication — publishers, type,
 * numbers, licence and how to cite it — composed once from the current survey's
 * row in publikationer.csv (the catalogue's publishers when it has none), for
 * the cover, the colophon, the citation, the citation tags and the PDF's metadata.
 */
import { publishedUrl } from "../site-paths.ts";
import type { ReportFigures } from "../stats/index.ts";
import type { Catalogue, CitationFacts } from "./sv/index.ts";

export interface PublicationText {
  /** The publishers in the page's language, in the order the data names them. */
  readonly publishers: readonly string[];
  /** The same as one phrase, e.g. "Folkhälsomyndigheten och Socialstyrelsen". */
  readonly publishersText: string;
  readonly type: string | null;
  /**
   * The language of `type` when it is not the page's: the data states the type
   * in Swedish, so the English summary marks it (lang="sv").
   */
  readonly typeLang: "sv" | undefined;
  /** Article number, ISBN and registration number, those that are given, with their labels. */
  readonly identifiers: readonly { readonly label: string; readonly value: string }[];
  readonly licence: string | null;
}

export function publicationText(figures: ReportFigures, t: Catalogue): PublicationText {
  const row = figures.current.publication;
  const publishers =
    row === null
      ? t.citation.authors
      : t.site.lang === "sv"
        ? row.utgivare
        : (row.utgivare_en ?? row.utgivare);
  const { publication } = t;
  const identifiers = [
    { label: publication.articleNumberLabel, value: row?.artikelnummer ?? null },
    { label: publication.isbnLabel, value: row?.isbn ?? null },
    { label: publication.registrationLabel, value: row?.diarienummer ?? null },
  ].flatMap(({ label, value }) => (value === null ? [] : [{ label, value }]));
  return {
    publishers,
    publishersText: t.format.list(publishers),
    type: row?.rapporttyp ?? null,
    typeLang: t.site.lang === "sv" ? undefined : "sv",
    identifiers,
    licence: row?.licens ?? null,
  };
}

/** The report's one citation, in the page's language, for a build made at `builtAt`. */
export function citationOf(figures: ReportFigures, t: Catalogue, builtAt: Date): string {
  const { current } = figures;
  const facts: CitationFacts = {
    publishers: publicationText(figures, t).publishersText,
    year: String(current.reported?.year ?? current.ar),
    title: t.site.title(String(current.ar)),
    // A citation is one string: no Swedish phrase inside an English one.
    type: t.site.lang === "sv" ? (current.publication?.rapporttyp ?? null) : null,
    built: t.format.date(builtAt),
    version: figures.dataVersion,
    // Never the placeholder domain of a build without SITE_URL.
    url: publishedUrl(),
  };
  return t.citation.text(facts);
}
