// `npm run pdf`: writes the report as an A4 PDF, dist/familjecentraler-<year>.pdf,
// and the English summary (/en/) as dist/familjecentraler-<year>-summary-en.pdf,
// into a fresh build of the site whose two report pages link to them.
//
// It always builds, twice: first a copy that the system Chromium prints (with the
// print stylesheet, as any browser would), then the site itself, told the PDF's
// name and size so its link can show them. The printed page hides the link, so
// both builds print alike, and both are given one build time (SOURCE_DATE_EPOCH)
// so the PDF and the site state the same date. dist/ is replaced, by the same
// renames as `npm run build`, only when everything has succeeded. Never downloads
// a browser: see scripts/lib/find-chrome.mjs.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { checkDataDirectory } from "../src/lib/data/check-directory.ts";
import { DataValidationError, loadDataset } from "../src/lib/data/index.ts";
import { PDF_FILES } from "../src/lib/site-paths.ts";
import { reportFigures } from "../src/lib/stats/index.ts";
import { theme } from "../src/lib/theme.ts";
import { pdfWarnings, publicationWarnings } from "../src/integrations/publication-warnings.ts";
import { BROWSER_TIMEOUT_MS, findChrome, installHint, launchOptions } from "./lib/find-chrome.mjs";
import { precompress } from "./lib/precompress.mjs";
import { removeAbandoned, replaceDir, scratchDir } from "./lib/replace-dir.mjs";
import { nextMove } from "./lib/fill-pages.mjs";
import { destinationPlaces, makeAccessible } from "./lib/pdf-ua.mjs";
import {
  applyMove,
  documentInfo,
  fillPageNumbers,
  flowBlocks,
  loadFonts,
  pageNumberTargets,
  prepareForPrint,
} from "./lib/print-page.mjs";
import { serveStatic } from "./lib/static-server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ASTRO = path.join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
/**
 * Builds go to their own directories inside the project: for an outDir outside
 * the working directory Astro writes its intermediate files to a shared
 * .astro/.prerender, which builds running at the same time would overwrite.
 */
const SCRATCH = path.join(ROOT, ".astro");
const SCRATCH_LABEL = "pdf-build";

/** A failure whose message says all there is to say (Astro's output, a missing browser). */
class Explained extends Error {}

/** What Chromium is asked for: the page's own @page size and margins, colours, tags, bookmarks. */
export const PDF_OPTIONS = {
  format: "A4",
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
};

/** @param {number} year the survey year */
export const pdfFileName = PDF_FILES.sv;

/**
 * The report's editions that are printed: the page each is printed from, its
 * file, and the variable the second build is told its name in (PdfLink.astro;
 * the size in the same name with _BYTES). Paths as REPORT_PATHS in site-paths.ts.
 */
export const PDF_EDITIONS = [
  { lang: "sv", path: "", fileName: pdfFileName, variable: "REPORT_PDF" },
  {
    lang: "en",
    path: "en/",
    fileName: PDF_FILES.en,
    variable: "REPORT_PDF_EN",
  },
];

/** The site's base path ("/" unless BASE_PATH says otherwise), with a trailing slash. */
const basePath = () => (process.env["BASE_PATH"] ?? "/").replace(/\/?$/, "/");

/**
 * SOURCE_DATE_EPOCH for both builds: the one given, else now in whole seconds,
 * fixed once so the printed copy and the published site agree on the date.
 * @param {Record<string, string | undefined>} env
 * @param {number} now milliseconds since the epoch
 */
export function buildEpoch(env = process.env, now = Date.now()) {
  return env["SOURCE_DATE_EPOCH"] ?? String(Math.floor(now / 1000));
}

