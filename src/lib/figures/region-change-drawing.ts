import { regionChangeChart } from "../charts/index.ts";
import type { ReportFigures } from "../stats/index.ts";
import type { Catalogue } from "../text/sv/index.ts";
import { regionChangeSummary } from "../text/survey-change-text.ts";

/**
 * The change per region since the previous survey, drawn for the page and the
 * figure's downloads alike; null unless that survey's units are kept.
 */
export function regionChangeChartSvg(
  figures: ReportFigures,
  width: number,
  id: string,
  t: Catalogue,
): string | null {
  const change = figures.unitChange;
  if (change === null) return null;
  return regionChangeChart(change.regions, {
    width,
    id,
    format: t.format,
    labels: { ariaLabel: regionChangeSummary(change, t) },
  });
}
