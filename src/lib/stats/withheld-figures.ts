import type { Verksamhetsform } from "../data/index.ts";
import type { Partner } from "./collaboration-shares.ts";
import type { ReportFigures } from "./report-figures.ts";
import { isWithheld, type Withheld } from "./withheld.ts";

/** Where a withheld figure would have been, and over how many units. */
export type WithheldPlace =
  | { readonly topic: "areaTypes" | "ageGroups" }
  | { readonly topic: "collaboration"; readonly partner: Partner }
  | { readonly topic: "byForm"; readonly form: Verksamhetsform }
  | { readonly topic: "regionAreaTypes"; readonly region: string };

export type WithheldFigure = WithheldPlace & {
  /** Units in the group the figure would have been computed over. */
  readonly units: number;
  readonly withheld: Withheld;
};

/** Every figure the policy withholds, in the order the report would show them. */
export function withheldFigures(figures: ReportFigures): WithheldFigure[] {
  const found: WithheldFigure[] = [];
  const total = figures.units.total;
  if (isWithheld(figures.areaTypes))
    found.push({ topic: "areaTypes", units: total, withheld: figures.areaTypes });
  for (const [form, value] of Object.entries(figures.areaTypesByForm) as [
    Verksamhetsform,
    (typeof figures.areaTypesByForm)[Verksamhetsform],
  ][])
    if (isWithheld(value))
      found.push({ topic: "byForm", form, units: figures.units[form], withheld: value });
  if (isWithheld(figures.ageGroups))
    found.push({ topic: "ageGroups", units: total, withheld: figures.ageGroups });
  for (const entry of figures.collaboration)
    if (isWithheld(entry))
      found.push({
        topic: "collaboration",
        partner: entry.partner,
        units: total,
        withheld: { withheld: entry.withheld, minGroup: entry.minGroup },
      });
  for (const report of figures.regions)
    if (isWithheld(report.areaTypes))
      found.push({
        topic: "regionAreaTypes",
        region: report.region.region,
        units: report.units.total,
        withheld: report.areaTypes,
      });
  return found;
}
