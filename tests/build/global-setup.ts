import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../helpers/build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built once from the shipped data, for tests that assert on the output. */
    distDir: string;
    /** The SOURCE_DATE_EPOCH that build was made with, for builds that must match it byte for byte. */
    buildEpoch: string;
  }
}

/** Builds the site once per test run so output tests share one real build. */
export default function setup(project: TestProject) {
  const distDir = mkdtempSync(path.join(tmpdir(), "fc-dist-"));
  // Fixed once, so builds made later in the run can be compared with this one byte for byte.
  const buildEpoch = String(Math.floor(Date.now() / 1000));
  const result = buildSite(distDir, undefined, { SOURCE_DATE_EPOCH: buildEpoch });
  if (result.status !== 0) {
    rmSync(distDir, { recursive: true, force: true });
    throw new Error(`The site did not build:\n${result.output}`);
  }
  project.provide("distDir", distDir);
  project.provide("buildEpoch", buildEpoch);
  return () => rmSync(distDir, { recursive: true, force: true });
}
