import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { findChrome, installHint, launchOptions } from "../../scripts/lib/find-chrome.mjs";
import { serveStatic } from "../../scripts/lib/static-server.mjs";

/**
 * The system Chromium, or null. Browser tests are skipped loudly without one,
 * unless REQUIRE_BROWSER=1 (set in CI), which makes a missing browser an error.
 */
export function chromeOrSkip(): string | null {
  const chrome = findChrome();
  if (chrome !== null) return chrome;
  const hint = installHint();
  if (process.env["REQUIRE_BROWSER"] === "1") throw new Error(`REQUIRE_BROWSER=1: ${hint}`);
  console.warn(`\n*** WEBBLÄSARTESTER HOPPAS ÖVER *** ${hint}\n`);
  return null;
}

export function launchChrome(executablePath: string): Promise<Browser> {
  return chromium.launch(launchOptions(executablePath));
}

export interface SiteInBrowser {
  browser: Browser;
  server: { url: string; close: () => Promise<void> };
}

/**
 * One Chromium and one 127.0.0.1 server for a built site, shared by the tests
 * of the calling describe block and closed after them.
 */
export function useSiteInBrowser(chrome: string, distDir: string): SiteInBrowser {
  const session = {} as SiteInBrowser;
  beforeAll(async () => {
    session.browser = await launchChrome(chrome);
    session.server = await serveStatic(distDir);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