/** Runs `astro build` into a new scratch directory and returns it; throws if the build fails. */
function build(env = {}) {
  mkdirSync(SCRATCH, { recursive: true });
  const outDir = scratchDir(SCRATCH, SCRATCH_LABEL);
  const result = spawnSync(process.execPath, [ASTRO, "build", "--outDir", outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Explained(`Bygget misslyckades:\n${result.stdout}${result.stderr}`);
  }
  return outDir;
}

/**
 * Prints at most this many times to get the contents' page numbers to agree
 * with the pages, after the moves that fill pages (each block moves at most
 * once, so those prints are bounded by the report's blocks, not by this).
 */
const MAX_PRINTS = 10;
/** The A4 text column of print.css (210 − 2 × 18 mm) by a page's text height, in CSS px. */
const COLUMN_VIEWPORT = {
  width: Math.floor((174 * 96) / 25.4),
  height: Math.floor((259 * 96) / 25.4),
};
/** A page number as wide as any the report will have, for the first print. */
const PLACEHOLDER_PAGE = "00";

/**
 * Prints a built site's front page to PDF with Chromium's print layout, fills in
 * the printed contents' page numbers, and makes the file meet PDF/UA-1.
 *
 * Chromium writes a named destination for every element a link on the page
 * leads to, on the page where the element starts. The contents and the list of
 * figures link to every section, figure and table, so one print tells each one's
 * page. The numbers are written into the page and it is printed again, until a
 * print's destinations agree with the numbers it shows: the contents are checked
 * against the final print, not assumed.
 * @param {string} siteDir a built site
 * @param {string} executablePath Chromium
 * @param {{ date?: Date, page?: string }} [options] the build date, for the PDF's
 *   metadata, and the page to print below the site's base ("" the Swedish report)
 * @returns {Promise<{ pdf: Buffer, printed: Buffer }>} the PDF, and Chromium's final
 *   print before scripts/lib/pdf-ua.mjs (for tests that show what it adds)
 */
export async function printSite(
  siteDir,
  executablePath,
  { date = new Date(), page: pagePath = "" } = {},
) {
  const server = await serveStatic(path.resolve(siteDir), { base: basePath() });
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    await page.goto(new URL(pagePath, server.url).href, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    // Blocks are measured as the text column lays them out (the PDF is laid out on
    // the paper, whatever the window).
    await page.setViewportSize(COLUMN_VIEWPORT);
    const fonts = await page.evaluate(loadFonts);
    if (!fonts.some((face) => face.startsWith(`${theme.printFamily} `)))
      throw new Error(
        `The printed typeface ${theme.printFamily} was not loaded (${fonts.join(", ")})`,
      );
    const linkTexts = new Map(await page.evaluate(prepareForPrint, page.url()));
    const targets = await page.evaluate(pageNumberTargets);
    let shown = targets.map((id) => [id, PLACEHOLDER_PAGE]);
    const moved = new Set();
    for (let print = 1; print <= MAX_PRINTS + moved.size; print++) {
      await page.evaluate(fillPageNumbers, shown);
      const blocks = await page.evaluate(flowBlocks);
      const pdf = await page.pdf(PDF_OPTIONS);
      const places = await destinationPlaces(pdf);
      const move = nextMove(blocks, places, moved);
      if (move !== null) {
        await page.evaluate(applyMove, move);
        if (move.kind === "lift") moved.add(move.section);
        else if (move.kind === "float") moved.add(move.figure);
        else for (const id of move.ids) moved.add(id);
        continue;
      }
      const pages = new Map([...places].map(([id, { page: number }]) => [id, number]));
      const missing = targets.filter((id) => !pages.has(id));
      if (missing.length > 0) throw new Error(`The PDF has no page for #${missing.join(", #")}`);
      const actual = targets.map((id) => [id, String(pages.get(id))]);
      if (actual.every(([, number], i) => number === shown[i][1])) {
        const info = await page.evaluate(documentInfo);
        const accessible = await makeAccessible(pdf, { ...info, date, linkTexts });
        return { pdf: Buffer.from(accessible), printed: pdf };
      }
      shown = actual;
    }
    throw new Error(`The contents' page numbers did not settle in ${MAX_PRINTS} prints`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Builds the site into outDir with the PDFs in it and a link to each on its page.
 * outDir is replaced only when both builds and the printing have succeeded.
 * The Swedish report's file, size and unprocessed print are returned at the
 * top level; `editions` has every edition's, by language.
 * @param {{ outDir?: string, executablePath?: string | null }} [options]
 * @returns {Promise<{ file: string, bytes: number, sourceDateEpoch: string, unprocessed: Buffer,
 *   editions: Record<string, { file: string, bytes: number, unprocessed: Buffer }> }>}
 */
export async function makePdf({
  outDir = path.join(ROOT, "dist"),
  executablePath = findChrome(),
} = {}) {
  if (executablePath === null) throw new Explained(installHint());
  // The builds run in the project root, so a relative DATA_DIR means the same to them.
  const year = reportFigures(loadDataset(path.resolve(ROOT, process.env["DATA_DIR"] ?? "data")))
    .current.ar;
  const sourceDateEpoch = buildEpoch();
  removeAbandoned(SCRATCH, [SCRATCH_LABEL]);
  const printed = build({ SOURCE_DATE_EPOCH: sourceDateEpoch });
  let site = null;
  try {
    const prints = [];
    for (const edition of PDF_EDITIONS) {
      const { pdf, printed: unprocessed } = await printSite(printed, executablePath, {
        date: new Date(Number(sourceDateEpoch) * 1000),
        page: edition.path,
      });
      prints.push({ ...edition, name: edition.fileName(year), pdf, unprocessed });
    }
    site = build({
      SOURCE_DATE_EPOCH: sourceDateEpoch,
      ...Object.fromEntries(
        prints.flatMap(({ variable, name, pdf }) => [
          [variable, name],
          [`${variable}_BYTES`, String(pdf.length)],
        ]),
      ),
    });
    for (const { name, pdf } of prints) writeFileSync(path.join(site, name), pdf);
    precompress(site); // as npm run build does
    replaceDir(outDir, site);
    const editions = Object.fromEntries(
      prints.map(({ lang, name, pdf, unprocessed }) => [
        lang,
        { file: path.join(outDir, name), bytes: pdf.length, unprocessed },
      ]),
    );
    return { ...editions["sv"], sourceDateEpoch, editions };
  } finally {
    for (const dir of [printed, site]) if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.chdir(ROOT);
  const started = Date.now();
  try {
    // What the build would say first; with bad data, makePdf stops with the problem list.
    const check = checkDataDirectory(path.resolve(process.env["DATA_DIR"] ?? "data"));
    if (check.ok) {
      console.log(check.text);
      for (const warning of [...publicationWarnings(), ...pdfWarnings()]) console.warn(warning);
    }
    const { editions } = await makePdf();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const written = Object.values(editions).map(
      ({ file, bytes }) => `${path.relative(ROOT, file)} (${bytes} byte)`,
    );
    console.log(`Skrev ${written.join(" och ")} på ${seconds} s.`);
  } catch (error) {
    // Bad data, a failed build or a missing browser are explained in their message;
    // anything else is a bug, shown with its stack trace.
    const explained = error instanceof DataValidationError || error instanceof Explained;
    console.error(explained ? error.message : error);
    process.exit(1);
  }
}
