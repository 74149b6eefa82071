import { oneOf, optionalText, text } from "../field.ts";

/** The kinds of publisher in ADMS's vocabulary (http://purl.org/adms/publishertype/…), as DCAT-AP-SE lists them. */
export const PUBLISHER_TYPES = [
  "NationalAuthority",
  "RegionalAuthority",
  "LocalAuthority",
  "SupraNationalAuthority",
  "Academia-ScientificOrganisation",
  "Company",
  "IndustryConsortium",
  "NonGovernmentalOrganisation",
  "NonProfitOrganisation",
  "PrivateIndividual(s)",
  "StandardisationBody",
] as const;

/**
 * `data/datamangd.csv`: who publishes the downloadable data and under which
 * licence, one row. It drives the data page, the codebook, the schema.org
 * description and the DCAT-AP-SE catalogue (dist/data/katalog.rdf).
 */
export const datamangdSchema = {
  /** The organisation that publishes the data, as a data portal should list it. */
  utgivare: text("Organisationen som ger ut datan"),
  /** What kind of organisation it is; DCAT-AP-SE requires it of a publisher. */
  utgivartyp: oneOf("Typ av utgivare enligt ADMS, t.ex. NationalAuthority", PUBLISHER_TYPES),
  /** Its Swedish organisation number (10 digits, a hyphen allowed); empty if not stated. */
  organisationsnummer: optionalText("Utgivarens organisationsnummer, tio siffror (NNNNNN-NNNN)"),
  /** Where questions about the data go; DCAT-AP-SE requires an e-mail address for a contact point. */
  epost: text("E-postadress för frågor om datan"),
  /** A contact page beside the address; empty if there is none. */
  webbadress: optionalText("Webbadress för frågor om datan, eller tomt"),
  /** The data's licence as its canonical URI, exactly as DCAT-AP-SE wants it. */
  licens: text("Datans licens som adress (URI), t.ex. http://creativecommons.org/licenses/by/4.0/"),
} as const;
