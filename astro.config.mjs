// @ts-check
import { defineConfig } from "astro/config";
import { validateData } from "./src/integrations/validate-data.ts";

/**
 * Where the report is published. Set SITE_URL (and BASE_PATH for a sub-path such
 * as "/familjecentraler/") when building for production; canonical URLs, the
 * sitemap and citation tags use them. The default is a reserved placeholder domain.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? "https://familjecentraler.example",
  base: process.env.BASE_PATH ?? "/",
  output: "static",
  integrations: [validateData()],
  // Two routes at a time: the figure PNGs are drawn on worker threads
  // (src/lib/figures/figure-files.ts), so a second route keeps the other core busy.
  // The stylesheet is written into each page: no request stands between the HTML
  // and its first paint.
  build: { format: "directory", concurrency: 2, inlineStylesheets: "always" },
  // Scripts stay files of their own however small (Vite would inline those under
  // 4 KB): the Content-Security-Policy allows only scripts from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  trailingSlash: "ignore",
  devToolbar: { enabled: false },
});
