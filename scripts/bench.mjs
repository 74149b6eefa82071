// `npm run bench`: measures what the report costs to build and to read, and
// writes the results to BENCHMARKS.md (between the bench markers; the analysis
// around them is written by hand). A benchmark, not a test: nothing here fails
// on a slow machine, it reports.
//
//   npm run bench                        everything (about 15 minutes on 2 cores)
//   npm run bench -- --runs 3            fewer clean builds per measurement
//   npm run bench -- --before v1.0       compare with another git ref than main
//   npm run bench -- --skip-before --skip-lighthouse --skip-scaling --skip-pdf
//   npm run bench -- --no-write          print the tables, leave BENCHMARKS.md alone
//
// Builds run in a scratch copy of the project (src/, data/, public/, config;
// node_modules linked entry by entry), so "from clean" can delete .astro and
// node_modules/.vite without touching the working tree, and the measured source
// stays the same while others edit. "Before" is the same for a git ref (main by
// default), exported with `git archive` and built with the same environment in
// the same run, so before and after meet the same load on the machine; both get
// the precompressed copies `npm run build` writes, and are served as a static host
// serves them. Lighthouse and the first-paint runs use the system Chromium (never
// a downloaded one) against 127.0.0.1 and block every other host.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { chromium } from "playwright-core";
import * as prettier from "prettier";
import { checkUnitsInRegions } from "../src/lib/data/check-regions.ts";
import { loadCheckGeodata, loadGeodata } from "../src/lib/data/load-geodata.ts";
import { benchPdf, pdfMarkdown } from "./lib/bench-pdf.mjs";
import { findChrome, installHint, launchOptions } from "./lib/find-chrome.mjs";
import { brotli, precompress } from "./lib/precompress.mjs";
import { serveStatic } from "./lib/static-server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REPORT = path.join(ROOT, "BENCHMARKS.md");
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "scale-runs": { type: "string", default: "5" },
    "lighthouse-runs": { type: "string", default: "3" },
    "paint-runs": { type: "string", default: "9" },
    before: { type: "string", default: "main" },
    "skip-before": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-scaling": { type: "boolean", default: false },
    "skip-pdf": { type: "boolean", default: false },
    "pdf-runs": { type: "string", default: "3" },
    "no-write": { type: "boolean", default: false },
  },
});
const RUNS = Number(args.runs);
const SCALE_RUNS = Number(args["scale-runs"]);
const LIGHTHOUSE_RUNS = Number(args["lighthouse-runs"]);
const PAINT_RUNS = Number(args["paint-runs"]);
const BEFORE = args["skip-before"] ? null : args.before;

/** The targets from the issue; `check` says whether a measured value meets one. */
const TARGETS = {
  buildSeconds: 5,
  indexHtmlKb: 90,
  indexTotalKb: 150,
  /** All enhancement JavaScript a page loads, gzip. */
  pageJsGzipKb: 8,
  lighthouse: 100,
  mobileTbtMs: 50,
  mobileMainThreadMs: 1000,
  cls: 0,
  /** First contentful paint under CPU 4× and slow 4G, as a share of the previous main's. */
  fcpRatio: 0.8,
  scaleTimeRatio: 2,
};

const log = (message) => process.stderr.write(`${message}\n`);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const gzipSize = (content) => gzipSync(content, { level: 6 }).length;
const seconds = (ms) => (ms / 1000).toFixed(2);

// ---- The scratch project -------------------------------------------------------

/** Linked from the real node_modules, except the caches a build writes (kept private). */
const PRIVATE_CACHES = new Set([".vite", ".astro", ".cache"]);
const PROJECT_FILES = [
  "src",
  "data",
  "public",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
];

function makeWorkspace() {
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
function makeRefWorkspace(ref) {
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

function linkModules(dir) {
  const modules = path.join(dir, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
    if (!PRIVATE_CACHES.has(entry))
      symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
  }
}

/** Deletes the build output and every cache a build leaves, so the next build starts cold. */
function cleanWorkspace(workspace, outDir) {
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
function build(workspace, outDir, env = {}) {
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
function cleanBuilds(workspace, outDir, runs, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    cleanWorkspace(workspace, outDir);
    times.push(build(workspace, outDir, env));
    log(`  clean build ${i + 1}/${runs}: ${seconds(times.at(-1))} s`);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}

// ---- Data ----------------------------------------------------------------------

const readCsv = (file) =>
  Papa.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });

/** A copy of data/ with one unit's name changed: the smallest edit an analyst makes. */
function dataWithOneRowChanged(dir, round) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, "data"), dir, { recursive: true });
  const file = path.join(dir, "verksamheter.csv");
  const { data, meta } = readCsv(file);
  data[round % data.length].namn += ` (ändrad ${round + 1})`;
  writeFileSync(file, Papa.unparse(data, { columns: meta.fields, newline: "\n" }) + "\n");
  return dir;
}

