import { digitCode, text } from "../field.ts";

/** `data/regioner.csv`: Sweden's regions (one per county), from SCB. */
export const regionerSchema = {
  /** SCB's two-digit county code, e.g. "01"; the key other files refer to. */
  lanskod: digitCode("Länskod enligt SCB (två siffror, med inledande nolla)", 2),
  /** The regional authority's official name, e.g. "Region Stockholm", "Västra Götalandsregionen". */
  region: text("Regionens officiella namn"),
  /** The county's name, e.g. "Stockholms län". */
  lan: text("Länets namn"),
  /** ISO 3166-2 code, e.g. "SE-AB"; links the region to the map. */
  iso: text("Kod enligt ISO 3166-2, till exempel SE-AB"),
} as const;
