import type { Region } from "../data/index.ts";
import type { PublishedDataset } from "./published-units.ts";
import { unitsByKommun, type KommunFigures } from "./units-by-kommun.ts";

export interface KommunIndexEntry extends KommunFigures {
  readonly region: Region;
}

/** The kommuner whose names begin with one letter. */
export interface KommunLetter {
  /** The initial as it is written, e.g. "Ö". */
  readonly letter: string;
  readonly kommuner: readonly KommunIndexEntry[];
}

const collator = new Intl.Collator("sv");
const sameLetter = new Intl.Collator("sv", { sensitivity: "base" });

/**
 * Every kommun A–Ö by Swedish collation (Å, Ä and Ö after Z), with its region
 * and its units by form, grouped by initial. Initials that Swedish counts as the
 * same letter (É and E) share a group; Å, Ä and Ö each get their own.
 */
export function kommunIndex(dataset: PublishedDataset): readonly KommunLetter[] {
  const regions = new Map(dataset.regioner.map((region) => [region.lanskod, region]));
  const sorted = [...dataset.kommuner].sort(
    (a, b) => collator.compare(a.kommun, b.kommun) || collator.compare(a.kommunkod, b.kommunkod),
  );
  const letters: { letter: string; kommuner: KommunIndexEntry[] }[] = [];
  for (const figures of unitsByKommun(dataset.verksamheter, sorted)) {
    const region = regions.get(figures.kommun.lanskod);
    if (region === undefined) throw new Error(`kommun ${figures.kommun.kommunkod} has no region`);
    const initial = figures.kommun.kommun.charAt(0).toLocaleUpperCase("sv");
    const last = letters.at(-1);
    if (last !== undefined && sameLetter.compare(last.letter, initial) === 0)
      last.kommuner.push({ ...figures, region });
    else letters.push({ letter: initial, kommuner: [{ ...figures, region }] });
  }
  return letters;
}
