/**
 * Figures of a group that may be empty (one form, one region): null when it has
 * no units, so a page says "uppgift saknas" instead of dividing by zero.
 */
export function whenAny<T, R>(units: readonly T[], figures: (units: readonly T[]) => R): R | null {
  return units.length === 0 ? null : figures(units);
}
