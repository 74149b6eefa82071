export interface Change {
  readonly before: number;
  readonly after: number;
  /** after − before */
  readonly absolute: number;
  /** (after − before) / before, as a fraction; null when before is zero (no relative change from nothing). */
  readonly relative: number | null;
  /** Whether the count grew, shrank or stayed the same: decides "ökat", "minskat" or "oförändrat". */
  readonly direction: "up" | "down" | "same";
}

/** The change from one count to another, absolute and relative. */
export function changeBetween(before: number, after: number): Change {
  const absolute = after - before;
  return {
    before,
    after,
    absolute,
    relative: before === 0 ? null : absolute / before,
    direction: absolute > 0 ? "up" : absolute < 0 ? "down" : "same",
  };
}
