import { existsSync, statSync, writeSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { checkDataDirectory } from "../lib/data/check-directory.ts";
import {
  dataDirectory,
  DataDirectoryError,
  DataValidationError,
  loadDataset,
} from "../lib/data/index.ts";
import { messages } from "../lib/data/messages.ts";
import { surveyContentWarnings } from "../lib/data/proposal-folders.ts";
import { dataErrorPage } from "./data-error-page.ts";
import { publicationSummaryOf } from "../lib/text/publication-summary.ts";
import { catalogueMessage, catalogueStatus } from "../lib/open-data/catalogue-status.ts";
import { dataAbout } from "../lib/open-data/data-about.ts";
import { dataWarnings, publicationWarnings } from "./publication-warnings.ts";

/** Errors written for the data steward: the data or its folder is wrong, not the code. */
const isDataProblem = (error: unknown): error is Error =>
  error instanceof DataValidationError || error instanceof DataDirectoryError;

/** Editors often write a file in several steps; one check after the last is enough. */
const SETTLE_MS = 150;

/**
 * Validates data/ before Astro writes anything, so a bad file fails the build
 * with every problem listed, and says at the start of every build what the data
 * holds and what must still change before publishing.
 *
 * In `astro dev`, watches the data directory (also a DATA_DIR outside the
 * project): after a change it checks the data, prints the result in Swedish,
 * and reloads the browser. The page loads the data on every request, so a good
 * change shows at once; while the data is bad, every page is a Swedish page
 * with the problem list. The server keeps running either way.
 */
export function validateData(): AstroIntegration {
  let site = { publicDir: "", base: "/" };
  return {
    name: "validate-data",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command === "build") checkBeforeBuild(logger, fileURLToPath(config.root));
      },
      "astro:config:done": ({ config }) => {
        site = { publicDir: fileURLToPath(config.publicDir), base: config.base };
      },
      "astro:server:setup": ({ server, logger }) => {
        const directory = dataDirectory();
        const report = () => {
          const result = checkDataDirectory(directory);
          if (result.ok) logger.info(result.text);
          else logger.error(result.text);
        };
        report();
        // This hook runs inside Vite's configureServer, before Astro adds its page
        // handler, so this middleware comes first: while the data is bad no page is
        // rendered, and neither the terminal nor the browser gets a stack trace.
        server.middlewares.use((request, response, next) => {
          const problems = isSiteRequest(request, site) ? dataProblems(directory) : null;
          if (problems === null) return next();
          sendDataErrorPage(response, problems, `${server.config.base}@vite/client`);
        });
        server.watcher.add(directory);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          const relative = path.relative(directory, file);
          if (relative.startsWith("..") || path.isAbsolute(relative)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            logger.info(messages.dataChanged(relative.split(path.sep).join("/")));
            report();
            server.hot.send({ type: "full-reload", path: "*" });
          }, SETTLE_MS);
        };
        server.watcher.on("add", onChange);
        server.watcher.on("change", onChange);
        server.watcher.on("unlink", onChange);
      },
    },
  };
}

/**
 * Stops a build whose data cannot be used, printing the problem list alone.
 * Astro would frame an error thrown from this hook in an English line and a
 * stack trace, which help nobody fix a CSV file; nothing has been written yet,
 * so exiting here is safe. Any other error is a bug and is thrown, so Astro
 * shows it with its stack trace.
 */
function checkBeforeBuild(logger: AstroIntegrationLogger, root: string): void {
  const directory = dataDirectory();
  let dataset;
  try {
    dataset = loadDataset(directory);
  } catch (error) {
    if (!isDataProblem(error)) throw error;
    writeSync(2, `${error.message}\n`);
    process.exit(1);
  }
  // Validated above and cached: this only words the summary (and any warnings).
  // One message, as npm run check:data prints it: the data, then what the policy publishes.
  logger.info([checkDataDirectory(directory).text, ...publicationSummaryOf(directory)].join("\n"));
  for (const warning of [...surveyContentWarnings(root, dataset), ...publicationWarnings()])
    logger.warn(warning);
  for (const warning of dataWarnings(dataset.datamangd)) logger.warn(warning);
  const exampleData = dataset.kartlaggningar.some((k) => k.antal === null && k.exempeldata);
  logger.info(catalogueMessage(catalogueStatus(dataAbout(dataset.datamangd, exampleData))));
}

/** The data's problem list, or null if it can be used (or fails for another reason: a bug, left to Astro). */
function dataProblems(directory: string): string | null {
  try {
    loadDataset(directory);
    return null;
  } catch (error) {
    return isDataProblem(error) ? error.message : null;
  }
}

/** Vite's own URLs: modules, its client, source files and dependencies. */
const DEV_SERVER_INTERNAL = /^\/(@|__|node_modules\/|src\/|\.astro\/)/;

/** A request for one of the site's pages or downloads (not a module, not a file in public/). */
function isSiteRequest(
  request: IncomingMessage,
  { publicDir, base }: { publicDir: string; base: string },
): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://dev.invalid").pathname);
  } catch {
    return false;
  }
  if (DEV_SERVER_INTERNAL.test(pathname)) return false;
  // With a base path, public files are served under it (and at the root).
  const prefix = base.replace(/\/?$/, "/");
  const inPublic = [pathname, pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : ""];
  return !inPublic.some((file) => {
    const full = path.join(publicDir, file);
    return file !== "" && full.startsWith(publicDir) && existsSync(full) && statSync(full).isFile();
  });
}

function sendDataErrorPage(response: ServerResponse, problems: string, viteClient: string): void {
  const body = dataErrorPage(problems, viteClient);
  response.writeHead(500, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  response.end(body);
}
