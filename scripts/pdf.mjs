// `npm run pdf`: writes the report as an A4 PDF, dist/familjecentraler-<year>.pdf,
// into a fresh build of the site whose front page links to it.
//
// It always builds, twice: first a copy that the system Chromium prints (with the
// print stylesheet, as any browser would), then the site itself, told the PDF's
// name and size so its link can show them. The printed page hides the link, so
// both builds print alike. Never downloads a browser: see scripts/lib/find-chrome.mjs.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { loadDataset } from "../src/lib/data/index.ts";
import { reportFigures } from "../src/lib/stats/index.ts";
import { findChrome, installHint, launchOptions } from "./lib/find-chrome.mjs";
import { serveStatic } from "./lib/static-server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ASTRO = path.join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
/**
 * Builds go to their own directories inside the project: for an outDir outside
 * the working directory Astro writes its intermediate files to a shared
 * .astro/.prerender, which builds running at the same time would overwrite.
 */
const SCRATCH = path.join(ROOT, ".astro");

/** What Chromium is asked for: the page's own @page size and margins, colours, tags, bookmarks. */
export const PDF_OPTIONS = {
  format: "A4",
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
};

/** @param {number} year the survey year */
export const pdfFileName = (year) => `familjecentraler-${year}.pdf`;

/** The site's base path ("/" unless BASE_PATH says otherwise), with a trailing slash. */
const basePath = () => (process.env["BASE_PATH"] ?? "/").replace(/\/?$/, "/");

/** Runs `astro build` into a new scratch directory and returns it; throws if the build fails. */
function build(env = {}) {
  mkdirSync(SCRATCH, { recursive: true });
  const outDir = mkdtempSync(path.join(SCRATCH, "pdf-build-"));
  const result = spawnSync(process.execPath, [ASTRO, "build", "--outDir", outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`Bygget misslyckades:\n${result.stdout}${result.stderr}`);
  }
  return outDir;
}

/**
 * Prints a built site's front page to PDF with Chromium's print layout.
 * @param {string} siteDir a built site
 * @param {string} executablePath Chromium
 * @returns {Promise<Buffer>}
 */
export async function printSite(siteDir, executablePath) {
  const server = await serveStatic(path.resolve(siteDir), { base: basePath() });
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    // Links to the site's other pages would lead to this temporary server: in the PDF
    // they are plain text, as the print stylesheet already shows them.
    await page.$$eval(
      "a[href]",
      (links, here) => {
        const { origin, pathname } = new URL(here);
        for (const link of links) {
          const url = new URL(link.getAttribute("href") ?? "", here);
          if (url.origin === origin && url.pathname !== pathname) link.removeAttribute("href");
        }
      },
      page.url(),
    );
    return await page.pdf(PDF_OPTIONS);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Builds the site into outDir with the PDF in it and a link to it on the front page.
 * @param {{ outDir?: string, executablePath?: string | null }} [options]
 * @returns {Promise<{ file: string, bytes: number }>}
 */
export async function makePdf({
  outDir = path.join(ROOT, "dist"),
  executablePath = findChrome(),
} = {}) {
  if (executablePath === null) throw new Error(installHint());
  // The builds run in the project root, so a relative DATA_DIR means the same to them.
  const year = reportFigures(loadDataset(path.resolve(ROOT, process.env["DATA_DIR"] ?? "data")))
    .current.ar;
  const name = pdfFileName(year);
  const printed = build();
  let site = null;
  try {
    const pdf = await printSite(printed, executablePath);
    site = build({ REPORT_PDF: name, REPORT_PDF_BYTES: String(pdf.length) });
    writeFileSync(path.join(site, name), pdf);
    // Like `astro build`, replace whatever outDir held before.
    rmSync(outDir, { recursive: true, force: true });
    cpSync(site, outDir, { recursive: true });
    return { file: path.join(outDir, name), bytes: pdf.length };
  } finally {
    for (const dir of [printed, site]) if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.chdir(ROOT);
  const started = Date.now();
  try {
    const { file, bytes } = await makePdf();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Skrev ${path.relative(ROOT, file)} (${bytes} byte) på ${seconds} s.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
