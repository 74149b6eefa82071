/**
 * The report's list of sources, from the data: every survey's own source
 * (kartlaggningar.csv, `kalla`), newest first, each followed by its further
 * publications (kallor.csv rows with its year), then the context and method
 * sources (kallor.csv rows without a year) in the order the file lists them.
 */
import type { Dataset } from "./data/index.ts";
import { localSource, type ForeignPart } from "./text/foreign-phrases.ts";
import type { Catalogue } from "./text/sv/index.ts";

export interface ListedSource {
  /** The source in the page's language as far as the data give it. */
  readonly text: string;
  /** The parts of `text` in another language than the page's. */
  readonly parts: readonly ForeignPart[];
  /** The publisher's web address, if the data give one. */
  readonly url: string | null;
}

export function reportSources(
  dataset: Pick<Dataset, "kartlaggningar" | "kallor">,
  t: Catalogue,
): ListedSource[] {
  const english = t.site.lang !== "sv";
  const further = (row: Dataset["kallor"][number]): ListedSource => {
    const translated = english ? row.text_en : null;
    return {
      text: translated ?? row.text,
      parts: english && translated === null ? [{ text: row.text, lang: "sv" }] : [],
      url: row.adress,
    };
  };
  const surveys = [...dataset.kartlaggningar].sort((a, b) => b.ar - a.ar);
  return [
    ...surveys.flatMap((survey) => [
      { ...localSource(survey.kalla, t), url: null },
      ...dataset.kallor.filter((row) => row.ar === survey.ar).map(further),
    ]),
    ...dataset.kallor.filter((row) => row.ar === null).map(further),
  ];
}
