// A minimal static file server for dist/, bound to 127.0.0.1 only, for the PDF
// script, browser tests and benchmarks.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Precompressed copies the build writes beside each text file, best first. */
const ENCODINGS = [
  { name: "br", extension: ".br" },
  { name: "gzip", extension: ".gz" },
];

/**
 * The precompressed copy of `file` the request accepts, as a host that serves them
 * would choose it, or null: then the file itself is sent.
 * @param {string} file
 * @param {string | undefined} accepted the request's Accept-Encoding
 */
function precompressedCopy(file, accepted) {
  const names = (accepted ?? "")
    .split(",")
    .map((part) => part.split(";")[0]?.trim().toLowerCase())
    .filter((name) => name !== undefined && name !== "");
  const encoding = ENCODINGS.find(
    ({ name, extension }) => names.includes(name) && existsSync(file + extension),
  );
  return encoding === undefined ? null : { ...encoding, file: file + encoding.extension };
}

/**
 * Serves `root` on an ephemeral port of 127.0.0.1, like a static host: a
 * precompressed copy (.br, .gz) when the build wrote one and the browser accepts it.
 * @param {string} root directory to serve
 * @param {{ base?: string }} [options] URL prefix the site is built for, e.g. "/rapport/"
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, options = {}) {
  const base = options.base ?? "/";
  const directory = path.resolve(root);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = path.join(directory, pathname.slice(base.length));
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const copy = precompressedCopy(file, request.headers["accept-encoding"]);
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      vary: "accept-encoding",
      ...(copy === null ? {} : { "content-encoding": copy.name }),
    });
    createReadStream(copy === null ? file : copy.file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    // close() alone waits for every open connection, and a browser left open
    // may keep one busy for ever (a test that hung with no CPU in use): once
    // the caller is done, the connections go too.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
