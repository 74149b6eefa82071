import type { AstroIntegration } from "astro";
import { loadDataset } from "../lib/data/index.ts";

/**
 * Validates data/ before Astro writes anything, so a bad file fails the build
 * with every problem listed and the last good dist/ untouched.
 */
export function validateData(): AstroIntegration {
  return {
    name: "validate-data",
    hooks: {
      "astro:config:setup": ({ command }) => {
        if (command === "build") loadDataset();
      },
    },
  };
}
