/**
 * The words about the change since the previous survey, per region, composed
 * from the figures in the page's language: the development section's caption
 * and the chart's text alternative say the same as the chart and its table.
 */
import type { SurveyChange } from "../stats/index.ts";
import type { Catalogue } from "./sv/index.ts";

/** How many regions grew, shrank and stayed the same, and which changed the most. */
export function regionChangeStatement(change: SurveyChange, t: Catalogue): string {
  const { grew, shrank, unchanged, largestGrowth, largestDecline } = change.statements;
  const names = (largest: typeof largestGrowth) =>
    largest === null
      ? null
      : { regions: largest.regions.map((r) => r.region), units: Math.abs(largest.absolute) };
  return t.surveyChange.statement({
    previousYear: String(change.previousYear),
    year: String(change.currentYear),
    grew: grew.length,
    shrank: shrank.length,
    unchanged: unchanged.length,
    largestGrowth: names(largestGrowth),
    largestDecline: names(largestDecline),
  });
}

/** The chart's text alternative: every region's change, with the counts it is between. */
export function regionChangeSummary(change: SurveyChange, t: Catalogue): string {
  const { format, surveyChange: words } = t;
  return words.chartSummary(
    String(change.previousYear),
    String(change.currentYear),
    format.list(
      change.regions.map(({ region, change: c }) =>
        words.part(
          region.region,
          format.signedInteger(c.absolute),
          format.integer(c.before),
          format.integer(c.after),
        ),
      ),
    ),
  );
}
