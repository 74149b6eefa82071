/**
 * Words on a page that are in another language than the page (WCAG 3.1.2,
 * PDF/UA-1 Matterhorn 11-007): the Swedish terms and source titles the English
 * summary quotes, the English words the Swedish report uses. LangText marks
 * each with `lang` where it occurs; proper names (agencies, regions) are not
 * listed except where the text gives them as Swedish terms in parentheses.
 * The phrases are the catalogues' own words (src/lib/strings*.ts); tests/pdf
 * checks that each is still on its page, so a reworded string cannot silently
 * lose its marking.
 */
import { sv, type Catalogue } from "./sv/index.ts";

export interface ForeignPart {
  readonly text: string;
  readonly lang: string;
}

/** Another language's phrases, by the language of the page they stand on. */
export const FOREIGN_PHRASES: Readonly<Record<string, readonly ForeignPart[]>> = {
  sv: [{ text: "public domain", lang: "en" }],
  en: [
    {
      text: "Familjecentraler och familjecentralsliknande verksamheter – Kartläggning, analys och förslag",
      lang: "sv",
    },
    {
      text: "Kartläggning av familjecentraler och familjecentralsliknande verksamheter",
      lang: "sv",
    },
    { text: "Familjecentraler ska kartläggas på uppdrag av regeringen", lang: "sv" },
    { text: "familjecentralsliknande verksamhet", lang: "sv" },
    { text: "familjecentral", lang: "sv" },
    { text: "Folkhälsomyndigheten", lang: "sv" },
    { text: "Socialstyrelsen", lang: "sv" },
  ],
};

/**
 * The survey's source as a part in another language: the data name it in
 * Swedish, so on a page in another language it is marked Swedish whole.
 */
export const sourceLang = (source: string, t: Catalogue): ForeignPart[] =>
  t.site.lang === "sv" ? [] : [{ text: source, lang: "sv" }];

/** A source as a page shows it: its text, and the parts of it in another language. */
export interface LocalSource {
  readonly text: string;
  readonly parts: readonly ForeignPart[];
}

/**
 * A source (kartlaggningar.csv names it in Swedish) in the page's language as
 * far as the catalogue can say it: where it opens with the report's publishers
 * ("Folkhälsomyndigheten och Socialstyrelsen: …"), they are named in the page's
 * language and only the title after them stays Swedish, marked so; any other
 * source stays Swedish whole.
 */
export function localSource(source: string, t: Catalogue): LocalSource {
  if (t.site.lang === "sv") return { text: source, parts: [] };
  const publishers = `${sv.publication.publishers}: `;
  if (!source.startsWith(publishers)) return { text: source, parts: sourceLang(source, t) };
  const title = source.slice(publishers.length);
  return {
    text: `${t.publication.publishers}: ${title}`,
    parts: [{ text: title, lang: "sv" }],
  };
}

/** Several sources in one line, each in the page's language as far as it goes. */
export function localSources(sources: readonly string[], t: Catalogue): LocalSource {
  const each = sources.map((source) => localSource(source, t));
  return { text: each.map((s) => s.text).join("; "), parts: each.flatMap((s) => s.parts) };
}

/** A piece of text, with its language when it is not the page's. */
export interface Segment {
  readonly text: string;
  readonly lang?: string;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The text cut where `parts` occur as whole words: the longest part that starts
 * at a place wins, so a quoted title is one piece, not its words.
 */
export function splitForeign(text: string, parts: readonly ForeignPart[]): Segment[] {
  const sorted = [...parts]
    .filter((part) => part.text !== "")
    .sort((a, b) => b.text.length - a.text.length);
  const segments: Segment[] = [];
  let plain = "";
  let at = 0;
  while (at < text.length) {
    const before = text[at - 1] ?? "";
    const found = LETTER.test(before)
      ? undefined
      : sorted.find(
          (part) =>
            text.startsWith(part.text, at) && !LETTER.test(text[at + part.text.length] ?? ""),
        );
    if (found === undefined) {
      plain += text[at];
      at++;
      continue;
    }
    if (plain !== "") segments.push({ text: plain });
    plain = "";
    segments.push({ text: found.text, lang: found.lang });
    at += found.text.length;
  }
  if (plain !== "") segments.push({ text: plain });
  return segments;
}
