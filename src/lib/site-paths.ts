/**
 * Internal links that respect the configured `base`, so the report can be hosted
 * under a sub-path (astro.config.mjs: BASE_PATH). Every internal href goes through here.
 */
export function sitePath(path = "", base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, "")}`;
}

/** A kommun's row in its region's kommun table: a stable anchor, the same in every build. */
export function kommunAnchor(kommunkod: string): string {
  return `kommun-${kommunkod}`;
}

/**
 * The anchor of a letter's group in the kommun finder, in ASCII as Swedish
 * transliterates: "A" → "a", "Å" → "aa", "Ä" → "ae", "Ö" → "oe".
 */
export function letterAnchor(letter: string): string {
  const ascii = letter
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/\u030a/g, "a")
    .replace(/\u0308/g, "e")
    .replace(/\p{M}/gu, "");
  return `bokstav-${ascii}`;
}

/** The national report's path in each language: the Swedish report and the English summary. */
export const REPORT_PATHS = { sv: "", en: "en/" } as const;

/** Each edition's PDF, beside the site in dist/ (written by scripts/pdf.mjs). */
export const PDF_FILES = {
  sv: (year: number | string) => `familjecentraler-${year}.pdf`,
  en: (year: number | string) => `familjecentraler-${year}-summary-en.pdf`,
} as const;

export const paths = {
  home: () => sitePath(),
  english: () => sitePath(REPORT_PATHS.en),
  regions: () => sitePath("region/"),
  region: (slug: string) => sitePath(`region/${slug}/`),
  /** A kommun's row on its region's page. */
  kommun: (regionSlug: string, kommunkod: string) =>
    `${sitePath(`region/${regionSlug}/`)}#${kommunAnchor(kommunkod)}`,
  kommuner: () => sitePath("kommuner/"),
  downloads: () => sitePath("data/"),
  download: (file: string) => sitePath(`data/${file}`),
  accessibility: () => sitePath("tillganglighet/"),
  /** The report in easy-to-read Swedish (lättläst). */
  easyRead: () => sitePath("lattlast/"),
  sitemap: () => sitePath("sitemap.xml"),
  /** The dark theme and forced-colours rules (src/pages/theme.css.ts). */
  themeAlternatives: () => sitePath("theme.css"),
} as const;

/**
 * The published address of a page, or null while SITE_URL is unset: the build
 * then only knows a placeholder domain (astro.config.mjs), which a citation, a
 * colophon or a downloaded figure must never print.
 */
export function publishedUrl(
  path = "",
  env: Record<string, string | undefined> = process.env,
): string | null {
  const site = env["SITE_URL"];
  return site === undefined || site === "" ? null : new URL(sitePath(path), site).href;
}
