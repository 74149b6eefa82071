import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import {
  BROWSER_TIMEOUT_MS,
  findChrome,
  installHint,
  launchOptions,
} from "../../scripts/lib/find-chrome.mjs";
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

/**
 * Chromium, with Playwright's 30 s defaults for navigation and waiting raised
 * for every page and context opened in it: a loaded 2-core CI machine can be
 * that slow, and no test here is about speed.
 */
export async function launchChrome(executablePath: string): Promise<Browser> {
  const browser = await chromium.launch(launchOptions(executablePath));
  const newContext = browser.newContext.bind(browser);
  // browser.newPage() opens its page through newContext, so this covers both.
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(BROWSER_TIMEOUT_MS);
    return context;
  };
  return browser;
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
