/**
 * Licences as URIs. DCAT-AP-SE's harvesting rules want one exact URI per
 * licence: Creative Commons licences as http://creativecommons.org/…/, with
 * http and the closing slash (never https, never a "deed" or "legalcode" page).
 */

const CC_HOST = /^(www\.)?creativecommons\.org$/i;
const CC_LICENCES = /^\/licenses\/(by|by-sa|by-nd|by-nc|by-nc-sa|by-nc-nd)\/(\d\.\d)\/$/;
const CC_PUBLIC_DOMAIN = /^\/publicdomain\/(zero|mark)\/(1\.0)\/$/;

/** True for an absolute http(s) address. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

export type LicenceCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly kind: "notAddress" }
  | { readonly ok: false; readonly kind: "notCanonical"; readonly canonical: string }
  | { readonly ok: false; readonly kind: "unknownCc" };

/**
 * Whether `value` can stand as a licence URI in a harvested catalogue. Any
 * http(s) address may name a licence; a Creative Commons one must be written
 * exactly in its canonical form, and a near miss names that form.
 */
export function checkLicenceUri(value: string): LicenceCheck {
  if (!isWebAddress(value)) return { ok: false, kind: "notAddress" };
  const url = new URL(value);
  if (!CC_HOST.test(url.hostname)) return { ok: true };
  const path = url.pathname
    .replace(/\/(deed(\.[a-z-]+)?|legalcode(\.[a-z-]+)?)$/i, "/")
    .replace(/\/?$/, "/")
    .toLowerCase();
  if (!CC_LICENCES.test(path) && !CC_PUBLIC_DOMAIN.test(path))
    return { ok: false, kind: "unknownCc" };
  const canonical = `http://creativecommons.org${path}`;
  return value === canonical ? { ok: true } : { ok: false, kind: "notCanonical", canonical };
}

/** A licence's short name, e.g. "CC BY 4.0" or "CC0 1.0"; the URI itself for one it does not know. */
export function licenceName(uri: string): string {
  const url = isWebAddress(uri) ? new URL(uri) : null;
  if (url === null || !CC_HOST.test(url.hostname)) return uri;
  const licence = CC_LICENCES.exec(url.pathname);
  if (licence !== null) return `CC ${(licence[1] ?? "").toUpperCase()} ${licence[2] ?? ""}`;
  const publicDomain = CC_PUBLIC_DOMAIN.exec(url.pathname);
  if (publicDomain !== null)
    return publicDomain[1] === "zero" ? `CC0 ${publicDomain[2] ?? ""}` : "Public Domain Mark 1.0";
  return uri;
}

/** A Swedish organisation number: ten digits (a hyphen after the sixth allowed), the last a Luhn check digit. */
export function organisationDigits(value: string): string | null {
  if (!/^\d{6}-?\d{4}$/.test(value)) return null;
  const digits = value.replace("-", "");
  const sum = [...digits].reduce((acc, char, i) => {
    const doubled = Number(char) * (i % 2 === 0 ? 2 : 1);
    return acc + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0 ? digits : null;
}

/** An e-mail address as a mailto: link can carry it: one @, a dot in the domain, no spaces. */
export const isEmailAddress = (value: string): boolean =>
  /^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/.test(value);
