import type { APIRoute } from "astro";
import { formatIsoDate } from "../lib/format.ts";
import { escapeXml } from "../lib/svg/index.ts";
import { reportContext } from "../lib/report-context.ts";
import { regionSlugs } from "../lib/region-slug.ts";
import { paths } from "../lib/site-paths.ts";

/** Every HTML page, with absolute URLs from the configured site and base. */
export const GET: APIRoute = ({ site }) => {
  const { dataset, builtAt } = reportContext();
  const slugs = regionSlugs(dataset.regioner.map((r) => r.region));
  const pages = [
    paths.home(),
    paths.english(),
    paths.regions(),
    ...[...slugs.values()].map((slug) => paths.region(slug)),
    paths.kommuner(),
    paths.downloads(),
    paths.accessibility(),
    paths.easyRead(),
  ];
  const lastmod = formatIsoDate(builtAt);
  const urls = pages
    .map(
      (page) =>
        `<url><loc>${escapeXml(new URL(page, site).href)}</loc><lastmod>${lastmod}</lastmod></url>`,
    )
    .join("\n");
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
};
