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
  build: { format: "directory", concurrency: 2 },
  trailingSlash: "ignore",
  devToolbar: { enabled: false },
});
