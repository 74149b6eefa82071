// First paint on a throttled phone.

import { chromium } from "playwright-core";
import { findChrome, installHint, launchOptions } from "../lib/find-chrome.mjs";
import { serveStatic } from "../lib/static-server.mjs";
import { log, median } from "./config.mjs";

// ---- First paint on a throttled phone ------------------------------------------------

/** Lighthouse's "slow 4G" as DevTools applies it, and its 4× CPU slowdown. */
export const SLOW_4G = { latencyMs: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpu: 4 };
/** Lighthouse's mobile screen (a Moto G Power). */
export const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 };

/**
 * Loads each build's index page `runs` times in Chromium with CPU and network
 * throttled through the DevTools protocol (the way DevTools and Lighthouse's
 * "devtools" mode throttle), cache off, builds taking turns; returns, per build,
 * the medians and ranges of first contentful paint, largest contentful paint and
 * load, in ms from navigation start.
 */
export async function runFirstPaint(dirs, runs) {
  const chromePath = findChrome();
  if (chromePath === null) {
    log(`First paint skipped: ${installHint()}`);
    return null;
  }
  const browser = await chromium.launch(launchOptions(chromePath));
  const servers = Object.fromEntries(
    await Promise.all(
      Object.entries(dirs).map(async ([name, dir]) => [name, await serveStatic(dir)]),
    ),
  );
  const times = Object.fromEntries(
    Object.keys(dirs).map((name) => [name, { fcp: [], lcp: [], load: [] }]),
  );
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, server] of Object.entries(servers)) {
        const context = await browser.newContext({
          viewport: { width: PHONE.width, height: PHONE.height },
          deviceScaleFactor: PHONE.deviceScaleFactor,
          isMobile: true,
          hasTouch: true,
        });
        try {
          const page = await context.newPage();
          await page.route("**/*", (route) =>
            new URL(route.request().url()).hostname === "127.0.0.1"
              ? route.continue()
              : route.abort("blockedbyclient"),
          );
          const cdp = await context.newCDPSession(page);
          await cdp.send("Network.enable");
          await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
          await cdp.send("Network.emulateNetworkConditions", {
            offline: false,
            latency: SLOW_4G.latencyMs,
            downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8,
            uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8,
          });
          await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_4G.cpu });
          await page.addInitScript(() => {
            globalThis.__lcp = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) globalThis.__lcp = entry.startTime;
            }).observe({ type: "largest-contentful-paint", buffered: true });
          });
          await page.goto(server.url, { waitUntil: "load", timeout: 120_000 });
          await page.waitForTimeout(500);
          const measured = await page.evaluate(() => ({
            fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
            lcp: globalThis.__lcp,
            load: performance.getEntriesByType("navigation")[0]?.loadEventEnd ?? Number.NaN,
          }));
          for (const key of ["fcp", "lcp", "load"]) times[name][key].push(measured[key]);
          log(
            `  first paint ${name} ${i + 1}/${runs}: FCP ${Math.round(measured.fcp)} ms, LCP ${Math.round(measured.lcp)} ms, load ${Math.round(measured.load)} ms`,
          );
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) await server.close();
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, metrics]) => [
      name,
      Object.fromEntries(
        Object.entries(metrics).map(([key, values]) => [
          key,
          { median: median(values), min: Math.min(...values), max: Math.max(...values) },
        ]),
      ),
    ]),
  );
}
