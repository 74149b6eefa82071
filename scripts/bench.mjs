// `npm run bench`: measures what the report costs to build and to read, and
// writes the results to BENCHMARKS.md (between the bench markers; the analysis
// around them is written by hand). A benchmark, not a test: nothing here fails
// on a slow machine, it reports.
//
//   npm run bench                        everything (about 6 minutes on 2 cores)
//   npm run bench -- --runs 3            fewer clean builds per measurement
//   npm run bench -- --skip-lighthouse --skip-scaling --skip-pdf
//   npm run bench -- --no-write          print the tables, leave BENCHMARKS.md alone
//
// Builds run in a scratch copy of the project (src/, data/, public/, config;
// node_modules linked entry by entry), so "from clean" can delete .astro and
// node_modules/.vite without touching the working tree, and the measured source
// stays the same while others edit. Lighthouse runs against 127.0.0.1 with the
// system Chromium (never a downloaded one) and blocks every other host.
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
import * as prettier from "prettier";
import { checkUnitsInRegions } from "../src/lib/data/check-regions.ts";
import { loadCheckGeodata, loadGeodata } from "../src/lib/data/load-geodata.ts";
import { benchPdf, pdfMarkdown } from "./lib/bench-pdf.mjs";
import { findChrome, installHint, launchOptions } from "./lib/find-chrome.mjs";
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

