import { digitCode, text } from "../field.ts";

/** `data/kommuner.csv`: all of Sweden's municipalities, with SCB's codes and names. */
export const kommunerSchema = {
  /** SCB's four-digit municipality code, leading zero kept, e.g. "0114". */
  kommunkod: digitCode("Kommunkod enligt SCB (fyra siffror, med inledande nolla)", 4),
  /** SCB's short name, e.g. "Upplands Väsby". */
  kommun: text("Kommunens namn enligt SCB"),
  /** The county the municipality belongs to; must exist in regioner.csv. */
  lanskod: digitCode("Länskod enligt SCB; ska finnas i regioner.csv", 2),
} as const;
