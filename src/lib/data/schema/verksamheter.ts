import { decimal, digitCode, oneOf, optionalInteger, text, yesNo } from "../field.ts";

export const VERKSAMHETSFORMER = ["familjecentral", "familjecentralsliknande"] as const;
export type Verksamhetsform = (typeof VERKSAMHETSFORMER)[number];

export const MALGRUPPER = ["0-6", "0-12", "0-18"] as const;
export type Malgrupp = (typeof MALGRUPPER)[number];

/** `data/verksamheter.csv`: the survey, one row per unit. Region is derived from kommunkod. */
export const verksamheterSchema = {
  /** A unique, stable identifier of the unit, e.g. "V001". */
  id: text("Unik identitet för verksamheten"),
  /** The unit's name. */
  namn: text("Verksamhetens namn"),
  /** familjecentral: MVC, BVC, open preschool and social services; familjecentralsliknande: BVC and at least one municipal service. */
  verksamhetsform: oneOf("Verksamhetsform", VERKSAMHETSFORMER),
  /** The municipality the unit is in; must exist in kommuner.csv. */
  kommunkod: digitCode("Kommunkod enligt SCB; ska finnas i kommuner.csv", 4),
  /** Latitude, WGS84 decimal degrees. */
  lat: decimal("Latitud (WGS84, decimalgrader)"),
  /** Longitude, WGS84 decimal degrees. */
  lon: decimal("Longitud (WGS84, decimalgrader)"),
  /** Delmos/SCB area type (1–5) of the unit's RegSO area; empty when unknown. */
  omradestyp: optionalInteger("Områdestyp enligt Delmos/SCB (1–5); tomt = uppgift saknas", 1, 5),
  /** The age group the unit mainly works for. */
  malgrupp: oneOf("Huvudsaklig målgrupp (barnens ålder i år)", MALGRUPPER),
  /** Maternal health care (mödrahälsovård) in the unit. */
  mvc: yesNo("Mödrahälsovård (MVC) finns i verksamheten"),
  /** Child health care (barnhälsovård) in the unit. */
  bvc: yesNo("Barnhälsovård (BVC) finns i verksamheten"),
  /** Open preschool (öppen förskola) in the unit. */
  oppen_forskola: yesNo("Öppen förskola finns i verksamheten"),
  /** Preventive social services (förebyggande socialtjänst) in the unit. */
  socialtjanst: yesNo("Socialtjänst med förebyggande inriktning finns i verksamheten"),
  /** Collaborates with a library. */
  samverkan_bibliotek: yesNo("Samverkar med bibliotek"),
  /** Collaborates with preschools. */
  samverkan_forskola: yesNo("Samverkar med förskola"),
  /** Collaborates with dental care. */
  samverkan_tandvard: yesNo("Samverkar med tandvård"),
  /** Collaborates with a maternal/child health psychologist. */
  samverkan_psykolog: yesNo("Samverkar med mödra- och barnhälsovårdspsykolog"),
} as const;
