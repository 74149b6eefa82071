import type { ColumnRule } from "../data/index.ts";
import { isWithheld, type Withheld } from "./withheld.ts";

/** One group of a partition of the units (a region of the country, a form of all units). */
export interface Part<K, T> {
  readonly key: K;
  /** Units in the group. */
  readonly size: number;
  /** Its aggregate; null for a group without units, which has nothing to hide. */
  readonly value: T | Withheld | null;
}

/**
 * Secondary suppression: when the groups' total is shown beside them, one
 * withheld group could be worked out by subtracting the others from it. Until
 * at least two groups are withheld and together they hold at least the smallest
 * group, the smallest shown group (first in the given order on a tie) is
 * withheld too. Only aggregate-only answers are protected; the total itself is
 * the caller's, and is withheld by aggregateUnder when it is too small.
 */
export function protectPartition<K, T>(
  rule: ColumnRule,
  parts: readonly Part<K, T>[],
): Part<K, T>[] {
  if (rule.publish !== "sammanstallning") return [...parts];
  const result = [...parts];
  const hidden = () => result.filter((part) => isWithheld(part.value));
  if (hidden().length === 0) return result;
  const complement: Withheld = { withheld: "complement", minGroup: rule.minGroup };
  const hiddenUnits = () => hidden().reduce((sum, part) => sum + part.size, 0);
  while (hidden().length < 2 || hiddenUnits() < rule.minGroup) {
    let smallest = -1;
    result.forEach((part, index) => {
      if (part.value === null || isWithheld(part.value) || part.size === 0) return;
      const best = result[smallest];
      if (best === undefined || part.size < best.size) smallest = index;
    });
    const next = result[smallest];
    if (next === undefined) break;
    result[smallest] = { ...next, value: complement };
  }
  return result;
}
