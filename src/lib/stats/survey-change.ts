import type { Kommun, PublicationPolicy, Region, Verksamhet } from "../data/index.ts";
import { changeBetween, type Change } from "./change-between.ts";
import { perUnitAnswers, publishedUnit, type PublishedUnit } from "./published-units.ts";

/** One survey's units, as the change between two surveys is computed from. */
export interface SurveyUnitsInput {
  readonly ar: number;
  readonly verksamheter: readonly Verksamhet[];
}

export interface KommunChange {
  readonly kommun: Kommun;
  readonly change: Change;
}

export interface RegionChange {
  readonly region: Region;
  /** Units in the region in the previous survey (before) and now (after). */
  readonly change: Change;
  /**
   * Units here now whose id the previous survey does not have anywhere, as they
   * may be published, by kommun name and then unit name.
   */
  readonly added: readonly PublishedUnit[];
  /** Units here in the previous survey whose id the current survey does not have anywhere. */
  readonly removed: readonly PublishedUnit[];
  /** Every kommun of the region, alphabetically, with its change (zero where there is none). */
  readonly kommuner: readonly KommunChange[];
}

/** Regions tied for the largest change in one direction. */
export interface LargestChange {
  readonly regions: readonly Region[];
  /** The change they share, in units (positive for growth, negative for decline). */
  readonly absolute: number;
}

/** What the per-region figures support saying in words. */
export interface ChangeStatements {
  /** Regions with more units now than in the previous survey, in regioner.csv order. */
  readonly grew: readonly Region[];
  readonly shrank: readonly Region[];
  readonly unchanged: readonly Region[];
  /** The regions that grew the most, all tied ones; null when none grew. */
  readonly largestGrowth: LargestChange | null;
  /** The regions that shrank the most, all tied ones; null when none shrank. */
  readonly largestDecline: LargestChange | null;
}

/** The change between two surveys' unit files, nationally, per region and per kommun. */
export interface SurveyChange {
  readonly previousYear: number;
  readonly currentYear: number;
  readonly national: Change;
  /** Units in both surveys (the same id in both). */
  readonly persisting: number;
  /** Units only in the current survey, and only in the previous one, in the whole country. */
  readonly addedTotal: number;
  readonly removedTotal: number;
  /** Every region, in regioner.csv order. */
  readonly regions: readonly RegionChange[];
  /** Every kommun's change, by kommunkod. */
  readonly kommuner: ReadonlyMap<string, Change>;
  readonly statements: ChangeStatements;
}

const collator = new Intl.Collator("sv");

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function largest(
  rows: readonly { region: Region; change: Change }[],
  sign: 1 | -1,
): LargestChange | null {
  const extreme = Math.max(0, ...rows.map((row) => sign * row.change.absolute));
  if (extreme === 0) return null;
  return {
    regions: rows.filter((row) => sign * row.change.absolute === extreme).map((row) => row.region),
    absolute: sign * extreme,
  };
}

/**
 * The change from the previous survey's units to the current survey's. A unit
 * is the same unit in both when it has the same id: it is then neither new nor
 * removed, even if it moved (the counts per region and kommun still follow it).
 * Units listed as new or removed carry only what the publication policy
 * publishes per unit: their identity (name, kommun, form, position, which
 * the validator requires to be public) and the answers published per unit.
 */
export function surveyChange(input: {
  readonly previous: SurveyUnitsInput;
  readonly current: SurveyUnitsInput;
  readonly regioner: readonly Region[];
  readonly kommuner: readonly Kommun[];
  readonly policy: PublicationPolicy;
}): SurveyChange {
  const { previous, current, regioner, kommuner, policy } = input;
  const shown = perUnitAnswers(policy);
  const previousIds = new Set(previous.verksamheter.map((unit) => unit.id));
  const currentIds = new Set(current.verksamheter.map((unit) => unit.id));
  const added = current.verksamheter.filter((unit) => !previousIds.has(unit.id));
  const removed = previous.verksamheter.filter((unit) => !currentIds.has(unit.id));

  const before = { region: countBy(previous.verksamheter, (u) => u.lanskod) };
  const after = { region: countBy(current.verksamheter, (u) => u.lanskod) };
  const kommunBefore = countBy(previous.verksamheter, (u) => u.kommunkod);
  const kommunAfter = countBy(current.verksamheter, (u) => u.kommunkod);
  const kommunChange = new Map(
    kommuner.map((kommun) => [
      kommun.kommunkod,
      changeBetween(
        kommunBefore.get(kommun.kommunkod) ?? 0,
        kommunAfter.get(kommun.kommunkod) ?? 0,
      ),
    ]),
  );
  const kommunName = new Map(kommuner.map((kommun) => [kommun.kommunkod, kommun.kommun]));
  const byName = (a: PublishedUnit, b: PublishedUnit) =>
    collator.compare(kommunName.get(a.kommunkod) ?? "", kommunName.get(b.kommunkod) ?? "") ||
    collator.compare(a.namn, b.namn) ||
    collator.compare(a.id, b.id);
  const listIn = (units: readonly Verksamhet[], lanskod: string) =>
    units
      .filter((unit) => unit.lanskod === lanskod)
      .map((unit) => publishedUnit(unit, shown))
      .sort(byName);

  const regions: RegionChange[] = regioner.map((region) => ({
    region,
    change: changeBetween(
      before.region.get(region.lanskod) ?? 0,
      after.region.get(region.lanskod) ?? 0,
    ),
    added: listIn(added, region.lanskod),
    removed: listIn(removed, region.lanskod),
    kommuner: kommuner
      .filter((kommun) => kommun.lanskod === region.lanskod)
      .sort((a, b) => collator.compare(a.kommun, b.kommun))
      .map((kommun) => ({
        kommun,
        change: kommunChange.get(kommun.kommunkod) ?? changeBetween(0, 0),
      })),
  }));
  const inDirection = (direction: Change["direction"]) =>
    regions.filter((row) => row.change.direction === direction).map((row) => row.region);
  return {
    previousYear: previous.ar,
    currentYear: current.ar,
    national: changeBetween(previous.verksamheter.length, current.verksamheter.length),
    persisting: current.verksamheter.length - added.length,
    addedTotal: added.length,
    removedTotal: removed.length,
    regions,
    kommuner: kommunChange,
    statements: {
      grew: inDirection("up"),
      shrank: inDirection("down"),
      unchanged: inDirection("same"),
      largestGrowth: largest(regions, 1),
      largestDecline: largest(regions, -1),
    },
  };
}
