import { day, text } from "../field.ts";

/**
 * `data/dataversioner.csv`: the steward's log of data versions, one row per
 * version published, shown on the data page.
 */
export const dataversionerSchema = {
  /** The day the version was published. */
  datum: day("Dagen då dataversionen publicerades"),
  /** What the version changed, in one line. */
  sammanfattning: text("Vad versionen ändrade, på en rad"),
} as const;
