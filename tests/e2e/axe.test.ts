/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) on every built page in the
 * system Chromium: zero violations. One browser for the file, one scan per page.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
import { describe, expect, inject, it } from "vitest";
import { chromeOrSkip, useSiteInBrowser } from "../helpers/browser.ts";
import { builtPages } from "./site.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const distDir = inject("distDir");
const pages = builtPages(distDir);
const chrome = chromeOrSkip();

/** A violation as one readable line per element, so a failure says what to fix and where. */
function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help} at ${node.target.join(" ")}: ${node.failureSummary ?? ""}`.replace(
        /\s+/g,
        " ",
      ),
    ),
  );
}

describe.skipIf(chrome === null)("axe-core, WCAG 2.1 A and AA", () => {
  const session = useSiteInBrowser(chrome ?? "", distDir);

  it.each(
    pages.flatMap((page) =>
      (["light", "dark"] as const).map((scheme) => [page.file, scheme, page] as const),
    ),
  )("%s (%s) has no violations", async (_file, colorScheme, page) => {
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme,
    });
    try {
      const tab = await context.newPage();
      await tab.goto(`${session.server.url}${page.urlPath}`, { waitUntil: "load" });
      const results = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).analyze();
      expect(describeViolations(results.violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
