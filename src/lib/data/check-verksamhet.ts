import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { RowOf } from "./read-table.ts";
import type { verksamheterSchema } from "./schema/verksamheter.ts";
import {
  latitudeInSweden,
  longitudeInSweden,
  looksLikeSweref99Tm,
  SWEDEN_BOUNDS,
} from "./sweden-bounds.ts";

type VerksamhetRow = RowOf<typeof verksamheterSchema>;
type At = { readonly file: string; readonly line: number };

/**
 * Coordinates must be WGS84 degrees in Sweden. A swapped pair is named as such, and so are
 * SWEREF 99 TM metres, in either column order, since "outside Sweden" would mislead there.
 */
export function checkCoordinates(row: VerksamhetRow, { file, line }: At): Problem[] {
  const { lat, lon } = row;
  if (latitudeInSweden(lat) && longitudeInSweden(lon)) return [];
  if (latitudeInSweden(lon) && longitudeInSweden(lat)) {
    return [{ file, line, column: "lat", reason: messages.coordinatesSwapped() }];
  }
  if (looksLikeSweref99Tm(lat, lon)) {
    return [{ file, line, column: "lat", reason: messages.sweref99Tm(String(lat), String(lon)) }];
  }
  if (looksLikeSweref99Tm(lon, lat)) {
    const reason = messages.sweref99TmSwapped(String(lat), String(lon));
    return [{ file, line, column: "lat", reason }];
  }
  const { minLat, maxLat, minLon, maxLon } = SWEDEN_BOUNDS;
  const problems: Problem[] = [];
  if (!latitudeInSweden(lat)) {
    problems.push({
      file,
      line,
      column: "lat",
      reason: messages.latitudeOutsideSweden(String(lat), minLat, maxLat),
    });
  }
  if (!longitudeInSweden(lon)) {
    problems.push({
      file,
      line,
      column: "lon",
      reason: messages.longitudeOutsideSweden(String(lon), minLon, maxLon),
    });
  }
  return problems;
}

const SERVICES = ["mvc", "bvc", "oppen_forskola", "socialtjanst"] as const;

/**
 * The survey's definitions: a familjecentral has all four services; a
 * familjecentralsliknande verksamhet has BVC and at least one municipal service.
 */
export function checkForm(row: VerksamhetRow, { file, line }: At): Problem[] {
  const at = { file, line, column: "verksamhetsform" };
  const missing = SERVICES.filter((service) => !row[service]);
  if (row.verksamhetsform === "familjecentral") {
    return missing.length === 0
      ? []
      : [{ ...at, reason: messages.familjecentralNeedsAllServices(missing) }];
  }
  if (missing.length === 0) return [{ ...at, reason: messages.liknandeHasAllServices() }];
  const problems: Problem[] = [];
  if (!row.bvc) problems.push({ ...at, reason: messages.liknandeNeedsBvc() });
  if (!row.oppen_forskola && !row.socialtjanst) {
    problems.push({ ...at, reason: messages.liknandeNeedsMunicipalService() });
  }
  return problems;
}
