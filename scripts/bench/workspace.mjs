// The scratch project the builds run in, and the builds themselves.

import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { precompress } from "../lib/precompress.mjs";
import { ROOT, log, median, seconds } from "./config.mjs";

// ---- The scratch project -------------------------------------------------------

/** Linked from the real node_modules, except the caches a build writes (kept private). */
export const PRIVATE_CACHES = new Set([".vite", ".astro", ".cache"]);
export const PROJECT_FILES = [
  "src",
  "data",
  "public",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
];

export function makeWorkspace() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fc-bench-"));
  for (const entry of PROJECT_FILES) {
    const from = path.join(ROOT, entry);
    if (existsSync(from)) cpSync(from, path.join(dir, entry), { recursive: true });
  }
  linkModules(dir);
  return dir;
}

/**
 * The project as it is at a git ref (`git archive`, so the repository is left
 * as it is), with this checkout's node_modules linked, for a "before" build.
 */
export function makeRefWorkspace(ref) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fc-bench-before-"));
  const tar = path.join(dir, "source.tar");
  const run = (command, commandArgs) => {
    const result = spawnSync(command, commandArgs, { cwd: ROOT, encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(`${command} ${commandArgs.join(" ")}: ${result.stderr || result.stdout}`);
  };
  run("git", ["archive", "--format=tar", "-o", tar, ref]);
  run("tar", ["-xf", tar, "-C", dir]);
  rmSync(tar);
  linkModules(dir);
  return dir;
}

export function linkModules(dir) {
  const modules = path.join(dir, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
    if (!PRIVATE_CACHES.has(entry))
      symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
  }
}

/** Deletes the build output and every cache a build leaves, so the next build starts cold. */
export function cleanWorkspace(workspace, outDir) {
  for (const dir of [
    outDir,
    path.join(workspace, ".astro"),
    path.join(workspace, "node_modules", ".vite"),
    path.join(workspace, "node_modules", ".astro"),
  ])
    rmSync(dir, { recursive: true, force: true });
}

/**
 * One build as `npm run build` makes it: `astro build`, then the precompressed
 * copies. Returns its wall-clock time in ms, or throws with Astro's output.
 */
export function build(workspace, outDir, env = {}) {
  const astro = path.join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd: workspace,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`.slice(-4000));
  precompress(outDir);
  return performance.now() - started;
}

/** `runs` clean builds: median, fastest and slowest wall-clock ms. */
export function cleanBuilds(workspace, outDir, runs, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    cleanWorkspace(workspace, outDir);
    times.push(build(workspace, outDir, env));
    log(`  clean build ${i + 1}/${runs}: ${seconds(times.at(-1))} s`);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}
