/**
 * How the kommun finder matches a name against what a reader types, the way a
 * Swedish reader expects:
 *
 * - Å, Ä and Ö are letters of their own: "Å" finds Åre, not Arboga or Älvsbyn.
 * - A query written without them still finds: "ostersund" finds Östersund and
 *   "malmo" Malmö (a plain letter also matches the letters built on it).
 * - Case and other accents are ignored ("e" finds "é"), as Swedish collation
 *   does at its base level; spaces and hyphens are the same ("upplands bro"
 *   finds Upplands-Bro).
 * - Names that start with the query come first, then names with a word that
 *   starts with it, then the rest; ties in Swedish alphabetical order.
 */
const base = new Intl.Collator("sv", { sensitivity: "base", usage: "search" });
const alphabetical = new Intl.Collator("sv");

/** Lower case, with runs of spaces, hyphens and dashes as one space, trimmed. */
function normalise(text: string): string {
  return text
    .toLocaleLowerCase("sv")
    .replace(/[\s\-\u2010-\u2015]+/g, " ")
    .trim();
}

/** The letter without its diacritics ("ö" → "o"). */
const stripped = (letter: string) => letter.normalize("NFD").replace(/\p{M}/gu, "");

/** Whether a typed letter stands for a letter of the name. */
function sameLetter(typed: string, name: string): boolean {
  if (typed === name || base.compare(typed, name) === 0) return true;
  // A plain letter also stands for the letters written with it: o for ö, a for å and ä.
  return stripped(typed) === typed && stripped(name) === typed;
}

/** Where in a normalised name the normalised query occurs, every place. */
function* positions(name: string, query: string): Generator<number> {
  const letters = [...name];
  const typed = [...query];
  for (let start = 0; start + typed.length <= letters.length; start += 1) {
    if (typed.every((letter, i) => sameLetter(letter, letters[start + i] ?? ""))) yield start;
  }
}

/** How well a name matches: 0 starts with the query, 1 a word starts with it, 2 contains it; null no match. */
export function matchRank(name: string, query: string): 0 | 1 | 2 | null {
  const typed = normalise(query);
  if (typed === "") return 0;
  const letters = [...normalise(name)];
  let best: 0 | 1 | 2 | null = null;
  for (const start of positions(letters.join(""), typed)) {
    const rank = start === 0 ? 0 : letters[start - 1] === " " ? 1 : 2;
    if (best === null || rank < best) best = rank;
    if (best === 0) break;
  }
  return best;
}

/** The indexes of the names that match, best match first, ties A–Ö. */
export function rankNames(names: readonly string[], query: string): number[] {
  return names
    .map((name, index) => ({ index, name, rank: matchRank(name, query) }))
    .filter((entry) => entry.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || alphabetical.compare(a.name, b.name))
    .map((entry) => entry.index);
}
