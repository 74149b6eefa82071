/**
 * "A majority", "most" ("de flesta"): strictly more than half. Exactly half is
 * not a majority, so 2 of 4 never reads as "most".
 */
export const MAJORITY_ABOVE = 0.5;

/** True when a share (0..1) is a majority. */
export function isMajority(share: number): boolean {
  return share > MAJORITY_ABOVE;
}