/** A deterministic pseudo-random number in [-1, 1) from two integers. */
const noise = (a, b) => {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
};

/** How far a synthetic copy is moved from its original, at most, in degrees. */
const JITTER_DEGREES = 0.002;

/**
 * A copy of data/ with every unit cloned `factor` times: new unique ids, the same
 * kommun and form, coordinates moved at most JITTER_DEGREES. A moved point that
 * would leave its region (the build checks each point against the region's
 * polygon) keeps its original, valid position instead. Never written to data/.
 */
function scaledData(dir, factor) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, "data"), dir, { recursive: true });
  const file = path.join(dir, "verksamheter.csv");
  const { data, meta } = readCsv(file);
  const rows = data.flatMap((row, index) =>
    Array.from({ length: factor }, (_, copy) =>
      copy === 0
        ? row
        : {
            ...row,
            id: `${row.id}-${copy + 1}`,
            namn: `${row.namn} ${copy + 1}`,
            lat: (Number(row.lat) + JITTER_DEGREES * noise(index, copy)).toFixed(4),
            lon: (Number(row.lon) + JITTER_DEGREES * noise(copy, index)).toFixed(4),
          },
    ),
  );
  // Keep every point in its own region, as the build requires.
  const lanskod = new Map(
    readCsv(path.join(dir, "kommuner.csv")).data.map((k) => [k.kommunkod, k.lanskod]),
  );
  const geometry = { map: loadGeodata(dir).regions, detail: loadCheckGeodata(dir) };
  const placed = rows.map((row, i) => ({
    line: i + 2,
    row: {
      lat: Number(row.lat),
      lon: Number(row.lon),
      lanskod: lanskod.get(row.kommunkod),
      kommunkod: row.kommunkod,
    },
  }));
  const outside = checkUnitsInRegions("verksamheter.csv", placed, geometry, (code) => code);
  const original = new Map(data.map((row) => [row.id, row]));
  for (const { line } of outside) {
    const row = rows[line - 2];
    const source = original.get(row.id.replace(/-\d+$/, ""));
    row.lat = source.lat;
    row.lon = source.lon;
  }
  writeFileSync(file, Papa.unparse(rows, { columns: meta.fields, newline: "\n" }) + "\n");
  return { dir, units: rows.length, kept: outside.length };
}

// ---- Page weight -----------------------------------------------------------------

function walk(dir, relative = "") {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
    return entry.isDirectory() ? walk(dir, child) : [child];
  });
}

const FONT = /\.(woff2?|ttf|otf|eot)$/i;
const IMAGE = /\.(svg|png|jpe?g|gif|webp|avif|ico)$/i;
const EXECUTABLE_SCRIPT = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * What a reader downloads for each built page: the HTML (with anything inline),
 * and each stylesheet, script, font and image it references, raw and gzipped.
 * Fonts that only a print stylesheet (media="print") names are fetched only when
 * printing, not by a screen: they are counted apart, as `printFonts`.
 * `readingJs` is the JavaScript a page runs at all (inline or external): the
 * report needs none to be read.
 */
