// Options, targets and small helpers shared by every measurement.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const REPORT = path.join(ROOT, "BENCHMARKS.md");
export const START = "<!-- bench:start -->";
export const END = "<!-- bench:end -->";

export const { values: args } = parseArgs({
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
export const RUNS = Number(args.runs);
export const SCALE_RUNS = Number(args["scale-runs"]);
export const LIGHTHOUSE_RUNS = Number(args["lighthouse-runs"]);
export const PAINT_RUNS = Number(args["paint-runs"]);
export const BEFORE = args["skip-before"] ? null : args.before;

/** The targets from the issue; `check` says whether a measured value meets one. */
export const TARGETS = {
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

export const log = (message) => process.stderr.write(`${message}\n`);
export const kb = (bytes) => (bytes / 1024).toFixed(1);
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const gzipSize = (content) => gzipSync(content, { level: 6 }).length;
export const seconds = (ms) => (ms / 1000).toFixed(2);
