// @ts-check
import { defineConfig } from "astro/config";
import { validateData } from "./src/integrations/validate-data.ts";

export default defineConfig({
  output: "static",
  integrations: [validateData()],
  build: { format: "directory" },
  trailingSlash: "ignore",
  devToolbar: { enabled: false },
});
