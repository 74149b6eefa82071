/**
 * Why a figure is not shown: its group has fewer units than the policy's
 * smallest group; it would let such a group be worked out from a total shown
 * beside it; or the policy publishes the column in no form at all.
 */
export type WithheldReason = "small-group" | "complement" | "not-published";

/** A figure the publication policy keeps from the reader, shown as "..". */
export interface Withheld {
  readonly withheld: WithheldReason;
  /** The policy's smallest group for the column (0 when it is never published). */
  readonly minGroup: number;
}

/** Tells a withheld figure from a shown one. */
export function isWithheld(value: unknown): value is Withheld {
  return typeof value === "object" && value !== null && "withheld" in value;
}

/** The figure itself, or null when it is withheld (for callers that only read shown figures). */
export const shownOrNull = <T>(value: T | Withheld): T | null => (isWithheld(value) ? null : value);
