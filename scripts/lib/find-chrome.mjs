// Finds a system Chromium for playwright-core. Never downloads a browser: this
// project must build and test on machines that can only reach package registries.
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export const INSTALL_HINT =
  "Ingen Chromium hittades. Installera en, till exempel med `sudo apt-get install chromium` (Debian/Ubuntu), eller ange sökvägen i miljövariabeln CHROME_PATH.";

/** Why CHROME_PATH cannot be used, naming the path it gives. */
const badChromePath = (chromePath) =>
  `CHROME_PATH pekar på ${chromePath}, men där finns ingen körbar fil.`;

/** A file this process may run. */
function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROME_PATH when it is set but names nothing that can run; otherwise undefined. */
function unusableChromePath(env) {
  const fromEnv = env["CHROME_PATH"];
  return fromEnv && !isExecutable(fromEnv) ? fromEnv : undefined;
}

/** The first installed Chromium: a usual place, else a usual name on the PATH in `env`. */
function installedChrome(env, candidates) {
  const found = candidates.find(isExecutable);
  if (found) return found;
  const dirs = (env["PATH"] ?? "").split(path.delimiter).filter((dir) => dir !== "");
  for (const command of COMMANDS) {
    for (const dir of dirs) {
      const file = path.join(dir, command);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/**
 * The path of a Chromium executable, or null if none is installed. CHROME_PATH
 * wins when it names a program; when it names nothing that can run, an installed
 * Chromium is used instead, with a warning that names both.
 * @param {Record<string, string | undefined>} [env]
 * @param {{ warn?: (message: string) => void, candidates?: readonly string[] }} [options]
 *   `candidates`: the usual install locations, tried before the PATH
 * @returns {string | null}
 */
export function findChrome(env = process.env, options = {}) {
  const { warn = (message) => console.warn(message), candidates = CANDIDATES } = options;
  const fromEnv = env["CHROME_PATH"];
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  const found = installedChrome(env, candidates);
  if (fromEnv && found !== null) warn(`${badChromePath(fromEnv)} Använder ${found} i stället.`);
  return found;
}

/**
 * What to do when findChrome found nothing: install a Chromium, and, if
 * CHROME_PATH is set, which path did not work.
 * @param {Record<string, string | undefined>} [env]
 */
export function installHint(env = process.env) {
  const bad = unusableChromePath(env);
  return bad === undefined ? INSTALL_HINT : `${badChromePath(bad)} ${INSTALL_HINT}`;
}

/** Playwright's 30 s default is for a quiet machine; a busy 2-core one can take longer to start Chromium. */
export const BROWSER_TIMEOUT_MS = 3 * 60_000;

/**
 * Launch options for headless Chromium on a closed network: without the
 * background-networking flags Chromium keeps trying to reach Google's hosts.
 * @param {string} executablePath
 */
export function launchOptions(executablePath) {
  return {
    executablePath,
    headless: true,
    timeout: BROWSER_TIMEOUT_MS,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  };
}
