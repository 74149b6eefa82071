/** Raised instead of returning NaN when a share of nothing is asked for. */
export class EmptyGroupError extends Error {
  constructor(what: string) {
    super(`Cannot compute a share of an empty group: ${what}`);
    this.name = "EmptyGroupError";
  }
}

/** part / whole as a fraction in 0..1. */
export function share(part: number, whole: number, what: string): number {
  if (whole === 0) throw new EmptyGroupError(what);
  return part / whole;
}

/** A count and its share of the whole it was counted in. */
export interface CountShare {
  readonly antal: number;
  readonly andel: number;
}

export function countShare(part: number, whole: number, what: string): CountShare {
  return { antal: part, andel: share(part, whole, what) };
}
