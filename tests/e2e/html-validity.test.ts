/**
 * Every built page passes the Nu HTML Checker (vnu.jar) with zero errors. The
 * checker runs once over all pages; it needs Java, and is skipped loudly without
 * it unless REQUIRE_BROWSER=1 (set in CI), which makes a missing Java an error.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { builtPages } from "./site.ts";

const VNU_JAR = path.join(PROJECT_ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
const INSTALL_HINT =
  "Ingen Java hittades för Nu HTML Checker. Installera en, till exempel med `sudo apt-get install default-jre-headless`.";

function javaOrSkip(): boolean {
  const found = spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
  if (found) return true;
  if (process.env["REQUIRE_BROWSER"] === "1") throw new Error(`REQUIRE_BROWSER=1: ${INSTALL_HINT}`);
  console.warn(`\n*** HTML-VALIDERING HOPPAS ÖVER *** ${INSTALL_HINT}\n`);
  return false;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const distDir = inject("distDir");
const pages = builtPages(distDir);
const hasJava = javaOrSkip();

describe.skipIf(!hasJava)("Nu HTML Checker", () => {
  const files = pages.map((page) => path.join(distDir, page.file));
  let status: number | null = null;
  let messages: VnuMessage[] = [];
  // One run over every page: the JVM's start-up dominates the time.
  beforeAll(() => {
    const run = spawnSync(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--errors-only", "--exit-zero-always", ...files],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    status = run.status;
    const json = run.stderr.trim() || run.stdout.trim();
    try {
      messages = (JSON.parse(json) as { messages: VnuMessage[] }).messages;
    } catch {
      throw new Error(`vnu.jar gave no JSON (status ${run.status}):\n${json}`);
    }
  });
  const errorsIn = (file: string) =>
    messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .filter((m) => m.url !== undefined && decodeURIComponent(new URL(m.url).pathname) === file)
      .map((m) => `line ${m.lastLine ?? "?"}: ${m.message} ${JSON.stringify(m.extract ?? "")}`);

  it("ran, and reported nothing outside the built pages", () => {
    expect(status).toBe(0);
    const known = new Set(files);
    const elsewhere = messages.filter(
      (m) => m.url === undefined || !known.has(decodeURIComponent(new URL(m.url).pathname)),
    );
    expect(elsewhere).toEqual([]);
  });

  it.each(pages.map((page) => [page.file]))("%s has no errors", (file) => {
    expect(errorsIn(path.join(distDir, file))).toEqual([]);
  });
});
