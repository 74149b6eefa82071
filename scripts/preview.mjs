// `npm run preview`: serves the built site in dist/ the way a production static
// host does, so what is checked here is what readers get:
//
// - the Brotli (.br) or gzip (.gz) copy the build wrote beside a file, when the
//   browser accepts it (Content-Encoding, Vary: Accept-Encoding);
// - hashed assets under _astro/ cached for a year and marked immutable, every
//   other file revalidated on each visit (its name stays the same when it changes);
// - content types by extension, text with charset=utf-8 (PNG, CSV, PDF, RDF …);
// - the site under BASE_PATH when it was built with one, and 404.html for a miss.
//
// The serving itself is sirv's, a small, well-used static file middleware.
//
//   npm run preview                      http://localhost:4321
//   npm run preview -- --port 8080 --host 0.0.0.0 --dir ../publicera
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import sirv from "sirv";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A year: the longest lifetime caches honour. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else keeps its name when it changes: the browser asks again each time. */
const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * Text files, whose type names their charset: every text file the build writes
 * is UTF-8, and a CSV or JSON without it may be read as Latin-1. sirv gives the
 * other types (PNG, PDF, fonts) and HTML its charset already.
 */
const TEXT_TYPES = {
  ".css": "text/css",
  ".csv": "text/csv",
  ".js": "text/javascript",
  ".json": "application/json",
  ".rdf": "application/rdf+xml",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
};

/**
 * The request handler for a built site in `dir`, served under `base` (e.g. "/"
 * or "/familjecentraler/").
 * @param {string} dir
 * @param {string} [base]
 */
export function previewHandler(dir, base = "/") {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const notFound = path.join(dir, "404.html");
  const serve = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    setHeaders(response, pathname) {
      response.setHeader("Cache-Control", pathname.startsWith("/_astro/") ? IMMUTABLE : REVALIDATE);
      const type = TEXT_TYPES[/** @type {keyof typeof TEXT_TYPES} */ (path.extname(pathname))];
      if (type !== undefined) response.setHeader("Content-Type", `${type}; charset=utf-8`);
    },
  });
  /** @type {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void} */
  return (request, response) => {
    const url = request.url ?? "/";
    const missing = () => {
      response.statusCode = 404;
      if (existsSync(notFound)) {
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(readFileSync(notFound));
      } else response.end();
    };
    if (!url.startsWith(prefix) && `${url}/` !== prefix) return missing();
    request.url = `/${url.slice(prefix.length)}`;
    serve(request, response, missing);
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.PORT ?? "4321" },
      host: { type: "string", default: "localhost" },
      dir: { type: "string", default: path.join(ROOT, "dist") },
    },
  });
  const dir = path.resolve(values.dir);
  if (!existsSync(path.join(dir, "index.html"))) {
    console.error(`Det finns ingen byggd webbplats i ${dir}. Kör npm run build först.`);
    process.exit(1);
  }
  const base = process.env.BASE_PATH ?? "/";
  const server = createServer(previewHandler(dir, base));
  server.listen(Number(values.port), values.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address !== null ? address.port : values.port;
    console.log(`Förhandsgranskar ${dir} på http://${values.host}:${port}${base}`);
  });
}
