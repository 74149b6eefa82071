import { messages } from "./messages.ts";
import type { Warning } from "./problem.ts";
import type { Located } from "./read-table.ts";

/** Two units this close, with the same name and kommun, are probably one unit entered twice. */
export const SAME_PLACE_METRES = 10;

/** On a sphere of the Earth's mean radius, 6 371 km; plenty for distances of metres. */
const METRES_PER_DEGREE = (6_371_000 * Math.PI) / 180;

/**
 * The grid units are hashed into. Cells are SAME_PLACE_METRES tall, and wide
 * enough that they are at least SAME_PLACE_METRES wide up to 70° N (Sweden
 * ends at 69.1°), so every unit within that distance of another lies in its
 * cell or one of the eight around it.
 */
const CELL_LAT = SAME_PLACE_METRES / METRES_PER_DEGREE;
const CELL_LON = SAME_PLACE_METRES / (METRES_PER_DEGREE * Math.cos((70 * Math.PI) / 180));

interface Unit {
  readonly id: string;
  readonly namn: string;
  readonly kommunkod: string;
  readonly lat: number;
  readonly lon: number;
}

/**
 * A name as a steward would read it: case and whitespace do not tell two units
 * apart ("Familjecentralen  Rinkeby", "familjecentralen rinkeby").
 */
const sameName = (namn: string): string => namn.normalize("NFC").toLowerCase().replace(/\s+/gu, "");

/** Equirectangular distance: exact enough at a few metres, and cheap. */
function metresApart(a: Unit, b: Unit): number {
  const dy = (a.lat - b.lat) * METRES_PER_DEGREE;
  const dx = (a.lon - b.lon) * METRES_PER_DEGREE * Math.cos(((a.lat + b.lat) * Math.PI) / 360);
  return Math.hypot(dx, dy);
}

/**
 * One number per grid cell, so a cell is found without building a string.
 * Distinct for every cell on the globe: a row number stays below 2^21 (90° is
 * about 1 000 000 rows), so adding it never reaches the next column's numbers.
 */
const cellOf = (x: number, y: number): number => x * 2 ** 22 + y;

/**
 * Warns about every unit with the same name (ignoring case and whitespace),
 * the same kommunkod and a position within SAME_PLACE_METRES of an earlier
 * unit with another id, naming both lines. A warning, not a problem: two units
 * can share a building and a name. A unit with the same id as the earlier one
 * is already a problem (the id must be unique), so it is not warned about too.
 *
 * Linear in the number of units: each is looked up by name and kommun, then by
 * grid cell, and compared only with the earlier units in the nine cells around
 * it that were not themselves close to an earlier one. Those are more than
 * SAME_PLACE_METRES apart, so a cell holds only a handful of them, however
 * many rows repeat one unit.
 */
export function checkDuplicateUnits(file: string, rows: readonly Located<Unit>[]): Warning[] {
  /** By name and kommun, then by cell: the earlier units not close to an even earlier one. */
  const seen = new Map<string, Map<number, Located<Unit>[]>>();
  const warnings: Warning[] = [];
  for (const unit of rows) {
    const { row } = unit;
    // A position that is not on the globe is a problem already, and is near nothing.
    if (!(Math.abs(row.lat) <= 90 && Math.abs(row.lon) <= 180)) continue;
    const key = `${sameName(row.namn)}\0${row.kommunkod}`;
    let cells = seen.get(key);
    if (cells === undefined) seen.set(key, (cells = new Map()));
    const x = Math.floor(row.lon / CELL_LON);
    const y = Math.floor(row.lat / CELL_LAT);
    let first: Located<Unit> | undefined;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const earlier of cells.get(cellOf(x + dx, y + dy)) ?? []) {
          if (first !== undefined && earlier.line > first.line) continue;
          if (metresApart(earlier.row, row) <= SAME_PLACE_METRES) first = earlier;
        }
      }
    }
    if (first === undefined) {
      const cell = cells.get(cellOf(x, y));
      if (cell === undefined) cells.set(cellOf(x, y), [unit]);
      else cell.push(unit);
    } else if (first.row.id !== row.id) {
      warnings.push({
        file,
        line: unit.line,
        reason: messages.likelyDuplicateUnit({
          name: row.namn,
          id: row.id,
          firstLine: first.line,
          firstId: first.row.id,
          metres: SAME_PLACE_METRES,
        }),
      });
    }
  }
  return warnings;
}
