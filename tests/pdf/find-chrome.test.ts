/**
 * Which Chromium `npm run pdf` and the browser tests use, and what they say when
 * CHROME_PATH is wrong: always naming the path that did not work.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChrome, INSTALL_HINT, installHint } from "../../scripts/lib/find-chrome.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "fc-find-chrome-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file at `relative` under the scratch directory, runnable or not. */
function file(relative: string, mode: number): string {
  const full = path.join(dir, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, "#!/bin/sh\n");
  chmodSync(full, mode);
  return full;
}

const runnable = file("installed/chromium", 0o755);
const notRunnable = file("elsewhere/chrome", 0o644);
const missing = path.join(dir, "nowhere", "chrome");
const onPath = file("bin/chromium-browser", 0o755);

/** findChrome with nothing installed but what the test says, and its warnings collected. */
function find(env: Record<string, string>, candidates: readonly string[] = []) {
  const warnings: string[] = [];
  const found = findChrome(env, { candidates, warn: (message) => warnings.push(message) });
  return { found, warnings };
}

describe("findChrome", () => {
  it("uses CHROME_PATH when it names a program, silently", () => {
    expect(find({ CHROME_PATH: runnable, PATH: "" })).toEqual({ found: runnable, warnings: [] });
  });

  it.each([
    ["nothing", missing],
    ["a file that cannot run", notRunnable],
    ["a directory", dir],
  ])(
    "CHROME_PATH naming %s: falls back to an installed Chromium, with a warning naming both",
    (_, bad) => {
      const { found, warnings } = find({ CHROME_PATH: bad, PATH: "" }, [runnable]);
      expect(found).toBe(runnable);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`CHROME_PATH pekar på ${bad}`);
      expect(warnings[0]).toContain(runnable);
    },
  );

  it("finds a Chromium by its usual names on the PATH it is given", () => {
    expect(find({ PATH: path.dirname(onPath) })).toEqual({ found: onPath, warnings: [] });
  });

  it("returns null when nothing is installed", () => {
    expect(find({ CHROME_PATH: missing, PATH: "" }).found).toBeNull();
    expect(find({ PATH: "" }).found).toBeNull();
  });
});

describe("installHint", () => {
  it("names a CHROME_PATH that does not work, then says how to install one", () => {
    const hint = installHint({ CHROME_PATH: missing });
    expect(hint).toContain(`CHROME_PATH pekar på ${missing}, men där finns ingen körbar fil.`);
    expect(hint).toContain(INSTALL_HINT);
  });

  it("is the plain install hint without CHROME_PATH, or with one that works", () => {
    expect(installHint({})).toBe(INSTALL_HINT);
    expect(installHint({ CHROME_PATH: runnable })).toBe(INSTALL_HINT);
  });
});
