import type { DataAbout } from "./data-about.ts";

/** Where the catalogue is written, below the site's base. */
export const CATALOGUE_FILE = "katalog.rdf";

export type CatalogueStatus =
  | { readonly write: true; readonly site: string }
  | { readonly write: false; readonly reason: string };

/**
 * Whether the build writes the DCAT-AP-SE catalogue, and if not, why, in
 * Swedish for the build's output. A harvested catalogue needs absolute
 * addresses (SITE_URL) and a publisher, contact and licence (datamangd.csv).
 */
export function catalogueStatus(
  about: DataAbout | null,
  env: Record<string, string | undefined> = process.env,
): CatalogueStatus {
  const site = env["SITE_URL"];
  if (site === undefined || site === "")
    return {
      write: false,
      reason:
        "Ingen datakatalog (data/katalog.rdf) skrevs: SITE_URL är inte satt, och en katalog som Sveriges dataportal ska kunna skörda måste ange varje fil med hela sin webbadress. Bygg med SITE_URL=https://… för att få katalogen.",
    };
  if (about === null)
    return {
      write: false,
      reason:
        "Ingen datakatalog (data/katalog.rdf) skrevs: datamappen har ingen datamangd.csv, och katalogen måste ange datans utgivare, kontakt och licens. Se data/README.md.",
    };
  return { write: true, site };
}

/** The build's line about the catalogue. */
export function catalogueMessage(status: CatalogueStatus): string {
  return status.write
    ? `Datakatalogen enligt DCAT-AP-SE skrivs till data/${CATALOGUE_FILE}, med adresser på ${status.site}.`
    : status.reason;
}
