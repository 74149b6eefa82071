import type { Region } from "../data/index.ts";
import type { PublishedDataset } from "./published-units.ts";
import { countByForm, type FormCounts } from "./count-by-form.ts";
import { kommunCoverage, type Coverage } from "./kommun-coverage.ts";

export interface RegionFigures {
  readonly region: Region;
  readonly units: FormCounts;
  readonly kommuner: Coverage;
}

export interface RegionTable {
  /** One row per region, in the order of regioner.csv. */
  readonly rows: readonly RegionFigures[];
  /** The whole country, for the totals row. */
  readonly total: { readonly units: FormCounts; readonly kommuner: Coverage };
}

/** Units by form and municipalities covered, per region and for the whole country. */
export function unitsByRegion(dataset: PublishedDataset): RegionTable {
  const rows = dataset.regioner.map((region) => {
    const units = dataset.verksamheter.filter((u) => u.lanskod === region.lanskod);
    const kommuner = dataset.kommuner.filter((k) => k.lanskod === region.lanskod);
    return { region, units: countByForm(units), kommuner: kommunCoverage(units, kommuner) };
  });
  return {
    rows,
    total: {
      units: countByForm(dataset.verksamheter),
      kommuner: kommunCoverage(dataset.verksamheter, dataset.kommuner),
    },
  };
}
