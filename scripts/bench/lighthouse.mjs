// Lighthouse runs against a static server of each build.

import { findChrome, installHint, launchOptions } from "../lib/find-chrome.mjs";
import { serveStatic } from "../lib/static-server.mjs";
import { log, median } from "./config.mjs";

// ---- Lighthouse ------------------------------------------------------------------

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Lighthouse audits whose numbers the report compares, by a short name. */
export const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  mainThread: "mainthread-work-breakdown",
};

/**
 * Lighthouse on the index page of each build (`dirs`: name → dist), `runs` times
 * per preset, the builds taking turns so that load from elsewhere hits them alike.
 * Returns, per build and preset, the median score per category and metric.
 */
export async function runLighthouse(dirs, runs) {
  const chromePath = findChrome();
  if (chromePath === null) {
    log(`Lighthouse skipped: ${installHint()}`);
    return null;
  }
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const servers = Object.fromEntries(
    await Promise.all(
      Object.entries(dirs).map(async ([name, dir]) => [name, await serveStatic(dir)]),
    ),
  );
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...launchOptions(chromePath).args],
  });
  try {
    const results = {};
    for (const [preset, config] of [
      ["mobile", undefined],
      ["desktop", desktopConfig],
    ]) {
      const collected = Object.fromEntries(
        Object.keys(dirs).map((name) => [
          name,
          {
            scores: Object.fromEntries(CATEGORIES.map((c) => [c, []])),
            metrics: Object.fromEntries(Object.keys(METRICS).map((m) => [m, []])),
            failed: new Map(),
            offsite: new Set(),
          },
        ]),
      );
      for (let i = 0; i < runs; i++) {
        for (const [name, server] of Object.entries(servers)) {
          const result = await lighthouse(
            server.url,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
            config,
          );
          const lhr = result.lhr;
          if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
          const into = collected[name];
          for (const category of CATEGORIES) {
            into.scores[category].push(Math.round((lhr.categories[category].score ?? 0) * 100));
            for (const ref of lhr.categories[category].auditRefs) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && audit.score !== null && audit.score < 1)
                into.failed.set(ref.id, `${audit.title} (${audit.displayValue ?? audit.score})`);
            }
          }
          for (const [metric, audit] of Object.entries(METRICS))
            into.metrics[metric].push(lhr.audits[audit]?.numericValue ?? Number.NaN);
          for (const item of lhr.audits["network-requests"]?.details?.items ?? [])
            if (!item.url.startsWith(server.url) && !item.url.startsWith("data:"))
              into.offsite.add(item.url);
          log(
            `  Lighthouse ${preset} ${name} ${i + 1}/${runs}: ${CATEGORIES.map((c) => into.scores[c].at(-1)).join(" / ")}, TBT ${Math.round(into.metrics.tbt.at(-1))} ms, main thread ${Math.round(into.metrics.mainThread.at(-1))} ms`,
          );
        }
      }
      for (const [name, into] of Object.entries(collected)) {
        results[name] ??= {};
        results[name][preset] = {
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [
              c,
              { median: median(into.scores[c]), min: Math.min(...into.scores[c]) },
            ]),
          ),
          metrics: Object.fromEntries(
            Object.entries(into.metrics).map(([m, values]) => [m, median(values)]),
          ),
          failed: [...into.failed.values()],
          offsite: [...into.offsite],
        };
      }
    }
    return results;
  } finally {
    await chrome.kill();
    for (const server of Object.values(servers)) await server.close();
  }
}
