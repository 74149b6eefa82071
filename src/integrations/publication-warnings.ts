import type { Datamangd } from "../lib/data/index.ts";
import { accessibilityStatement } from "../lib/text/sv/accessibility-statement.ts";

/**
 * Domains reserved for examples by RFC 2606: no mail to them is ever delivered,
 * so an address on one is a placeholder, whatever its name.
 */
const RESERVED_EXAMPLE_DOMAIN = /(^|\.)example$|(^|\.)example\.(com|net|org)$/i;

/** True if the e-mail address is on a reserved example domain (e.g. `x@familjecentraler.example`). */
export function isPlaceholderAddress(address: string): boolean {
  const domain = address.trim().split("@").pop() ?? "";
  return RESERVED_EXAMPLE_DOMAIN.test(domain.replace(/\.$/, ""));
}

/**
 * What must be changed before the report is published, in Swedish; empty when
 * nothing is left. The build prints these and carries on.
 */
export function publicationWarnings(
  contact: string = accessibilityStatement.contact,
): readonly string[] {
  return isPlaceholderAddress(contact)
    ? [
        `Kontaktadressen i tillgänglighetsredogörelsen, ${contact}, är en platshållare: domänen är reserverad för exempel och tar aldrig emot e-post. Skriv in en riktig adress i src/lib/text/sv/accessibility-statement.ts, nyckeln accessibilityStatement.contact, innan rapporten publiceras.`,
      ]
    : [];
}

/** What must change in datamangd.csv before the data is published; empty when nothing is left. */
export function dataWarnings(row: Datamangd | null): readonly string[] {
  return row !== null && isPlaceholderAddress(row.epost)
    ? [
        `E-postadressen för frågor om datan, ${row.epost}, är en platshållare: domänen är reserverad för exempel och tar aldrig emot e-post. Skriv in en riktig adress i datamangd.csv, kolumnen epost, innan datan publiceras.`,
      ]
    : [];
}

/**
 * What `npm run pdf` says when the PDF cannot name its web address: without
 * SITE_URL the printed report gives no address and says nothing of a website.
 */
export function pdfWarnings(
  env: Record<string, string | undefined> = process.env,
): readonly string[] {
  const site = env["SITE_URL"];
  return site === undefined || site === ""
    ? [
        "SITE_URL är inte satt, så PDF:en anger ingen webbadress och hänvisar inte till webbplatsen. Ska PDF:en publiceras, kör SITE_URL=https://… npm run pdf med rapportens riktiga adress.",
      ]
    : [];
}
