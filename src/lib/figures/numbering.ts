/**
 * Figure and table numbers, counted from a page's content in reading order, so
 * adding, removing or moving a figure renumbers every caption and reference.
 */
import { sv, type Catalogue } from "../text/sv/index.ts";

export type NumberedKind = "figure" | "table";

/** A figure or table as it appears on a page, in order. */
export interface ContentEntry {
  /** The element's id on the page: captions, references and downloads find it by this. */
  readonly id: string;
  readonly kind: NumberedKind;
  /** What it shows, without its number. */
  readonly title: string;
}

export interface NumberedEntry extends ContentEntry {
  /** 1, 2, 3 … counted separately for figures and tables. */
  readonly number: number;
  /** "Figur 3": what a caption starts with. */
  readonly label: string;
}

export interface Numbering {
  readonly entries: readonly NumberedEntry[];
  /** The entry with this id; throws, failing the build, for one the page does not have. */
  readonly get: (id: string) => NumberedEntry;
  /** "figur 3", for a sentence that refers to the entry. */
  readonly ref: (id: string) => string;
}

/** `words` label them in the page's language ("Figur 3", "Figure 3"). */
export function numberContents(
  contents: readonly ContentEntry[],
  words: Catalogue["numbering"] = sv.numbering,
): Numbering {
  const counts: Record<NumberedKind, number> = { figure: 0, table: 0 };
  const entries = contents.map((entry) => {
    counts[entry.kind] += 1;
    const number = counts[entry.kind];
    return { ...entry, number, label: words.label[entry.kind](String(number)) };
  });
  const byId = new Map<string, NumberedEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`Two figures or tables have the id "${entry.id}"`);
    byId.set(entry.id, entry);
  }
  const get = (id: string) => {
    const entry = byId.get(id);
    if (entry === undefined) throw new Error(`No figure or table has the id "${id}"`);
    return entry;
  };
  return {
    entries,
    get,
    ref: (id) => {
      const entry = get(id);
      return words.reference[entry.kind](String(entry.number));
    },
  };
}