/** The targets from the issue; `check` says whether a measured value meets one. */
const TARGETS = {
  buildSeconds: 5,
  indexTotalKb: 150,
  indexJsKb: 10,
  readingJsBytes: 0,
  lighthouse: 100,
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
  const modules = path.join(dir, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
    if (!PRIVATE_CACHES.has(entry))
      symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
  }
  return dir;
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

/** One `astro build`; returns its wall-clock time in ms, or throws with Astro's output. */
function build(workspace, outDir, env = {}) {
  const astro = path.join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd: workspace,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`.slice(-4000));
  return elapsed;
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
      const kinds = { html: [html], css: [], js: [], fonts: [], images: [] };
      const seen = new Set();
      const add = (kind, file) => {
        if (file === null || seen.has(file)) return;
        seen.add(file);
        const content = readFileSync(file);
        kinds[kind].push(content);
        if (kind === "css") {
          for (const [, url] of content
            .toString("utf8")
            .matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
            if (url.startsWith("data:")) continue;
            const target = fileOf(url, page);
            if (FONT.test(url)) add("fonts", target);
            else if (IMAGE.test(url)) add("images", target);
          }
        }
      };
      for (const link of document.querySelectorAll("link[href]")) {
        const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
        const href = link.getAttribute("href");
        if (rel.includes("stylesheet")) add("css", fileOf(href, page));
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
      return { page, ...weight, total, readingJs: weight.js.raw + inlineJs };
    });
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
    marks: (svg.match(/data-id="/g) ?? []).length,
    groups: (svg.match(/data-group="/g) ?? []).length,
  };
}

// ---- Lighthouse ------------------------------------------------------------------

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

async function runLighthouse(outDir, runs) {
  const chromePath = findChrome();
  if (chromePath === null) {
    log(`Lighthouse skipped: ${installHint()}`);
    return null;
  }
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const server = await serveStatic(outDir);
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
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const failed = new Map();
      const offsite = new Set();
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          server.url,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
          config,
        );
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        for (const category of CATEGORIES) {
          scores[category].push(Math.round((lhr.categories[category].score ?? 0) * 100));
          for (const ref of lhr.categories[category].auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1)
              failed.set(ref.id, `${audit.title} (${audit.displayValue ?? audit.score})`);
          }
        }
        for (const item of lhr.audits["network-requests"]?.details?.items ?? [])
          if (!item.url.startsWith(server.url) && !item.url.startsWith("data:"))
            offsite.add(item.url);
        log(
          `  Lighthouse ${preset} ${i + 1}/${runs}: ${CATEGORIES.map((c) => scores[c].at(-1)).join(" / ")}`,
        );
      }
      results[preset] = {
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, { median: median(scores[c]), min: Math.min(...scores[c]) }]),
        ),
        failed: [...failed.values()],
        offsite: [...offsite],
      };
    }
    return results;
  } finally {
    await chrome.kill();
    await server.close();
  }
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

function markdown(results) {
  const { host, clean, rebuild, pages, map, lighthouse, scaling } = results;
  const lines = [];
  lines.push(
    `Measured ${host.date} on ${host.cores} cores (${host.cpu}), ${host.ramGb} GB RAM, Node ${host.node}, ${host.os}; load average at the start ${host.load}.`,
    "",
  );
  const index = pages.find((p) => p.page === "index.html");
  const targets = [
    [
      "Build from clean ≤ 5 s (median)",
      `${seconds(clean.median)} s`,
      verdict(
        clean.median <= TARGETS.buildSeconds * 1000,
        `by ${seconds(clean.median - TARGETS.buildSeconds * 1000)} s (+${((clean.median / (TARGETS.buildSeconds * 1000) - 1) * 100).toFixed(0)} %)`,
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
    [
      "Index page ≤ 10 KB JavaScript (inline and external)",
      `${kb(index.readingJs)} KB`,
      verdict(
        index.readingJs <= TARGETS.indexJsKb * 1024,
        `by ${kb(index.readingJs - TARGETS.indexJsKb * 1024)} KB`,
      ),
    ],
    [
      "JavaScript needed to read any page: 0",
      `${Math.max(...pages.map((p) => p.readingJs))} bytes`,
      verdict(
        pages.every((p) => p.readingJs === 0),
        "",
      ),
    ],
  ];
  if (lighthouse)
    for (const preset of ["mobile", "desktop"])
      for (const category of CATEGORIES) {
        const score = lighthouse[preset].scores[category];
        targets.push([
          `Lighthouse ${preset} ${category} = 100`,
          `${score.median} (lowest ${score.min})`,
          verdict(score.median >= TARGETS.lighthouse, `by ${TARGETS.lighthouse - score.median}`),
        ]);
      }
  if (scaling) {
    const x1 = scaling.find((s) => s.factor === 1);
    const x100 = scaling.find((s) => s.factor === 100);
    const ratio = x100.build.median / x1.build.median;
    targets.push([
      "×100 build ≤ 2 × the ×1 build",
      `${ratio.toFixed(2)} ×`,
      verdict(
        ratio <= TARGETS.scaleTimeRatio,
        `by ${(ratio - TARGETS.scaleTimeRatio).toFixed(2)} ×`,
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
    `| ${p.page} | ${kb(p.html.raw)} / ${kb(p.html.gzip)} | ${kb(p.css.raw)} / ${kb(p.css.gzip)} | ${kb(p.js.raw)} / ${kb(p.js.gzip)} | ${kb(p.fonts.raw)} / ${kb(p.fonts.gzip)} | ${kb(p.images.raw)} / ${kb(p.images.gzip)} | **${kb(p.total.raw)} / ${kb(p.total.gzip)}** | ${p.readingJs} |`;
  lines.push(
    "",
    "### Page weight (KB raw / gzip)",
    "",
    "HTML includes everything inline in it (the map and charts as SVG, the critical CSS Astro inlines). JS to read is the JavaScript a page runs at all.",
    "",
    "| Page | HTML | CSS | JS | Fonts | Images | Total | JS to read (bytes) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
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

  lines.push(
    "",
    "### The national map",
    "",
    `\`<svg class="fc-map">\` in index.html: **${kb(map.raw)} KB** raw, ${kb(map.gzip)} KB gzip; ${map.marks} unit marks, ${map.groups} group marks.`,
  );

  if (lighthouse) {
    lines.push(
      "",
      `### Lighthouse (index page, ${LIGHTHOUSE_RUNS} runs per preset, median; offline against 127.0.0.1)`,
      "",
      "| Preset | Performance | Accessibility | Best practices | SEO |",
      "| --- | ---: | ---: | ---: | ---: |",
    );
    for (const preset of ["mobile", "desktop"]) {
      const s = lighthouse[preset].scores;
      lines.push(
        `| ${preset} | ${CATEGORIES.map((c) => `${s[c].median}${s[c].min < s[c].median ? ` (lowest ${s[c].min})` : ""}`).join(" | ")} |`,
      );
    }
    for (const preset of ["mobile", "desktop"]) {
      const { failed, offsite } = lighthouse[preset];
      if (failed.length > 0)
        lines.push("", `Audits below full marks (${preset}): ${failed.join("; ")}.`);
      if (offsite.length > 0)
        lines.push("", `Requests off 127.0.0.1 (${preset}): ${offsite.join(", ")}.`);
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
  try {
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

    let lighthouse = null;
    if (!args["skip-lighthouse"]) {
      log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs per preset`);
      cleanWorkspace(workspace, outDir);
      build(workspace, outDir);
      lighthouse = await runLighthouse(outDir, LIGHTHOUSE_RUNS);
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
      markdown({ host, clean, rebuild, pages, map, lighthouse, scaling }),
      ...(pdf === undefined ? [] : pdfMarkdown(pdf)),
    ].join("\n");
    process.stdout.write(`${table}\n`);
    if (!args["no-write"]) await writeReport(table);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
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
