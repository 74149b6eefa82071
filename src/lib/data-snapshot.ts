/**
 * What a build's data were, in a small machine-readable file written into the
 * site (data/dataversion.json), so the next build can say what it changes:
 * units added, removed and changed (by column), and counts per region that
 * moved. Only what the publication policy publishes per unit is in it, as a
 * short hash per column: a column published only in aggregates is left out,
 * since even a hash of a yes/no answer would give the answer away.
 */
import { createHash } from "node:crypto";
import type { PublishedDataset, ReportFigures } from "./stats/index.ts";

export const SNAPSHOT_FORMAT = 1;
/** Where the snapshot lies in a built site. */
export const SNAPSHOT_PATH = "data/dataversion.json";

export interface DataSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  /** The data version (see validateDataset). */
  readonly version: string;
  /** The hashed columns, in the order of each unit's hashes. */
  readonly columns: readonly string[];
  /** Each unit's hash per column, by unit id. */
  readonly units: Readonly<Record<string, readonly string[]>>;
  /** Units per region, by region name. */
  readonly regions: Readonly<Record<string, number>>;
}

const hashOf = (value: unknown): string =>
  createHash("sha256")
    .update(value === null || value === undefined ? "" : String(value))
    .digest("hex")
    .slice(0, 10);

/** Columns never compared: the id is the key, the county code follows from the kommun. */
const NOT_COMPARED = new Set(["id", "lanskod"]);

export function dataSnapshot(dataset: PublishedDataset, figures: ReportFigures): DataSnapshot {
  const columns = [...new Set(dataset.verksamheter.flatMap((unit) => Object.keys(unit)))].filter(
    (column) => !NOT_COMPARED.has(column),
  );
  const units: Record<string, string[]> = {};
  for (const unit of dataset.verksamheter) {
    const row = unit as Readonly<Record<string, unknown>>;
    units[unit.id] = columns.map((column) => hashOf(row[column]));
  }
  const regions = Object.fromEntries(
    figures.regionTable.rows.map((row) => [row.region.region, row.units.total]),
  );
  return { format: SNAPSHOT_FORMAT, version: figures.dataVersion, columns, units, regions };
}

export interface DataDiff {
  readonly before: string;
  readonly after: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Units in both whose published columns differ, with those columns. */
  readonly changed: readonly { readonly id: string; readonly columns: readonly string[] }[];
  /** Regions whose number of units moved (a region new or gone counts from or to 0). */
  readonly regions: readonly {
    readonly region: string;
    readonly before: number;
    readonly after: number;
  }[];
}

const byId = (a: string, b: string) => a.localeCompare(b, "sv", { numeric: true });

/** What changed from one snapshot to the next. Pure. */
export function diffSnapshots(before: DataSnapshot, after: DataSnapshot): DataDiff {
  const added = Object.keys(after.units)
    .filter((id) => !(id in before.units))
    .sort(byId);
  const removed = Object.keys(before.units)
    .filter((id) => !(id in after.units))
    .sort(byId);
  const changed = Object.keys(after.units)
    .filter((id) => id in before.units)
    .sort(byId)
    .flatMap((id) => {
      const old = new Map(before.columns.map((column, i) => [column, before.units[id]?.[i]]));
      const columns = after.columns.filter(
        (column, i) => old.has(column) && old.get(column) !== after.units[id]?.[i],
      );
      return columns.length === 0 ? [] : [{ id, columns }];
    });
  const names = [...new Set([...Object.keys(after.regions), ...Object.keys(before.regions)])];
  const regions = names.flatMap((region) => {
    const was = before.regions[region] ?? 0;
    const now = after.regions[region] ?? 0;
    return was === now ? [] : [{ region, before: was, after: now }];
  });
  return { before: before.version, after: after.version, added, removed, changed, regions };
}

/** A snapshot read back from a file, or null if the text is not one. */
export function parseSnapshot(text: string): DataSnapshot | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const snapshot = value as Partial<DataSnapshot>;
    return snapshot.format === SNAPSHOT_FORMAT &&
      typeof snapshot.version === "string" &&
      Array.isArray(snapshot.columns) &&
      typeof snapshot.units === "object" &&
      snapshot.units !== null &&
      typeof snapshot.regions === "object" &&
      snapshot.regions !== null
      ? (snapshot as DataSnapshot)
      : null;
  } catch {
    return null;
  }
}
