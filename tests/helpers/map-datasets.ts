/**
 * Datasets for the map's marks: a town of many units close together, and the
 * shipped units cloned to many thousands (as the bench's scaling does), every
 * point kept inside its region, as the build requires.
 */
import path from "node:path";
import { checkUnitsInRegions } from "../../src/lib/data/check-regions.ts";
import { loadCheckGeodata, loadGeodata } from "../../src/lib/data/load-geodata.ts";
import { PROJECT_ROOT } from "./build-site.ts";
import { FORM_SERVICES, KOMMUNER, shippedUnits, unitsCsv, type UnitRow } from "./datasets.ts";

/** A deterministic number in [-1, 1) from two integers. */
const noise = (a: number, b: number): number => {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
};

/**
 * The shipped units and `count` more within `metres` of a shipped unit in its
 * kommun (a town with many units), alternating forms. Returns the CSV and the new units.
 */
export function townFiles(count: number, metres: number): { csv: string; town: UnitRow[] } {
  const shipped = shippedUnits();
  const centre = shipped[0];
  if (centre === undefined) throw new Error("no shipped unit");
  const lat = Number(centre.lat);
  const lon = Number(centre.lon);
  // Half the side of a square within `metres` across its diagonal.
  const half = metres / 2 / Math.SQRT2;
  const dLat = half / 111_195;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const town = Array.from({ length: count }, (_, i): UnitRow => {
    const form = i % 2 === 0 ? "familjecentral" : "familjecentralsliknande";
    return {
      ...centre,
      ...FORM_SERVICES[form],
      id: `T${i + 1}`,
      namn: `Familjecentralen Testby ${i + 1}`,
      verksamhetsform: form,
      lat: (lat + dLat * noise(i, 1)).toFixed(5),
      lon: (lon + dLon * noise(1, i)).toFixed(5),
    };
  });
  return { csv: unitsCsv([...shipped, ...town]), town };
}

/**
 * The shipped units cloned to at least `count`: new ids and names, the same
 * kommun and form, moved at most 0.002° (a moved point that would leave its
 * region keeps the original's position).
 */
export function manyUnitsCsv(count: number): string {
  const shipped = shippedUnits();
  const copies = Math.ceil(count / shipped.length);
  const rows = shipped.flatMap((row, index) =>
    Array.from({ length: copies }, (_, copy): UnitRow =>
      copy === 0
        ? row
        : {
            ...row,
            id: `${row.id}-${copy + 1}`,
            namn: `${row.namn} ${copy + 1}`,
            lat: (Number(row.lat) + 0.002 * noise(index, copy)).toFixed(4),
            lon: (Number(row.lon) + 0.002 * noise(copy, index)).toFixed(4),
          },
    ),
  );
  const lanskod = new Map(KOMMUNER.map((k) => [k.kommunkod, k.lanskod]));
  const dir = path.join(PROJECT_ROOT, "data");
  const geometry = { map: loadGeodata(dir).regions, detail: loadCheckGeodata(dir) };
  const placed = rows.map((row, i) => ({
    line: i + 2,
    row: {
      lat: Number(row.lat),
      lon: Number(row.lon),
      lanskod: lanskod.get(row.kommunkod) ?? "",
      kommunkod: row.kommunkod,
    },
  }));
  const original = new Map(shipped.map((row) => [row.id, row]));
  for (const { line } of checkUnitsInRegions("verksamheter.csv", placed, geometry, (c) => c)) {
    const row = rows[line - 2];
    const source = original.get(row?.id.replace(/-\d+$/, "") ?? "");
    if (row !== undefined && source !== undefined)
      Object.assign(row, { lat: source.lat, lon: source.lon });
  }
  return unitsCsv(rows);
}
