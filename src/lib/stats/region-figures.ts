import type { Dataset, Region, Verksamhet } from "../data/index.ts";
import { aggregateUnder } from "./aggregate-under.ts";
import { areaTypeDistribution, type AreaTypeDistribution } from "./area-type-distribution.ts";
import { countByForm, type FormCounts } from "./count-by-form.ts";
import { kommunCoverage, type Coverage } from "./kommun-coverage.ts";
import { protectPartition } from "./protect-partition.ts";
import { perUnitAnswers, publishedUnit, type PublishedUnit } from "./published-units.ts";
import { unitsByKommun, type KommunFigures } from "./units-by-kommun.ts";
import type { Withheld } from "./withheld.ts";

export interface RegionReport {
  readonly region: Region;
  readonly units: FormCounts;
  readonly kommuner: Coverage;
  /** Every kommun of the region in alphabetical order, with units by form (zero where there are none). */
  readonly kommunTable: readonly KommunFigures[];
  /**
   * The region's units over area types; null when the region has no units;
   * withheld when the policy keeps area types from a group this small, or from
   * a region that, with the national total, would reveal a smaller one.
   */
  readonly areaTypes: AreaTypeDistribution | Withheld | null;
  /** The region's units as they may be published, sorted by kommun name and then unit name. */
  readonly unitList: readonly PublishedUnit[];
}

/**
 * Every region's page figures, in the order of regioner.csv. Computed together
 * because the regions partition the country: what one region may show depends
 * on what the others show beside the national figures.
 */
export function regionReports(dataset: Dataset): readonly RegionReport[] {
  const rule = dataset.policy.rules.omradestyp;
  const shown = perUnitAnswers(dataset.policy);
  const unitsOf = new Map<string, Verksamhet[]>();
  for (const unit of dataset.verksamheter) {
    const group = unitsOf.get(unit.lanskod);
    if (group === undefined) unitsOf.set(unit.lanskod, [unit]);
    else group.push(unit);
  }
  const areaParts = protectPartition(
    rule,
    dataset.regioner.map((region) => {
      const units = unitsOf.get(region.lanskod) ?? [];
      return {
        key: region.lanskod,
        size: units.length,
        value: units.length === 0 ? null : aggregateUnder(rule, units, areaTypeDistribution),
      };
    }),
  );
  return dataset.regioner.map((region, index) => {
    const units = unitsOf.get(region.lanskod) ?? [];
    const kommuner = dataset.kommuner
      .filter((kommun) => kommun.lanskod === region.lanskod)
      .sort((a, b) => a.kommun.localeCompare(b.kommun, "sv"));
    const kommunName = new Map(kommuner.map((k) => [k.kommunkod, k.kommun]));
    const byName = (a: PublishedUnit, b: PublishedUnit) =>
      (kommunName.get(a.kommunkod) ?? "").localeCompare(kommunName.get(b.kommunkod) ?? "", "sv") ||
      a.namn.localeCompare(b.namn, "sv") ||
      a.id.localeCompare(b.id, "sv");
    const published = units.map((unit) => publishedUnit(unit, shown));
    return {
      region,
      units: countByForm(units),
      kommuner: kommunCoverage(units, kommuner),
      kommunTable: unitsByKommun(published, kommuner),
      areaTypes: areaParts[index]?.value ?? null,
      unitList: published.sort(byName),
    };
  });
}

/** One region's figures out of every region's. */
export function regionReportOf(reports: readonly RegionReport[], region: Region): RegionReport {
  const report = reports.find((candidate) => candidate.region.lanskod === region.lanskod);
  if (report === undefined) throw new Error(`No figures for region ${region.lanskod}`);
  return report;
}
