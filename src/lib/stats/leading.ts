/** A count under a key, e.g. units per area type. */
export interface Counted<K> {
  readonly key: K;
  readonly antal: number;
}

/**
 * Which key has the largest count. "none" when every count is zero (nothing to
 * lead), "tie" when two or more share the largest count, so a sentence naming
 * "the most common" is only ever written about a single, strict leader.
 */
export type Leading<K> =
  | { readonly kind: "none" }
  | { readonly kind: "one"; readonly key: K; readonly antal: number }
  | { readonly kind: "tie"; readonly keys: readonly K[]; readonly antal: number };

/** The strict leader among counts, a tie, or none; keys keep their given order. */
export function leading<K>(entries: readonly Counted<K>[]): Leading<K> {
  const top = Math.max(0, ...entries.map((entry) => entry.antal));
  if (top === 0) return { kind: "none" };
  const keys = entries.filter((entry) => entry.antal === top).map((entry) => entry.key);
  const [first] = keys;
  if (keys.length === 1 && first !== undefined) return { kind: "one", key: first, antal: top };
  return { kind: "tie", keys, antal: top };
}
