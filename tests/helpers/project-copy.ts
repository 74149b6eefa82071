import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "./build-site.ts";

/** What a build reads: the project without its tests, build output and caches. */
const PROJECT_FILES = [
  "src",
  "data",
  "public",
  "scripts",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
];
/** Caches a build writes inside node_modules: private to each copy. */
const PRIVATE_CACHES = new Set([".vite", ".astro", ".cache"]);

/** Vitest's own variables (NODE_ENV=test, BASE_URL, MODE …) would change how Astro builds. */
const TEST_RUNNER_VARIABLES = /^(VITEST.*|VITE_.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/;

/** The environment a person at a terminal would have, plus `extra`. */
export function terminalEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)),
    ),
    ASTRO_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

export interface CommandResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
}

/**
 * A copy of the project in a temporary directory, so a test can add a page that
 * throws, or watch dist/, without touching the working tree. node_modules is
 * linked entry by entry (the build's caches stay private to the copy).
 */
export function projectCopy(prefix: string) {
  const root = mkdtempSync(path.join(tmpdir(), `fc-${prefix}-`));
  for (const entry of PROJECT_FILES) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(root, entry), { recursive: true });
  }
  const modules = path.join(root, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(PROJECT_ROOT, "node_modules"))) {
    if (!PRIVATE_CACHES.has(entry))
      symlinkSync(path.join(PROJECT_ROOT, "node_modules", entry), path.join(modules, entry));
  }
  return {
    root,
    dist: path.join(root, "dist"),
    /** `npm run <script>` in the copy, as a person would type it; waits for it to end. */
    npmRun(script: string, env: Record<string, string> = {}): CommandResult {
      const result = spawnSync("npm", ["run", "--silent", script], {
        cwd: root,
        env: terminalEnv(env),
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.error) throw result.error;
      return {
        status: result.status,
        signal: result.signal,
        output: `${result.stdout}${result.stderr}`,
      };
    },
    /** `npm run <script>` started in its own process group, so a test can stop the whole group. */
    npmStart(script: string, env: Record<string, string> = {}) {
      const child = spawn("npm", ["run", "--silent", script], {
        cwd: root,
        env: terminalEnv(env),
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const ended = new Promise<CommandResult>((resolve) =>
        child.on("close", (status, signal) => resolve({ status, signal, output })),
      );
      return {
        child,
        ended,
        output: () => output,
        /** Sends a signal to npm, the build script and Astro at once, like Ctrl+C or a kill of the job. */
        signalGroup: (signal: NodeJS.Signals) => process.kill(-(child.pid ?? 0), signal),
      };
    },
    /** Scratch directories that builds left beside dist/. */
    leftovers: (): string[] => readdirSync(root).filter((name) => /^\.dist-/.test(name)),
    exists: (relative: string) => existsSync(path.join(root, relative)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
