// Finds a system Chromium for playwright-core. Never downloads a browser: this
// project must build and test on machines that can only reach package registries.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export const INSTALL_HINT =
  "Ingen Chromium hittades. Installera en, till exempel med `sudo apt-get install chromium` (Debian/Ubuntu), eller ange sökvägen i miljövariabeln CHROME_PATH.";

/** @returns {string | null} the path of a Chromium executable, or null if none is installed */
export function findChrome(env = process.env) {
  const fromEnv = env["CHROME_PATH"];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  for (const command of COMMANDS) {
    try {
      const path = execFileSync("which", [command], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

/**
 * Launch options for headless Chromium on a closed network: without the
 * background-networking flags Chromium keeps trying to reach Google's hosts.
 * @param {string} executablePath
 */
export function launchOptions(executablePath) {
  return {
    executablePath,
    headless: true,
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
