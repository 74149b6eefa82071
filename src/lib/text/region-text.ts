/**
 * A region page's sentences about the data, composed from the region's and the
 * nation's figures, so tests can read them for any dataset (see report-text.ts).
 */
import { isWithheld, type RegionReport, type ReportFigures } from "../stats/index.ts";
import { regionPage, withheld } from "./sv/index.ts";

export interface RegionText {
  readonly title: string;
  readonly description: string;
  /** The lead paragraphs: counts by form and kommuner, or (no units) the context. */
  readonly lead: readonly string[];
  readonly mapCaption: string;
  readonly mapSummary: string;
  /**
   * The region's share in areas with challenges beside the nation's, or why it is
   * withheld; null without units.
   */
  readonly areaText: string | null;
}

export function regionText(national: ReportFigures, report: RegionReport): RegionText {
  const { region, units, kommuner, areaTypes } = report;
  const year = String(national.current.ar);
  const withUnits = national.regionTable.rows
    .filter((row) => row.units.total > 0)
    .map((row) => row.region.region);
  const others = national.regioner.without
    .filter((r) => r.lanskod !== region.lanskod)
    .map((r) => r.region);
  return {
    title: regionPage.title(region.region, year),
    description: regionPage.description(region.region, units.total, year),
    lead:
      units.total > 0
        ? [regionPage.lead({ units, kommuner: kommuner.withUnits, kommunTotal: kommuner.total })]
        : [
            regionPage.none(region.region, year),
            regionPage.noneContext({
              withoutCount: national.regioner.without.length,
              regionTotal: national.regioner.total,
              others,
              withUnits,
              units: national.units.total,
            }),
          ],
    mapCaption:
      units.total > 0
        ? regionPage.mapCaption(region.region, units)
        : regionPage.mapCaptionNone(region.region),
    mapSummary: regionPage.mapSummary(region.region, units.total),
    areaText:
      areaTypes === null
        ? null
        : isWithheld(areaTypes)
          ? withheld.sentence(withheld.topics.regionAreaTypes(region.region), areaTypes)
          : regionPage.areaText({
              region: region.region,
              known: areaTypes.known,
              challenges: areaTypes.byGroup.utmaningar.andel,
              // A region's area types are shown only where the nation's are.
              nationalKnown: isWithheld(national.areaTypes) ? 0 : national.areaTypes.known,
              national: isWithheld(national.areaTypes)
                ? 0
                : national.areaTypes.byGroup.utmaningar.andel,
            }),
  };
}