function pageWeights(outDir) {
  const fileOf = (url, page) => {
    const resolved = new URL(url, `http://site.invalid/${page}`);
    if (resolved.origin !== "http://site.invalid") return null;
    let file = path.join(outDir, decodeURIComponent(resolved.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    return existsSync(file) ? file : null;
  };
  return walk(outDir)
    .filter((file) => file.endsWith(".html"))
    .sort((a, b) => (a === "index.html" ? -1 : b === "index.html" ? 1 : a.localeCompare(b)))
    .map((page) => {
      const html = readFileSync(path.join(outDir, page));
      const { document } = parseHTML(html.toString("utf8"));
      const jsFiles = [];
      const kinds = { html: [html], css: [], js: [], fonts: [], images: [] };
      const printFonts = [];
      const seen = new Set();
      const add = (kind, file, printOnly = false) => {
        if (file === null || seen.has(file)) return;
        seen.add(file);
        const content = readFileSync(file);
        kinds[kind].push(content);
        if (kind === "js") {
          jsFiles.push(path.relative(outDir, file));
          // A module's own imports load with it (Vite splits shared code into chunks).
          const scriptUrl = `/${path.relative(outDir, file).split(path.sep).join("/")}`;
          for (const [, specifier] of content
            .toString("utf8")
            .matchAll(/\bimport\s*(?:[\w$*{}\s,]*\bfrom\s*)?["']([^"']+)["']/g))
            add("js", fileOf(new URL(specifier, `http://site.invalid${scriptUrl}`).pathname, page));
        }
        if (kind === "css") {
          for (const [, url] of content
            .toString("utf8")
            .matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
            if (url.startsWith("data:")) continue;
            const target = fileOf(url, page);
            if (FONT.test(url) && printOnly) {
              if (target !== null && !printFonts.includes(target)) printFonts.push(target);
            } else if (FONT.test(url)) add("fonts", target);
            else if (IMAGE.test(url)) add("images", target);
          }
        }
      };
      for (const link of document.querySelectorAll("link[href]")) {
        const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
        const href = link.getAttribute("href");
        if (rel.includes("stylesheet"))
          add("css", fileOf(href, page), (link.getAttribute("media") ?? "").trim() === "print");
        else if (rel.includes("icon")) add("images", fileOf(href, page));
        else if (rel.includes("preload") && link.getAttribute("as") === "font")
          add("fonts", fileOf(href, page));
      }
      let inlineJs = 0;
      for (const script of document.querySelectorAll("script")) {
        if (!EXECUTABLE_SCRIPT.test(script.getAttribute("type") ?? "")) continue;
        if (script.hasAttribute("src")) add("js", fileOf(script.getAttribute("src"), page));
        else inlineJs += Buffer.byteLength(script.textContent ?? "");
      }
      for (const img of document.querySelectorAll("img[src]"))
        add("images", fileOf(img.getAttribute("src"), page));
      const sum = (list, size) => list.reduce((total, content) => total + size(content), 0);
      const weight = Object.fromEntries(
        Object.entries(kinds).map(([kind, list]) => [
          kind,
          { raw: sum(list, (c) => c.length), gzip: sum(list, gzipSize) },
        ]),
      );
      const total = Object.values(weight).reduce(
        (t, w) => ({ raw: t.raw + w.raw, gzip: t.gzip + w.gzip }),
        { raw: 0, gzip: 0 },
      );
      return {
        page,
        ...weight,
        total,
        htmlBrotli: brotli(html).length,
        jsFiles,
        printFontsRaw: printFonts.reduce((sum, file) => sum + statSync(file).size, 0),
        readingJs: weight.js.raw + inlineJs,
      };
    });
}

/**
 * A map's unit marks, however it draws them: points of a marker path
 * (`data-mark`), or elements of their own (a <use> of the form's shape, or
 * earlier one with data-id); the markers' own <use> are shapes, not marks.
 */
function unitMarks(svg) {
  const points = [...svg.matchAll(/data-mark="[^"]*" d="M([^"]*)"/g)].reduce(
    (sum, [, d]) => sum + d.replace(/h0$/, "").trim().split(/\s+/).length / 2,
    0,
  );
  const elements = svg.replace(/<marker[\s\S]*?<\/marker>/g, "").match(/<use |data-id="/g) ?? [];
  return points + elements.length;
}

/** The national map's own markup in index.html. */
function mapBytes(outDir) {
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const start = html.search(/<svg[^>]*class="fc-map"/);
  if (start < 0) return null;
  const svg = html.slice(start, html.indexOf("</svg>", start) + "</svg>".length);
  return {
    raw: Buffer.byteLength(svg),
    gzip: gzipSize(svg),
    marks: unitMarks(svg),
    groups: (svg.match(/data-group="/g) ?? []).length,
  };
}

// ---- Lighthouse ------------------------------------------------------------------

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Lighthouse audits whose numbers the report compares, by a short name. */
const METRICS = {
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
async function runLighthouse(dirs, runs) {
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

// ---- First paint on a throttled phone ------------------------------------------------

/** Lighthouse's "slow 4G" as DevTools applies it, and its 4× CPU slowdown. */
const SLOW_4G = { latencyMs: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpu: 4 };
/** Lighthouse's mobile screen (a Moto G Power). */
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 };

/**
 * Loads each build's index page `runs` times in Chromium with CPU and network
 * throttled through the DevTools protocol (the way DevTools and Lighthouse's
 * "devtools" mode throttle), cache off, builds taking turns; returns, per build,
 * the medians and ranges of first contentful paint, largest contentful paint and
 * load, in ms from navigation start.
 */
async function runFirstPaint(dirs, runs) {
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

// ---- Report ----------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    ramGb: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", "),
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  };
}

const verdict = (ok, miss) => (ok ? "met" : `**missed** ${miss}`);

const ms = (value) => `${Math.round(value)} ms`;
const ratio = (after, before) => (before > 0 ? `${(after / before).toFixed(2)} ×` : "–");

function markdown(results) {
  const { host, clean, rebuild, pages, map, lighthouse, scaling, before, paint } = results;
  const lines = [];
  lines.push(
    `Measured ${host.date} on ${host.cores} cores (${host.cpu}), ${host.ramGb} GB RAM, Node ${host.node}, ${host.os}; load average at the start ${host.load}.` +
      (before === null
        ? ""
        : ` "Before" is \`${before.ref}\` (${before.commit}), built and measured in the same run.`),
    "",
  );
  const index = pages.find((p) => p.page === "index.html");
  /** The English summary is held to the front page's budget (issue 14). */
  const english = pages.find((p) => p.page === "en/index.html");
  const largestJs = pages.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
  const targets = [
    [
      "Build from clean ≤ 5 s (median, precompression included)",
      `${seconds(clean.median)} s`,
      verdict(
        clean.median <= TARGETS.buildSeconds * 1000,
        `by ${seconds(clean.median - TARGETS.buildSeconds * 1000)} s (+${((clean.median / (TARGETS.buildSeconds * 1000) - 1) * 100).toFixed(0)} %)`,
      ),
    ],
    [
      "Front page HTML ≤ 90 KB raw",
      `${kb(index.html.raw)} KB`,
      verdict(
        index.html.raw <= TARGETS.indexHtmlKb * 1024,
        `by ${kb(index.html.raw - TARGETS.indexHtmlKb * 1024)} KB`,
      ),
    ],
    [
      "Index page ≤ 150 KB raw in total",
      `${kb(index.total.raw)} KB`,
      verdict(
        index.total.raw <= TARGETS.indexTotalKb * 1024,
        `by ${kb(index.total.raw - TARGETS.indexTotalKb * 1024)} KB`,
      ),
    ],
    ...(english === undefined
      ? []
      : [
          [
            "English summary (en/) HTML ≤ 90 KB raw, ≤ 150 KB raw in total",
            `${kb(english.html.raw)} KB; ${kb(english.total.raw)} KB`,
            verdict(
              english.html.raw <= TARGETS.indexHtmlKb * 1024 &&
                english.total.raw <= TARGETS.indexTotalKb * 1024,
              `by ${kb(Math.max(english.html.raw - TARGETS.indexHtmlKb * 1024, english.total.raw - TARGETS.indexTotalKb * 1024))} KB`,
            ),
          ],
        ]),
    [
      "JavaScript ≤ 8 KB gzip on any page, none inline",
      `${largestJs.page}: ${kb(largestJs.js.gzip)} KB; inline: ${Math.max(...pages.map((p) => p.readingJs - p.js.raw))} bytes`,
      verdict(
        largestJs.js.gzip <= TARGETS.pageJsGzipKb * 1024 &&
          pages.every((p) => p.readingJs === p.js.raw),
        `by ${kb(largestJs.js.gzip - TARGETS.pageJsGzipKb * 1024)} KB`,
      ),
    ],
  ];
  const after = lighthouse?.after;
  if (after) {
    for (const preset of ["mobile", "desktop"])
      for (const category of CATEGORIES) {
        const score = after[preset].scores[category];
        targets.push([
          `Lighthouse ${preset} ${category} = 100`,
          `${score.median} (lowest ${score.min})`,
          verdict(score.median >= TARGETS.lighthouse, `by ${TARGETS.lighthouse - score.median}`),
        ]);
      }
    const m = after.mobile.metrics;
    targets.push(
      [
        "Lighthouse mobile total blocking time ≤ 50 ms (median)",
        ms(m.tbt),
        verdict(m.tbt <= TARGETS.mobileTbtMs, `by ${ms(m.tbt - TARGETS.mobileTbtMs)}`),
      ],
      [
        "Lighthouse mobile main-thread work ≤ 1.0 s (median)",
        ms(m.mainThread),
        verdict(
          m.mainThread <= TARGETS.mobileMainThreadMs,
          `by ${ms(m.mainThread - TARGETS.mobileMainThreadMs)}`,
        ),
      ],
      [
        "Cumulative layout shift = 0 (Lighthouse, mobile and desktop medians)",
        `${after.mobile.metrics.cls} / ${after.desktop.metrics.cls}`,
        verdict(
          after.mobile.metrics.cls <= TARGETS.cls && after.desktop.metrics.cls <= TARGETS.cls,
          "",
        ),
      ],
    );
  }
  if (paint?.before && paint?.after) {
    const r = paint.after.fcp.median / paint.before.fcp.median;
    targets.push([
      "First contentful paint, CPU 4× + slow 4G, ≤ 0.8 × before (median)",
      `${ms(paint.after.fcp.median)} vs ${ms(paint.before.fcp.median)}: ${r.toFixed(2)} ×`,
      verdict(r <= TARGETS.fcpRatio, `by ${(r - TARGETS.fcpRatio).toFixed(2)} ×`),
    ]);
  }
  if (scaling) {
    const x1 = scaling.find((s) => s.factor === 1);
    const x100 = scaling.find((s) => s.factor === 100);
    const timeRatio = x100.build.median / x1.build.median;
    targets.push([
      "×100 build ≤ 2 × the ×1 build",
      `${timeRatio.toFixed(2)} ×`,
      verdict(
        timeRatio <= TARGETS.scaleTimeRatio,
        `by ${(timeRatio - TARGETS.scaleTimeRatio).toFixed(2)} ×`,
      ),
    ]);
    const growth = x100.index.total.raw / x1.index.total.raw;
    targets.push([
      "Every page ≤ 150 KB raw at ×100",
      `${x100.largest.page}: ${kb(x100.largest.total.raw)} KB`,
      verdict(
        x100.largest.total.raw <= TARGETS.indexTotalKb * 1024,
        `by ${kb(x100.largest.total.raw - TARGETS.indexTotalKb * 1024)} KB`,
      ),
    ]);
    targets.push([
      "Index page weight bounded at ×100",
      `${kb(x100.index.total.raw)} KB (${growth.toFixed(2)} × the ×1 page)`,
      verdict(
        x100.index.total.raw <= TARGETS.indexTotalKb * 1024,
        `by ${kb(x100.index.total.raw - TARGETS.indexTotalKb * 1024)} KB`,
      ),
    ]);
  }
  lines.push("### Targets", "", "| Target | Measured | Verdict |", "| --- | --- | --- |");
  for (const row of targets) lines.push(`| ${row.join(" | ")} |`);

  if (before !== null) {
    const b = before.pages.find((p) => p.page === "index.html");
    const row = (label, was, now, format) =>
      `| ${label} | ${format(was)} | ${format(now)} | ${ratio(now, was)} |`;
    const size = (bytes) => `${kb(bytes)} KB`;
    lines.push(
      "",
      `### Before and after (front page; before = \`${before.ref}\`)`,
      "",
      "| Measure | Before | After | After / before |",
      "| --- | ---: | ---: | ---: |",
      row("HTML raw", b.html.raw, index.html.raw, size),
      row("HTML gzip", b.html.gzip, index.html.gzip, size),
      row("HTML Brotli (as served)", b.htmlBrotli, index.htmlBrotli, size),
      row("Everything it loads, raw", b.total.raw, index.total.raw, size),
      row("JavaScript, gzip", b.js.gzip, index.js.gzip, size),
      row("The national map's SVG, raw", before.map.raw, map.raw, size),
    );
    if (paint?.before && paint?.after)
      for (const [key, label] of [
        ["fcp", "First contentful paint, CPU 4× + slow 4G (median)"],
        ["lcp", "Largest contentful paint, same (median)"],
        ["load", "Load event, same (median)"],
      ])
        lines.push(row(label, paint.before[key].median, paint.after[key].median, ms));
    if (lighthouse?.before && lighthouse?.after)
      for (const preset of ["mobile", "desktop"]) {
        const [was, now] = [lighthouse.before[preset].metrics, lighthouse.after[preset].metrics];
        lines.push(
          row(`Lighthouse ${preset}: first contentful paint`, was.fcp, now.fcp, ms),
          row(`Lighthouse ${preset}: largest contentful paint`, was.lcp, now.lcp, ms),
          row(`Lighthouse ${preset}: total blocking time`, was.tbt, now.tbt, ms),
          row(`Lighthouse ${preset}: main-thread work`, was.mainThread, now.mainThread, ms),
          `| Lighthouse ${preset}: cumulative layout shift | ${was.cls} | ${now.cls} | |`,
          `| Lighthouse ${preset}: performance score | ${lighthouse.before[preset].scores.performance.median} | ${lighthouse.after[preset].scores.performance.median} | |`,
        );
      }
    if (paint?.before && paint?.after)
      lines.push(
        "",
        `First paint: ${PAINT_RUNS} loads of each build, taking turns, in Chromium on a ${PHONE.width}×${PHONE.height} phone screen with the CPU slowed 4× and the network at ${SLOW_4G.latencyMs} ms latency, ${SLOW_4G.downloadKbps} kbit/s down (Lighthouse's slow 4G as DevTools applies it), cache off; times from navigation start. Ranges: FCP before ${ms(paint.before.fcp.min)}–${ms(paint.before.fcp.max)}, after ${ms(paint.after.fcp.min)}–${ms(paint.after.fcp.max)}.`,
      );
  }

  lines.push(
    "",
    "### Build time",
    "",
    "| Build | Runs | Median | Fastest | Slowest |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| From clean (no dist, .astro or node_modules/.vite) | ${clean.runs} | ${seconds(clean.median)} s | ${seconds(clean.min)} s | ${seconds(clean.max)} s |`,
    `| Rebuild after a one-row data change (DATA_DIR, caches warm) | ${rebuild.runs} | ${seconds(rebuild.median)} s | ${seconds(rebuild.min)} s | ${seconds(rebuild.max)} s |`,
  );

  const row = (p) =>
    `| ${p.page} | ${kb(p.html.raw)} / ${kb(p.html.gzip)} | ${kb(p.css.raw)} / ${kb(p.css.gzip)} | ${kb(p.js.raw)} / ${kb(p.js.gzip)} | ${kb(p.fonts.raw)} / ${kb(p.fonts.gzip)} | ${kb(p.images.raw)} / ${kb(p.images.gzip)} | **${kb(p.total.raw)} / ${kb(p.total.gzip)}** |`;
  lines.push(
    "",
    "### Page weight (KB raw / gzip)",
    "",
    "HTML includes everything inline in it (the map, the charts, the stylesheet). CSS is the print stylesheet, which a screen loads without waiting for it. JS is the enhancement scripts, external modules.",
    `Fonts are what a screen loads; the print stylesheet's own typeface (${kb(pages[0]?.printFontsRaw ?? 0)} KB raw) is fetched only when the page is printed, and is not in these totals.`,
    "",
    "| Page | HTML | CSS | JS | Fonts | Images | Total |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  const regionPages = pages.filter((p) => /^region\/[^/]+\/index\.html$/.test(p.page));
  for (const p of pages.filter((p) => !regionPages.includes(p))) lines.push(row(p));
  if (regionPages.length > 0) {
    const byTotal = [...regionPages].sort((a, b) => a.total.raw - b.total.raw);
    const mid = byTotal[Math.floor(byTotal.length / 2)];
    lines.push(
      row({ ...byTotal[0], page: `region/* smallest (${byTotal[0].page.split("/")[1]})` }),
    );
    lines.push(row({ ...mid, page: `region/* median (${mid.page.split("/")[1]})` }));
    lines.push(
      row({ ...byTotal.at(-1), page: `region/* largest (${byTotal.at(-1).page.split("/")[1]})` }),
    );
  }

  const scriptSets = new Map();
  for (const p of pages) {
    const key = p.jsFiles.join(" + ") || "none";
    const set = scriptSets.get(key) ?? { pages: [], raw: p.js.raw, gzip: p.js.gzip };
    set.pages.push(p.page);
    scriptSets.set(key, set);
  }
  lines.push(
    "",
    "### JavaScript per page",
    "",
    "| Pages | Scripts | Raw | Gzip |",
    "| --- | --- | ---: | ---: |",
  );
  for (const [files, set] of scriptSets) {
    const named =
      set.pages.length > 3
        ? `${set.pages.slice(0, 2).join(", ")} and ${set.pages.length - 2} more`
        : set.pages.join(", ");
    const shortNames = files
      .split(" + ")
      .map((file) =>
        file.replace(/^_astro\//, "").replace(/\.astro_astro_type_script_index_0_lang/, ""),
      );
    lines.push(`| ${named} | ${shortNames.join(" + ")} | ${kb(set.raw)} KB | ${kb(set.gzip)} KB |`);
  }

  lines.push(
    "",
    "### The national map",
    "",
    `\`<svg class="fc-map">\` in index.html: **${kb(map.raw)} KB** raw, ${kb(map.gzip)} KB gzip; ${map.marks} unit marks, ${map.groups} group marks.` +
      (before === null
        ? ""
        : ` Before: ${kb(before.map.raw)} KB raw, ${kb(before.map.gzip)} KB gzip.`),
  );

  if (after) {
    lines.push(
      "",
      `### Lighthouse (index page, ${LIGHTHOUSE_RUNS} runs per preset and build, median; offline against 127.0.0.1)`,
      "",
      "| Build | Preset | Performance | Accessibility | Best practices | SEO |",
      "| --- | --- | ---: | ---: | ---: | ---: |",
    );
    for (const name of ["before", "after"]) {
      if (!lighthouse[name]) continue;
      for (const preset of ["mobile", "desktop"]) {
        const sc = lighthouse[name][preset].scores;
        lines.push(
          `| ${name} | ${preset} | ${CATEGORIES.map((c) => `${sc[c].median}${sc[c].min < sc[c].median ? ` (lowest ${sc[c].min})` : ""}`).join(" | ")} |`,
        );
      }
    }
    for (const preset of ["mobile", "desktop"]) {
      const { failed, offsite } = after[preset];
      if (failed.length > 0)
        lines.push("", `Audits below full marks (after, ${preset}): ${failed.join("; ")}.`);
      if (offsite.length > 0)
        lines.push("", `Requests off 127.0.0.1 (after, ${preset}): ${offsite.join(", ")}.`);
    }
  }

  if (scaling) {
    lines.push(
      "",
      `### Scaling (synthetic units cloned from data/verksamheter.csv; ${SCALE_RUNS} rounds of clean builds, median)`,
      "",
      "| Data | Units | Build | vs ×1 | Index page raw / gzip | Map raw / gzip | Map marks | Largest page raw / gzip |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    const base = scaling.find((s) => s.factor === 1).build.median;
    for (const s of scaling) {
      lines.push(
        `| ×${s.factor} | ${s.units.toLocaleString("en")} | ${seconds(s.build.median)} s | ${(s.build.median / base).toFixed(2)} × | ${kb(s.index.total.raw)} / ${kb(s.index.total.gzip)} KB | ${kb(s.map.raw)} / ${kb(s.map.gzip)} KB | ${s.map.groups > 0 ? `${s.map.groups} groups` : `${s.map.marks} units`} | ${s.largest.page}: ${kb(s.largest.total.raw)} / ${kb(s.largest.total.gzip)} KB |`,
      );
    }
    const kept = scaling.filter((s) => s.kept > 0).map((s) => `×${s.factor}: ${s.kept}`);
    if (kept.length > 0)
      lines.push(
        "",
        `Clones that would have left their region when moved kept the original's position (${kept.join(", ")}).`,
      );
  }
  return lines.join("\n");
}

// ---- Main ------------------------------------------------------------------------

async function main() {
  const host = machine();
  log(`Benchmark on ${host.cores} cores, ${host.cpu}, Node ${host.node}`);
  const workspace = makeWorkspace();
  const outDir = path.join(workspace, "dist");
  let beforeWorkspace = null;
  try {
    let before = null;
    if (BEFORE !== null) {
      const commit = spawnSync("git", ["rev-parse", "--short", BEFORE], {
        cwd: ROOT,
        encoding: "utf8",
      }).stdout.trim();
      log(`Before: ${BEFORE} (${commit}), one clean build`);
      beforeWorkspace = makeRefWorkspace(BEFORE);
      const beforeOut = path.join(beforeWorkspace, "dist");
      build(beforeWorkspace, beforeOut);
      before = {
        ref: BEFORE,
        commit,
        dir: beforeOut,
        pages: pageWeights(beforeOut),
        map: mapBytes(beforeOut),
      };
    }

    log(`Build from clean, ${RUNS} runs`);
    const clean = cleanBuilds(workspace, outDir, RUNS);
    const pages = pageWeights(outDir);
    const map = mapBytes(outDir);

    log(`Rebuild after a one-row change, ${RUNS} runs`);
    const changed = path.join(workspace, "changed-data");
    build(workspace, outDir, { DATA_DIR: dataWithOneRowChanged(changed, 0) }); // warm the caches
    const rebuildTimes = [];
    for (let i = 0; i < RUNS; i++) {
      rebuildTimes.push(
        build(workspace, outDir, { DATA_DIR: dataWithOneRowChanged(changed, i + 1) }),
      );
      log(`  rebuild ${i + 1}/${RUNS}: ${seconds(rebuildTimes.at(-1))} s`);
    }
    const rebuild = {
      median: median(rebuildTimes),
      min: Math.min(...rebuildTimes),
      max: Math.max(...rebuildTimes),
      runs: RUNS,
    };

    // The shipped data again, for what a reader loads.
    cleanWorkspace(workspace, outDir);
    build(workspace, outDir);
    const dirs = before === null ? { after: outDir } : { before: before.dir, after: outDir };

    log(`First paint under CPU 4× and slow 4G, ${PAINT_RUNS} runs per build`);
    const paint = await runFirstPaint(dirs, PAINT_RUNS);

    let lighthouse = null;
    if (!args["skip-lighthouse"]) {
      log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs per preset and build`);
      lighthouse = await runLighthouse(dirs, LIGHTHOUSE_RUNS);
    }

    let scaling = null;
    if (!args["skip-scaling"]) {
      // Round-robin: each round builds ×1, ×10 and ×100 once, so a burst of load from
      // elsewhere on the machine hits all three alike and the ratios stay fair.
      const factors = [1, 10, 100];
      const sets = factors.map((factor) =>
        scaledData(path.join(workspace, `data-x${factor}`), factor),
      );
      const times = factors.map(() => []);
      const outs = factors.map((factor) => path.join(workspace, `dist-x${factor}`));
      for (let round = 0; round < SCALE_RUNS; round++) {
        factors.forEach((factor, i) => {
          cleanWorkspace(workspace, outs[i]);
          times[i].push(build(workspace, outs[i], { DATA_DIR: sets[i].dir }));
          log(
            `  scaling ×${factor} (${sets[i].units} units), round ${round + 1}/${SCALE_RUNS}: ${seconds(times[i].at(-1))} s`,
          );
        });
      }
      scaling = factors.map((factor, i) => {
        const weights = pageWeights(outs[i]);
        return {
          factor,
          units: sets[i].units,
          kept: sets[i].kept,
          build: {
            median: median(times[i]),
            min: Math.min(...times[i]),
            max: Math.max(...times[i]),
            runs: SCALE_RUNS,
          },
          index: weights.find((p) => p.page === "index.html"),
          largest: weights.reduce((a, b) => (b.total.raw > a.total.raw ? b : a)),
          map: mapBytes(outs[i]),
        };
      });
    }

    // ---- The PDF (issue 12): its own section, see scripts/lib/bench-pdf.mjs ----
    let pdf;
    if (!args["skip-pdf"]) {
      log(`npm run pdf, ${args["pdf-runs"]} runs`);
      pdf = await benchPdf(Number(args["pdf-runs"]), log);
    }
    const table = [
      markdown({ host, clean, rebuild, pages, map, lighthouse, scaling, before, paint }),
      ...(pdf === undefined ? [] : pdfMarkdown(pdf)),
    ].join("\n");
    process.stdout.write(`${table}\n`);
    if (!args["no-write"]) await writeReport(table);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    if (beforeWorkspace !== null) rmSync(beforeWorkspace, { recursive: true, force: true });
  }
}

/** Replaces the results between the markers in BENCHMARKS.md, keeping the hand-written text. */
async function writeReport(table) {
  const block = `${START}\n\n${table}\n\n${END}`;
  const current = existsSync(REPORT) ? readFileSync(REPORT, "utf8") : "";
  const next =
    current.includes(START) && current.includes(END)
      ? current.slice(0, current.indexOf(START)) +
        block +
        current.slice(current.indexOf(END) + END.length)
      : `# Benchmarks\n\nWritten by \`npm run bench\` (scripts/bench.mjs).\n\n${block}\n`;
  // Formatted as `npm run check` expects, so a fresh run leaves the file commit-ready.
  const options = { ...(await prettier.resolveConfig(REPORT)), filepath: REPORT };
  writeFileSync(REPORT, await prettier.format(next, options));
  log(`Wrote ${path.relative(process.cwd(), REPORT)}`);
}

await main();
