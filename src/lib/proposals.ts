import { getCollection, type CollectionEntry } from "astro:content";

export type ProposalEntry = CollectionEntry<"forslag"> | CollectionEntry<"proposalsEn">;

/** The survey year a proposal belongs to: the folder it lies in (src/content/forslag/2023/…). */
export const proposalYear = (id: string): number | null => {
  const match = /^(\d{4})\//.exec(id);
  return match === null ? null : Number(match[1]);
};

/**
 * The proposals of one survey in the page's language, in file-name order; none
 * when that survey has no folder of its own. Never another survey's proposals.
 */
export async function proposalsOf(lang: string, year: number): Promise<ProposalEntry[]> {
  const entries: ProposalEntry[] =
    lang === "sv" ? await getCollection("forslag") : await getCollection("proposalsEn");
  // File names start with a number, so sorting by id keeps the editor's order.
  return entries
    .filter((entry) => proposalYear(entry.id) === year)
    .sort((a, b) => a.id.localeCompare(b.id, "sv"));
}
