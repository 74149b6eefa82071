import type { MapLabels, MapUnit } from "./map/index.ts";
import { isAreaType, type PublishedDataset, type PublishedUnit } from "./stats/index.ts";
import type { Catalogue } from "./text/sv/index.ts";

/**
 * Page-weight budgets: above this many units a map draws one mark per kommun and
 * form, and a region page links to the download instead of listing every unit.
 */
export const UNIT_BUDGET = 500;

/**
 * The units as the map draws them, with their kommun's name; their area type
 * only where the policy publishes it per unit (else the map never names it).
 */
export function mapUnitsOf(dataset: PublishedDataset, units: readonly PublishedUnit[]): MapUnit[] {
  const kommunName = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
  return units.map((unit) => ({
    id: unit.id,
    namn: unit.namn,
    kommun: kommunName.get(unit.kommunkod) ?? unit.kommunkod,
    form: unit.verksamhetsform,
    lat: unit.lat,
    lon: unit.lon,
    ...(unit.omradestyp === undefined ? {} : { area: unit.omradestyp }),
  }));
}

/** The map's texts in the catalogue's language, the same on every page; only the summary differs. */
export function reportMapLabels(
  dataset: PublishedDataset,
  summary: string,
  t: Catalogue,
): MapLabels {
  const {
    areaTypeLabel,
    format,
    formLabel,
    formShort,
    map,
    mapAggregated,
    mapKey,
    unitFields,
    unitTitle,
  } = t;
  const regionName = new Map(dataset.regioner.map((r) => [r.lanskod, r.region]));
  return {
    summary,
    pointTitle: (unit) => unitTitle.format(unit.namn, unit.kommun),
    formName: (form) => formLabel[form].one,
    areaName: (area) =>
      isAreaType(area) ? unitFields.areaType(area, areaTypeLabel[area]) : unitFields.areaMissing,
    formLegend: (form, count) => map.formLegend(formShort[form], format.integer(count)),
    withoutUnits: (codes) => map.withoutUnits(codes.map((code) => regionName.get(code) ?? code)),
    groupTitle: (group) =>
      mapAggregated.groupTitle(group.kommun, group.count, formLabel[group.form]),
    clusterLegend: mapKey.cluster,
    sizeLegend: (counts) => mapKey.sizes(format.list(counts.map((n) => format.integer(n)))),
    integer: (count) => format.integer(count),
  };
}
