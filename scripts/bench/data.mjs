// Data made for the measurements: one row changed, and the data scaled up.

import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { checkUnitsInRegions } from "../../src/lib/data/check-regions.ts";
import { loadCheckGeodata, loadGeodata } from "../../src/lib/data/load-geodata.ts";
import { ROOT } from "./config.mjs";

// ---- Data ----------------------------------------------------------------------

export const readCsv = (file) =>
  Papa.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });

/** A copy of data/ with one unit's name changed: the smallest edit an analyst makes. */
export function dataWithOneRowChanged(dir, round) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, "data"), dir, { recursive: true });
  const file = path.join(dir, "verksamheter.csv");
  const { data, meta } = readCsv(file);
  data[round % data.length].namn += ` (ändrad ${round + 1})`;
  writeFileSync(file, Papa.unparse(data, { columns: meta.fields, newline: "\n" }) + "\n");
  return dir;
}

/** A deterministic pseudo-random number in [-1, 1) from two integers. */
export const noise = (a, b) => {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
};

/** How far a synthetic copy is moved from its original, at most, in degrees. */
export const JITTER_DEGREES = 0.002;

/**
 * A copy of data/ with every unit cloned `factor` times: new unique ids, the same
 * kommun and form, coordinates moved at most JITTER_DEGREES. A moved point that
 * would leave its region (the build checks each point against the region's
 * polygon) keeps its original, valid position instead. Never written to data/.
 */
export function scaledData(dir, factor) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, "data"), dir, { recursive: true });
  const file = path.join(dir, "verksamheter.csv");
  const { data, meta } = readCsv(file);
  const rows = data.flatMap((row, index) =>
    Array.from({ length: factor }, (_, copy) =>
      copy === 0
        ? row
        : {
            ...row,
            id: `${row.id}-${copy + 1}`,
            namn: `${row.namn} ${copy + 1}`,
            lat: (Number(row.lat) + JITTER_DEGREES * noise(index, copy)).toFixed(4),
            lon: (Number(row.lon) + JITTER_DEGREES * noise(copy, index)).toFixed(4),
          },
    ),
  );
  // Keep every point in its own region, as the build requires.
  const lanskod = new Map(
    readCsv(path.join(dir, "kommuner.csv")).data.map((k) => [k.kommunkod, k.lanskod]),
  );
  const geometry = { map: loadGeodata(dir).regions, detail: loadCheckGeodata(dir) };
  const placed = rows.map((row, i) => ({
    line: i + 2,
    row: {
      lat: Number(row.lat),
      lon: Number(row.lon),
      lanskod: lanskod.get(row.kommunkod),
      kommunkod: row.kommunkod,
    },
  }));
  const outside = checkUnitsInRegions("verksamheter.csv", placed, geometry, (code) => code);
  const original = new Map(data.map((row) => [row.id, row]));
  for (const { line } of outside) {
    const row = rows[line - 2];
    const source = original.get(row.id.replace(/-\d+$/, ""));
    row.lat = source.lat;
    row.lon = source.lon;
  }
  writeFileSync(file, Papa.unparse(rows, { columns: meta.fields, newline: "\n" }) + "\n");
  return { dir, units: rows.length, kept: outside.length };
}
