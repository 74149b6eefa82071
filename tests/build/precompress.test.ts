/**
 * The build writes a Brotli and a gzip copy beside every text file of the site,
 * for hosts that serve precompressed files; the copies hold the same bytes, are
 * the same for the same input, and the test server serves them as such a host does.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { COMPRESSIBLE, precompress } from "../../scripts/lib/precompress.mjs";
import { serveStatic } from "../../scripts/lib/static-server.mjs";
import { walkFiles } from "../e2e/site.ts";

const distDir = inject("distDir");
const scratch = mkdtempSync(path.join(tmpdir(), "fc-precompress-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const originals = (dir: string) => walkFiles(dir).filter((file) => !/\.(br|gz)$/.test(file));

describe("precompressed copies in the build", () => {
  it("has a .br and a .gz copy of every text file, each decompressing to its bytes", () => {
    const text = originals(distDir).filter((file) => COMPRESSIBLE.test(file));
    expect(text).toContain("index.html");
    expect(text.some((file) => file.endsWith(".js"))).toBe(true);
    for (const file of text) {
      const bytes = readFileSync(path.join(distDir, file));
      const br = readFileSync(path.join(distDir, `${file}.br`));
      const gz = readFileSync(path.join(distDir, `${file}.gz`));
      expect(brotliDecompressSync(br).equals(bytes), file).toBe(true);
      expect(gunzipSync(gz).equals(bytes), file).toBe(true);
      if (bytes.length > 1024) expect(br.length, file).toBeLessThan(bytes.length);
    }
  });

  it("has no copy of anything else: no copy of a copy, none of a compressed format", () => {
    const copies = walkFiles(distDir).filter((file) => /\.(br|gz)$/.test(file));
    for (const copy of copies)
      expect(COMPRESSIBLE.test(copy.replace(/\.(br|gz)$/, "")), copy).toBe(true);
    expect(copies).toHaveLength(2 * originals(distDir).filter((f) => COMPRESSIBLE.test(f)).length);
  });

  it("writes the same bytes again, and a second run adds no copies of copies", () => {
    const copy = path.join(scratch, "again");
    cpSync(distDir, copy, { recursive: true });
    const before = walkFiles(copy).map((file) => [file, readFileSync(path.join(copy, file))]);
    precompress(copy);
    expect(walkFiles(copy)).toEqual(before.map(([file]) => file));
    for (const [file, bytes] of before)
      expect(
        readFileSync(path.join(copy, file as string)).equals(bytes as Buffer),
        file as string,
      ).toBe(true);
  });
});

/** A GET with the given Accept-Encoding: status, Content-Encoding and the body as sent. */
function get(url: string, acceptEncoding: string) {
  return new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            encoding: response.headers["content-encoding"],
            vary: response.headers["vary"],
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on("error", reject)
        .end();
    },
  );
}

describe("the test and benchmark server", () => {
  it("sends the Brotli copy to a browser that accepts it, else gzip, else the file", async () => {
    const server = await serveStatic(distDir);
    try {
      const page = readFileSync(path.join(distDir, "index.html"));
      const br = await get(server.url, "gzip, deflate, br");
      expect(br.encoding).toBe("br");
      expect(br.vary).toBe("accept-encoding");
      expect(brotliDecompressSync(br.body).equals(page)).toBe(true);
      const gz = await get(server.url, "gzip");
      expect(gz.encoding).toBe("gzip");
      expect(gunzipSync(gz.body).equals(page)).toBe(true);
      const plain = await get(server.url, "identity");
      expect(plain.encoding).toBeUndefined();
      expect(plain.body.equals(page)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("closes while a client still holds a connection open mid-request", async () => {
    const server = await serveStatic(distDir);
    const { port } = new URL(server.url);
    const socket = connect(Number(port), "127.0.0.1");
    // The server resets the connection: that is the point.
    socket.on("error", () => undefined);
    await new Promise((resolve) => socket.once("connect", resolve));
    // Half a request: the connection is busy, not idle, as a browser's can be.
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    const closedSocket = new Promise((resolve) => socket.once("close", resolve));
    await server.close();
    await closedSocket;
    expect(socket.destroyed).toBe(true);
  });
});
