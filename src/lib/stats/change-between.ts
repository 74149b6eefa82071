import { share } from "./share.ts";

export interface Change {
  readonly before: number;
  readonly after: number;
  /** after − before */
  readonly absolute: number;
  /** (after − before) / before, as a fraction */
  readonly relative: number;
}

/** The change from one count to another, absolute and relative. */
export function changeBetween(before: number, after: number): Change {
  return {
    before,
    after,
    absolute: after - before,
    relative: share(after - before, before, "change from zero"),
  };
}
