// Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of a built
// site, for hosts that serve precompressed files (nginx gzip_static/brotli_static,
// Caddy's precompressed, most static hosts): they then send the smaller copy to a
// browser that accepts it, without compressing on every request.
//
// The copies are made at the highest settings, once per build (files over 1 MiB, the
// downloads of a large dataset, at Brotli quality 9: many times faster, a few
// percent larger), and are the same bytes for the same input (gzip's header carries
// no time or file name here), so builds stay byte-reproducible. Images, fonts and
// PDFs are compressed already and get no copies.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Files worth compressing: text. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|csv|xml|svg|txt|map|webmanifest)$/i;
/** The copies' extensions, so a second run never compresses a copy. */
export const COPIES = /\.(br|gz)$/i;

/** Every file below `dir`, relative to it, in a stable order. */
function files(dir, relative = "") {
  return readdirSync(path.join(dir, relative), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const child = relative === "" ? entry.name : path.join(relative, entry.name);
      return entry.isDirectory() ? files(dir, child) : [child];
    });
}

/** Above this size Brotli's highest quality takes seconds per file. */
const LARGE = 1024 * 1024;

/** The Brotli copy of `content`, tuned for text, at the highest quality unless it is large. */
export function brotli(content) {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: content.length > LARGE ? 9 : constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

/** The gzip copy of `content`, at the highest level. */
export function gzip(content) {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file below `dir`.
 * @param {string} dir a built site
 * @returns {{ files: number, bytes: number, brotli: number, gzip: number }} what was compressed, in bytes
 */
export function precompress(dir) {
  const total = { files: 0, bytes: 0, brotli: 0, gzip: 0 };
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file) || COPIES.test(file)) continue;
    const full = path.join(dir, file);
    const content = readFileSync(full);
    const br = brotli(content);
    const gz = gzip(content);
    writeFileSync(`${full}.br`, br);
    writeFileSync(`${full}.gz`, gz);
    total.files += 1;
    total.bytes += content.length;
    total.brotli += br.length;
    total.gzip += gz.length;
  }
  return total;
}
