import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/build/global-setup.ts"],
    setupFiles: ["tests/setup/fast-check.ts"],
    // Tests and hooks run real Astro builds, a dev server, Chromium and the Nu HTML
    // Checker; on a loaded 2-core CI machine one build can take a minute. These are
    // ceilings for a hung process, not expectations: no test measures speed.
    testTimeout: 5 * 60_000,
    hookTimeout: 10 * 60_000,
    // Test files run in os.availableParallelism() - 1 workers (Vitest's default):
    // one at a time on 2 cores, so the build, browser and PDF files never compete
    // with each other there, while each still uses the second core for the Astro,
    // Chromium or Java process it starts.
  },
});
