import { optionalInteger, optionalText, optionalWebAddress, text } from "../field.ts";

/**
 * `data/kallor.csv`: sources the report names besides each survey's own source
 * (kartlaggningar.csv, `kalla`): a survey's further publications (with its
 * year) and context and method sources (without a year), in the order listed.
 */
export const kallorSchema = {
  /** The survey the source belongs to; empty for a context or method source. */
  ar: optionalInteger(
    "Kartläggningen som källan hör till (ett år i kartlaggningar.csv); tomt för sammanhang och metod",
    1990,
    2100,
  ),
  /** The source as the Swedish report lists it. */
  text: text("Källan som den anges i rapporten"),
  /** The same in English for the English summary; empty keeps the Swedish text, marked Swedish. */
  text_en: optionalText("Källan på engelska; tomt = den svenska texten"),
  /** The publisher's web address; empty if none. */
  adress: optionalWebAddress("Webbadress till källan eller utgivaren"),
} as const;
