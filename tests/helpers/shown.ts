import { isWithheld, type Withheld } from "../../src/lib/stats/index.ts";

/** A figure a test expects the policy to show; fails the test when it is withheld. */
export function shown<V>(value: V): Exclude<V, Withheld> {
  if (isWithheld(value)) throw new Error(`Expected a shown figure, got ${JSON.stringify(value)}`);
  return value as Exclude<V, Withheld>;
}
