import type { ColumnRule } from "../data/index.ts";
import type { Withheld } from "./withheld.ts";

/**
 * An aggregate of one survey answer over a group of units, as the policy allows
 * it: computed when the answer is published per unit, or in aggregates and the
 * group is at least the smallest group; withheld otherwise. Every count and share
 * of an answer the report shows is computed through here.
 */
export function aggregateUnder<U, T>(
  rule: ColumnRule,
  units: readonly U[],
  compute: (units: readonly U[]) => T,
): T | Withheld {
  if (rule.publish === "aldrig") return { withheld: "not-published", minGroup: 0 };
  if (rule.publish === "sammanstallning" && units.length < rule.minGroup)
    return { withheld: "small-group", minGroup: rule.minGroup };
  return compute(units);
}
