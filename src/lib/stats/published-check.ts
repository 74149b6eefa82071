import type { PubliceradSiffra } from "../data/index.ts";
import type { PublishedMeasure } from "../data/schema/publicerade-siffror.ts";
import type { ReportFigures } from "./report-figures.ts";

/** One figure the current survey published, beside what the data give. */
export interface CheckedFigure {
  readonly measure: PublishedMeasure;
  /** The region the count is for; null for the whole country. */
  readonly region: string | null;
  readonly published: number;
  /** What the data give; null for a region the data do not have. */
  readonly actual: number | null;
}

/**
 * Whether the data reproduce what the current survey published
 * (publicerade-siffror.csv): "unchecked" when nothing is recorded for it,
 * "equal" when every recorded figure matches, else "differs" with the
 * figures that do not. Only then may the report say the data match.
 */
export type PublishedCheck =
  | { readonly status: "unchecked" }
  | { readonly status: "equal"; readonly figures: readonly CheckedFigure[] }
  | { readonly status: "differs"; readonly differences: readonly CheckedFigure[] };

export function publishedCheck(
  figures: ReportFigures,
  published: readonly PubliceradSiffra[],
): PublishedCheck {
  const regionUnits = new Map(
    figures.regionTable.rows.map((row) => [row.region.region, row.units.total]),
  );
  const actualOf = (row: PubliceradSiffra): number | null => {
    if (row.uppgift === "kommuner") return figures.kommuner.withUnits;
    if (row.uppgift === "regioner") return figures.regioner.withUnits;
    return row.region === null ? figures.units.total : (regionUnits.get(row.region) ?? null);
  };
  const checked = published
    .filter((row) => row.ar === figures.current.ar)
    .map((row) => ({
      measure: row.uppgift,
      region: row.region,
      published: row.antal,
      actual: actualOf(row),
    }));
  if (checked.length === 0) return { status: "unchecked" };
  const differences = checked.filter((figure) => figure.actual !== figure.published);
  return differences.length === 0
    ? { status: "equal", figures: checked }
    : { status: "differs", differences };
}
