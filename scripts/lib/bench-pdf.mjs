// `npm run bench`, the PDF: how long `npm run pdf` takes (both builds, the prints
// until the contents' page numbers settle, the PDF/UA post-processing) and what
// it makes. Measured in this process with makePdf, into a scratch directory, so
// dist/ is left alone; Node's start-up (about 0.1 s) is not included.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { makePdf } from "../pdf.mjs";
import { findChrome } from "./find-chrome.mjs";

/** The targets of issue 12. */
export const PDF_TARGETS = { seconds: 30, pages: 16 };

/**
 * @param {number} runs
 * @param {(message: string) => void} log
 * @returns {Promise<null | { times: number[], pages: number, bytes: number }>} null without Chromium
 */
export async function benchPdf(runs, log) {
  if (findChrome() === null) return null;
  const times = [];
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const outDir = mkdtempSync(path.join(os.tmpdir(), "fc-bench-pdf-"));
    try {
      const started = performance.now();
      const result = await makePdf({ outDir });
      times.push(performance.now() - started);
      const pdf = readFileSync(result.file);
      pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
      bytes = pdf.length;
      log(`  npm run pdf ${i + 1}/${runs}: ${(times.at(-1) / 1000).toFixed(2)} s`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  return { times, pages, bytes };
}

/** The PDF's section of BENCHMARKS.md. */
export function pdfMarkdown(result) {
  if (result === null) return ["", "### The PDF", "", "Not measured: no Chromium found."];
  const sorted = [...result.times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const verdict = (ok) => (ok ? "met" : "**missed**");
  return [
    "",
    "### The PDF (`npm run pdf`: two builds, the prints, PDF/UA post-processing)",
    "",
    "| Target | Measured | Verdict |",
    "| --- | --- | --- |",
    `| \`npm run pdf\` ≤ ${PDF_TARGETS.seconds} s (median of ${result.times.length}; fastest ${s(sorted[0])}, slowest ${s(sorted.at(-1))}) | ${s(median)} | ${verdict(median <= PDF_TARGETS.seconds * 1000)} |`,
    `| PDF ≤ ${PDF_TARGETS.pages} pages | ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB | ${verdict(result.pages <= PDF_TARGETS.pages)} |`,
  ];
}
