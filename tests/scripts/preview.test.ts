/**
 * `npm run preview` serves dist/ as a production host would: the build's own
 * .br/.gz copies when the browser accepts them, a year's immutable caching for
 * hashed assets only, and the right content types. Requests go over HTTP with
 * node:http, which (unlike fetch) hands back the bytes as sent.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, get, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { previewHandler } from "../../scripts/preview.mjs";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

function request(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    }).on("error", reject);
  });
}

describe("npm run preview", () => {
  const distDir = inject("distDir");
  let child: ChildProcess | undefined;
  let origin = "";

  beforeAll(async () => {
    // The script itself, as npm run preview starts it, on a port the system picks.
    child = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, "scripts", "preview.mjs"), "--port", "0", "--dir", distDir],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    origin = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on("data", (chunk: Buffer) => {
        const found = /http:\/\/localhost:\d+/.exec(chunk.toString());
        if (found !== null) resolve(found[0].replace("localhost", "127.0.0.1"));
      });
      child?.on("exit", (code) => reject(new Error(`preview exited with ${code}`)));
    });
  }, 30_000);
  afterAll(() => {
    child?.kill();
  });

  it("sends the build's own Brotli copy to a browser that accepts br, and says so", async () => {
    for (const page of ["", "data/"]) {
      const reply = await request(`${origin}/${page}`, { "Accept-Encoding": "gzip, deflate, br" });
      expect(reply.status).toBe(200);
      expect(reply.headers["content-encoding"]).toBe("br");
      expect(reply.headers["vary"]).toMatch(/Accept-Encoding/i);
      expect(reply.headers["content-type"]).toMatch(/^text\/html;\s?charset=utf-8$/);
      expect(reply.headers["cache-control"]).not.toMatch(/immutable/);
      expect(reply.body.equals(readFileSync(path.join(distDir, page, "index.html.br")))).toBe(true);
    }
  });

  it("sends gzip to a browser without br, and the file itself to one that accepts neither", async () => {
    const gzip = await request(`${origin}/data/kodbok.csv`, { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.body.equals(readFileSync(path.join(distDir, "data", "kodbok.csv.gz")))).toBe(true);
    const plain = await request(`${origin}/data/kodbok.csv`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(readFileSync(path.join(distDir, "data", "kodbok.csv")))).toBe(true);
    expect(plain.headers["content-type"]).toBe("text/csv; charset=utf-8");
  });

  it("caches hashed assets under _astro/ for a year as immutable, and nothing else", async () => {
    const asset = readdirSync(path.join(distDir, "_astro")).find((name) => name.endsWith(".js"));
    if (asset === undefined) throw new Error("the build has no script in _astro/");
    const hashed = await request(`${origin}/_astro/${asset}`, { "Accept-Encoding": "br" });
    expect(hashed.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(hashed.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(hashed.body.equals(readFileSync(path.join(distDir, "_astro", `${asset}.br`)))).toBe(
      true,
    );
    const page = await request(`${origin}/data/siffror.json`);
    expect(page.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(page.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it("gives PNG figures their type, and answers 404 for what is not there", async () => {
    const png = readdirSync(path.join(distDir, "figurer")).find((name) => name.endsWith(".png"));
    const reply = await request(`${origin}/figurer/${png ?? ""}`, { "Accept-Encoding": "br" });
    expect(reply.headers["content-type"]).toBe("image/png");
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect((await request(`${origin}/finns-inte/`)).status).toBe(404);
  });
});

describe("the preview's handler", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fc-preview-"));
  let server: Server | undefined;
  let origin = "";

  beforeAll(async () => {
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>x</title>");
    writeFileSync(path.join(dir, "rapport.pdf"), "%PDF-1.7\n");
    writeFileSync(path.join(dir, "katalog.rdf"), '<?xml version="1.0"?><rdf:RDF/>');
    server = createServer(previewHandler(dir, "/familjecentraler/"));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the site under its base path, with PDF and RDF types", async () => {
    expect((await request(`${origin}/familjecentraler/`)).status).toBe(200);
    expect((await request(`${origin}/`)).status).toBe(404);
    const pdf = await request(`${origin}/familjecentraler/rapport.pdf`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const rdf = await request(`${origin}/familjecentraler/katalog.rdf`);
    expect(rdf.headers["content-type"]).toBe("application/rdf+xml; charset=utf-8");
  });
});
