import { oneOf, optionalInteger } from "../field.ts";
import { verksamheterSchema } from "./verksamheter.ts";

/** How a column of verksamheter.csv may reach the public. */
export const PUBLICERINGAR = ["per_verksamhet", "sammanstallning", "aldrig"] as const;
export type Publicering = (typeof PUBLICERINGAR)[number];

/** Every column of verksamheter.csv, in the file's documented order. */
export const UNIT_COLUMNS = Object.keys(verksamheterSchema) as (keyof typeof verksamheterSchema)[];
export type UnitColumn = (typeof UNIT_COLUMNS)[number];

/**
 * `data/publicering.csv`: the publication policy, one row per column of
 * verksamheter.csv. It decides what the report may say about a single unit;
 * the figures are computed under it (src/lib/stats), never page by page.
 */
export const publiceringSchema = {
  /** The column of verksamheter.csv the row is about; every column has exactly one row. */
  kolumn: oneOf("Kolumn i verksamheter.csv", UNIT_COLUMNS),
  /**
   * per_verksamhet: shown for each unit (lists, map, unit download);
   * sammanstallning: only in counts and shares over groups of at least minsta_grupp units;
   * aldrig: neither.
   */
  publiceras: oneOf("Hur kolumnen publiceras", PUBLICERINGAR),
  /** For sammanstallning: the fewest units a count or share may be computed over; empty = 3. */
  minsta_grupp: optionalInteger(
    "Minsta antal verksamheter som en sammanställning får bygga på; tomt = 3",
    1,
    100_000,
  ),
} as const;
