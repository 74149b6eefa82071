import type { Kommun } from "../data/index.ts";
import type { PublishedUnit } from "./published-units.ts";
import { countByForm, type FormCounts } from "./count-by-form.ts";

export interface KommunFigures {
  readonly kommun: Kommun;
  readonly units: FormCounts;
}

/** Units by form for every given kommun, in the given order; kommuner without units count zero. */
export function unitsByKommun(
  units: readonly PublishedUnit[],
  kommuner: readonly Kommun[],
): readonly KommunFigures[] {
  // Grouped once, so the cost grows with units + kommuner, not their product.
  const byKommun = new Map<string, PublishedUnit[]>();
  for (const unit of units) {
    const group = byKommun.get(unit.kommunkod);
    if (group === undefined) byKommun.set(unit.kommunkod, [unit]);
    else group.push(unit);
  }
  return kommuner.map((kommun) => ({
    kommun,
    units: countByForm(byKommun.get(kommun.kommunkod) ?? []),
  }));
}
