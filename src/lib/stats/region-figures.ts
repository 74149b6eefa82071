import type { Dataset, Region, Verksamhet } from "../data/index.ts";
import { areaTypeDistribution, type AreaTypeDistribution } from "./area-type-distribution.ts";
import { countByForm, type FormCounts } from "./count-by-form.ts";
import { kommunCoverage, type Coverage } from "./kommun-coverage.ts";
import { unitsByKommun, type KommunFigures } from "./units-by-kommun.ts";
import { whenAny } from "./when-any.ts";

export interface RegionReport {
  readonly region: Region;
  readonly units: FormCounts;
  readonly kommuner: Coverage;
  /** Every kommun of the region in alphabetical order, with units by form (zero where there are none). */
  readonly kommunTable: readonly KommunFigures[];
  /** The region's units over area types; null when the region has no units. */
  readonly areaTypes: AreaTypeDistribution | null;
  /** The region's units, sorted by kommun name and then unit name. */
  readonly unitList: readonly Verksamhet[];
}

/** Everything a region's page shows about that region. */
export function regionFigures(dataset: Dataset, region: Region): RegionReport {
  const units = dataset.verksamheter.filter((unit) => unit.lanskod === region.lanskod);
  const kommuner = dataset.kommuner
    .filter((kommun) => kommun.lanskod === region.lanskod)
    .sort((a, b) => a.kommun.localeCompare(b.kommun, "sv"));
  const kommunName = new Map(kommuner.map((k) => [k.kommunkod, k.kommun]));
  const byName = (a: Verksamhet, b: Verksamhet) =>
    (kommunName.get(a.kommunkod) ?? "").localeCompare(kommunName.get(b.kommunkod) ?? "", "sv") ||
    a.namn.localeCompare(b.namn, "sv") ||
    a.id.localeCompare(b.id, "sv");
  return {
    region,
    units: countByForm(units),
    kommuner: kommunCoverage(units, kommuner),
    kommunTable: unitsByKommun(units, kommuner),
    areaTypes: whenAny(units, areaTypeDistribution),
    unitList: [...units].sort(byName),
  };
}
