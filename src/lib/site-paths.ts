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
