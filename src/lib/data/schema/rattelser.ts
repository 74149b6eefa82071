import { day, text } from "../field.ts";

/** `data/rattelser.csv`: corrections made to published data, shown on the data page. */
export const rattelserSchema = {
  /** The day the correction was made. */
  datum: day("Dagen då rättelsen gjordes"),
  /** What was corrected. */
  rattelse: text("Vad som rättades"),
} as const;
