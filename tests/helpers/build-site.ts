import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { precompress } from "../../scripts/lib/precompress.mjs";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ASTRO = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));

export interface BuildResult {
  readonly status: number | null;
  readonly output: string;
}

/** Vitest's own variables (NODE_ENV=test, BASE_URL, MODE …) would change how Astro builds. */
const TEST_RUNNER_VARIABLES = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/;

function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)),
  );
}

/**
 * Runs the real `astro build` into outDir, optionally from another data
 * directory and with extra environment (e.g. BASE_PATH), and then, as `npm run
 * build` does, writes the .br and .gz copies: tests check what is published.
 *
 * Each build runs from its own scratch working directory (with --root pointing
 * at the project): Astro puts its intermediate server build under the working
 * directory when outDir lies outside it, so builds sharing one would overwrite
 * each other's chunks when test files run in parallel.
 */
export function buildSite(
  outDir: string,
  dataDir?: string,
  extraEnv: Record<string, string> = {},
): BuildResult {
  // Inside the project, so the intermediate build still resolves node_modules.
  const scratch = path.join(PROJECT_ROOT, "node_modules", ".cache");
  mkdirSync(scratch, { recursive: true });
  const cwd = mkdtempSync(path.join(scratch, "fc-build-"));
  const env = {
    ...inheritedEnv(),
    ASTRO_TELEMETRY_DISABLED: "1",
    DATA_DIR: path.resolve(dataDir ?? path.join(PROJECT_ROOT, "data")),
    ...extraEnv,
  };
  try {
    const result = spawnSync(
      process.execPath,
      [ASTRO, "build", "--root", PROJECT_ROOT, "--outDir", path.resolve(outDir)],
      { cwd, env, encoding: "utf8" },
    );
    if (result.status === 0) precompress(outDir);
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
