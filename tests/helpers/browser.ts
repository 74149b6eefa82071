import { chromium, type Browser } from "playwright-core";
import { findChrome, INSTALL_HINT, launchOptions } from "../../scripts/lib/find-chrome.mjs";

/**
 * The system Chromium, or null. Browser tests are skipped loudly without one,
 * unless REQUIRE_BROWSER=1 (set in CI), which makes a missing browser an error.
 */
export function chromeOrSkip(): string | null {
  const chrome = findChrome();
  if (chrome !== null) return chrome;
  if (process.env["REQUIRE_BROWSER"] === "1") throw new Error(`REQUIRE_BROWSER=1: ${INSTALL_HINT}`);
  console.warn(`\n*** WEBBLÄSARTESTER HOPPAS ÖVER *** ${INSTALL_HINT}\n`);
  return null;
}

export function launchChrome(executablePath: string): Promise<Browser> {
  return chromium.launch(launchOptions(executablePath));
}
