/**
 * Words for the change since the previous survey, per region and kommun: shown
 * only when that survey's units are kept (data/verksamheter-<år>.csv).
 */
import { swedish as f } from "../../format.ts";
import { nouns } from "../nouns.ts";

/** How many regions grew, shrank and stayed the same, and the largest changes. */
export interface ChangeStatementWords {
  readonly previousYear: string;
  readonly year: string;
  readonly grew: number;
  readonly shrank: number;
  readonly unchanged: number;
  /** Names of the regions that grew the most, and by how many units (positive). */
  readonly largestGrowth: { readonly regions: readonly string[]; readonly units: number } | null;
  /** Names of the regions that shrank the most, and by how many units (positive). */
  readonly largestDecline: { readonly regions: readonly string[]; readonly units: number } | null;
}

/** The national report's words (a catalogue section: text/en/ has the same in English). */
export const surveyChange = {
  /** The coverage table's count columns when the previous survey is kept: "Totalt 2023". */
  totalIn: (year: string) => `Totalt ${year}`,
  change: "Förändring",
  chartTitle: (previousYear: string, year: string) =>
    `Förändring i antal verksamheter per region ${previousYear}–${year}`,
  chartSummary: (previousYear: string, year: string, parts: string) =>
    `Punktdiagram över förändringen i antal verksamheter per region från ${previousYear} till ${year}: ${parts}.`,
  /** One region in the text alternative: "Region Skåne +3 (från 39 till 42)". */
  part: (region: string, signed: string, before: string, after: string) =>
    `${region} ${signed} (från ${before} till ${after})`,
  table: {
    caption: (previousYear: string, year: string) =>
      `Antal verksamheter per region ${previousYear} och ${year}`,
    region: "Region",
    country: "Hela landet",
  },
  /** "Från 2023 till 2026 fick 12 regioner fler verksamheter, 4 färre och 5 lika många. Störst ökning: …" */
  statement: (p: ChangeStatementWords) => {
    const counts = [
      { n: p.grew, word: "fler" },
      { n: p.shrank, word: "färre" },
      { n: p.unchanged, word: "lika många" },
    ].filter(({ n }) => n > 0);
    // "Från 2023 till 2026 fick 12 regioner fler …": the verb comes before its subject.
    const parts = counts.map(({ n, word }, i) =>
      i === 0 ? `fick ${f.count(n, nouns.region)} ${word} verksamheter` : `${f.integer(n)} ${word}`,
    );
    const largest = (label: string, change: ChangeStatementWords["largestGrowth"], word: string) =>
      change === null
        ? ""
        : ` ${label}: ${f.list(change.regions)}, ${f.count(change.units, nouns.verksamhet)} ${word}${change.regions.length > 1 ? " i var och en" : ""}.`;
    return (
      `Från ${p.previousYear} till ${p.year} ${f.list(parts)}.` +
      largest("Störst ökning", p.largestGrowth, "fler") +
      largest("Störst minskning", p.largestDecline, "färre")
    );
  },
} as const;

/** Region pages and the kommun finder: Swedish only, like the rest of those pages. */
export const regionChange = {
  heading: (previousYear: string) => `Förändring sedan ${previousYear}`,
  /** Then, now and the change in the region, in one sentence. */
  counts: (p: { previousYear: string; year: string; before: number; after: number }) => {
    const difference = Math.abs(p.after - p.before);
    if (p.before === 0 && p.after === 0)
      return `Regionen hade ingen verksamhet vare sig ${p.previousYear} eller ${p.year}.`;
    if (difference === 0)
      return `Regionen hade lika många verksamheter ${p.year} som ${p.previousYear}: ${f.integer(p.after)}.`;
    return `År ${p.previousYear} fanns ${f.count(p.before, nouns.verksamhet)} i regionen och år ${p.year} ${f.integer(p.after)}, ${f.count(difference, nouns.verksamhet)} ${p.after > p.before ? "fler" : "färre"}.`;
  },
  /** Units new since the previous survey and units no longer in it. */
  units: (p: { previousYear: string; year: string; added: number; removed: number }) => {
    if (p.added === 0 && p.removed === 0)
      return `Ingen verksamhet har tillkommit och ingen har fallit bort sedan ${p.previousYear}.`;
    const parts = [
      ...(p.added > 0
        ? [`${f.count(p.added, nouns.verksamhet)} har tillkommit sedan ${p.previousYear}`]
        : []),
      ...(p.removed > 0
        ? [
            `${f.count(p.removed, nouns.verksamhet)} från ${p.previousYear} finns inte med ${p.year}`,
          ]
        : []),
    ];
    return `${f.list(parts)}.`;
  },
  addedHeading: (previousYear: string) => `Nya sedan ${previousYear}`,
  removedHeading: (previousYear: string, year: string) => `Med ${previousYear} men inte ${year}`,
  /** A listed unit: "Familjecentralen Rosen (Malmö)". */
  unit: (name: string, kommun: string) => `${name} (${kommun})`,
  /** Too many to list: the count says it. */
  tooMany: (count: number) =>
    `Listan är för lång för sidan (${f.count(count, nouns.verksamhet)}); alla verksamheter finns i nedladdningarna.`,
  /** After the kommun finder's detail: "; 2023: 2 (+1)", or "; 2023: 2, lika många". */
  finderDetail: (previousYear: string, before: number, after: number, signed: string) =>
    `; ${previousYear}: ${f.integer(before)}${before === after ? ", lika många" : ` (${signed})`}`,
} as const;
