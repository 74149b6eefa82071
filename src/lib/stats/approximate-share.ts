/** The simple fractions a report may round a share to, in words. */
export const FRACTIONS = [
  { key: "tiondel", value: 1 / 10 },
  { key: "femtedel", value: 1 / 5 },
  { key: "fjardedel", value: 1 / 4 },
  { key: "tredjedel", value: 1 / 3 },
  { key: "halften", value: 1 / 2 },
  { key: "tvaTredjedelar", value: 2 / 3 },
  { key: "treFjardedelar", value: 3 / 4 },
] as const;
export type Fraction = (typeof FRACTIONS)[number]["key"];

/**
 * How close a share must be to a fraction to be called "about" it, and how far
 * above or below it may lie to be called "just over" or "just under" it
 * (percentage points, as fractions). 35,4 % is "just over a third"; 32,5 % is
 * "about a third"; 40 % is none of these and is given as a number only.
 */
export const ABOUT_WITHIN = 0.015;
export const JUST_WITHIN = 0.04;

export type Qualifier = "ungefar" | "drygt" | "knappt";

export interface ApproximateShare {
  readonly fraction: Fraction;
  readonly qualifier: Qualifier;
}

/** The nearest simple fraction a share can honestly be described by, or null. */
export function approximateShare(share: number): ApproximateShare | null {
  let best: { key: Fraction; value: number } | null = null;
  for (const fraction of FRACTIONS) {
    if (best === null || Math.abs(share - fraction.value) < Math.abs(share - best.value))
      best = fraction;
  }
  if (best === null) return null;
  const difference = share - best.value;
  if (Math.abs(difference) <= ABOUT_WITHIN) return { fraction: best.key, qualifier: "ungefar" };
  if (Math.abs(difference) > JUST_WITHIN) return null;
  return { fraction: best.key, qualifier: difference > 0 ? "drygt" : "knappt" };
}
