/**
 * Internal links that respect the configured `base`, so the report can be hosted
 * under a sub-path (astro.config.mjs: BASE_PATH). Every internal href goes through here.
 */
export function sitePath(path = "", base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, "")}`;
}

export const paths = {
  home: () => sitePath(),
  regions: () => sitePath("region/"),
  region: (slug: string) => sitePath(`region/${slug}/`),
  downloads: () => sitePath("data/"),
  download: (file: string) => sitePath(`data/${file}`),
  accessibility: () => sitePath("tillganglighet/"),
  sitemap: () => sitePath("sitemap.xml"),
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
