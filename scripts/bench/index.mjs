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

//
// The measurements live in scripts/bench/, one module per concern; this one runs them.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { benchPdf, pdfMarkdown } from "../lib/bench-pdf.mjs";
import {
  BEFORE,
  END,
  LIGHTHOUSE_RUNS,
  PAINT_RUNS,
  REPORT,
  ROOT,
  RUNS,
  SCALE_RUNS,
  START,
  args,
  log,
  median,
  seconds,
} from "./config.mjs";
import {
  build,
  cleanBuilds,
  cleanWorkspace,
  makeRefWorkspace,
  makeWorkspace,
} from "./workspace.mjs";
import { dataWithOneRowChanged, scaledData } from "./data.mjs";
import { mapBytes, pageWeights } from "./page-weight.mjs";
import { runLighthouse } from "./lighthouse.mjs";
import { runFirstPaint } from "./first-paint.mjs";
import { machine, markdown } from "./report.mjs";

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
