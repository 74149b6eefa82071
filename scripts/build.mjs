// `npm run build`: builds the site and replaces dist/ only when the whole build
// has succeeded.
//
// `astro build` empties its output directory first and writes page by page, so a
// build that fails (bad data, an exception in a page or an endpoint) or is killed
// would leave dist/ half-written. Here Astro writes into a fresh directory next to
// dist/ instead, which takes dist/'s place by rename once Astro has finished; on
// any failure it is removed and dist/ is exactly as it was. Directories left by a
// build that was killed outright are removed by the next build.
//
//   npm run build
//   npm run build -- --outDir ../publicera     another target than dist/
//
// Once Astro has finished, every text file gets a Brotli and a gzip copy beside it
// (scripts/lib/precompress.mjs) for hosts that serve them; that is part of the
// build, so a failure there leaves dist/ as it was too.
//
// Every environment variable (DATA_DIR, BASE_PATH, SITE_URL, SOURCE_DATE_EPOCH …)
// reaches Astro unchanged. The fresh directory lies inside the working directory
// when dist/ does, so Astro keeps its intermediate files (.prerender) in it too.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { precompress } from "./lib/precompress.mjs";
import { cleanUpAfterKilledBuilds, freshSibling, replaceDir } from "./lib/replace-dir.mjs";
import { diffSnapshots, parseSnapshot, SNAPSHOT_PATH } from "../src/lib/data-snapshot.ts";
import { buildChanges } from "../src/lib/text/sv/build-changes.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ASTRO = path.join(ROOT, "node_modules", "astro", "bin", "astro.mjs");

const { values, tokens } = parseArgs({
  options: { outDir: { type: "string", default: path.join(ROOT, "dist") } },
  strict: false,
  tokens: true,
});
/** Any other option (e.g. --verbose) is Astro's. */
const passOn = tokens.flatMap((token) =>
  token.kind === "option" && token.name !== "outDir"
    ? [token.rawName, ...(token.value === undefined ? [] : [token.value])]
    : token.kind === "positional"
      ? [token.value]
      : [],
);
const target = path.resolve(String(values.outDir));
const shown = `${path.relative(process.cwd(), target).split(path.sep).join("/") || "."}/`;

cleanUpAfterKilledBuilds(target);
const fresh = freshSibling(target);

const astro = spawn(process.execPath, [ASTRO, "build", "--outDir", fresh, ...passOn], {
  stdio: "inherit",
});

// Ctrl+C reaches Astro as well (same process group); a signal sent to this script
// alone is passed on. Either way the script waits for Astro to stop, then tidies up.
let stoppedBy = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stoppedBy = signal;
    astro.kill(signal);
  });
}

const { code, signal } = await new Promise((resolve) => {
  astro.on("exit", (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
  astro.on("error", (error) => {
    console.error(error);
    resolve({ code: 1, signal: null });
  });
});

/**
 * What the new build changes in the data, against the build it is about to
 * replace: read from both sites' data/dataversion.json before the move.
 */
function dataChanges() {
  if (!existsSync(target)) return [buildChanges.noPrevious(shown)];
  const read = (dir) => {
    const file = path.join(dir, SNAPSHOT_PATH);
    return existsSync(file) ? parseSnapshot(readFileSync(file, "utf8")) : null;
  };
  const before = read(target);
  const after = read(fresh);
  if (before === null || after === null) return [buildChanges.noSnapshot(shown, SNAPSHOT_PATH)];
  return buildChanges.lines(diffSnapshots(before, after), shown);
}

if (code === 0 && stoppedBy === null) {
  let changes;
  try {
    changes = dataChanges();
    precompress(fresh);
    replaceDir(target, fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    console.error(
      `Den nya webbplatsen kunde inte flyttas till ${shown}; där finns förra bygget kvar.`,
    );
    throw error;
  }
  for (const line of changes) console.log(line);
  console.log(`Webbplatsen finns nu i ${shown}`);
} else {
  rmSync(fresh, { recursive: true, force: true });
  const what = stoppedBy !== null || signal !== null ? "Bygget avbröts." : "Bygget misslyckades.";
  const left = existsSync(target)
    ? `${shown} är orörd: där finns förra bygget kvar.`
    : `Ingenting skrevs till ${shown}`;
  console.error(`${what} ${left}`);
  process.exitCode = code !== null && code !== 0 ? code : 1;
}
