import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ASTRO = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));

export interface BuildResult {
  readonly status: number | null;
  readonly output: string;
}

/** Runs the real `astro build` into outDir, optionally from another data directory. */
export function buildSite(outDir: string, dataDir?: string): BuildResult {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
  };
  const result = spawnSync(process.execPath, [ASTRO, "build", "--outDir", outDir], {
    cwd: PROJECT_ROOT,
    env,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
