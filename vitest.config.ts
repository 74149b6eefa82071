import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/build/global-setup.ts"],
    setupFiles: ["tests/setup/fast-check.ts"],
    // Build-output tests run the real Astro build, which takes a few seconds on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
