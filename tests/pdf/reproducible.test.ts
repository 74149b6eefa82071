/**
 * `npm run pdf` twice with the same SOURCE_DATE_EPOCH gives the same two files,
 * byte for byte: the report and the English summary. Chromium numbers structure
 * elements after DOM nodes, which vary between prints; scripts/lib/pdf-ua.mjs
 * renumbers them and sets every date from SOURCE_DATE_EPOCH.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makePdf } from "../../scripts/pdf.mjs";
import { chromeOrSkip } from "../helpers/browser.ts";
import { popplerOrSkip } from "./poppler.ts";

/** Four builds and eight prints on a busy 2-core machine: minutes, not seconds. */
const TIMEOUT = 15 * 60_000;

const chrome = chromeOrSkip();
const poppler = popplerOrSkip();
const scratch = mkdtempSync(path.join(tmpdir(), "fc-pdf-repro-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Where two files differ: the first few differing offsets with the bytes around them. */
function differences(a: Buffer, b: Buffer, limit = 5): string[] {
  const found: string[] = [];
  if (a.length !== b.length) found.push(`length ${a.length} vs ${b.length}`);
  for (let i = 0; i < Math.min(a.length, b.length) && found.length < limit; i++) {
    if (a[i] === b[i]) continue;
    const around = (buffer: Buffer) =>
      JSON.stringify(buffer.subarray(Math.max(0, i - 40), i + 20).toString("latin1"));
    found.push(`byte ${i}: ${around(a)} vs ${around(b)}`);
    i += 20;
  }
  return found;
}

describe.skipIf(chrome === null || !poppler)("two runs of npm run pdf", () => {
  it(
    "give byte-identical PDFs for the same SOURCE_DATE_EPOCH",
    async () => {
      const saved = process.env["SOURCE_DATE_EPOCH"];
      process.env["SOURCE_DATE_EPOCH"] = "1700000000";
      try {
        const runs = [];
        for (const name of ["first", "second"]) {
          const outDir = path.join(scratch, name);
          runs.push(await makePdf({ outDir, executablePath: chrome }));
        }
        const [first, second] = runs;
        expect(Object.keys(first?.editions ?? {})).toEqual(["sv", "en"]);
        for (const lang of ["sv", "en"]) {
          const a = readFileSync(first?.editions[lang]?.file ?? "");
          const b = readFileSync(second?.editions[lang]?.file ?? "");
          expect(differences(a, b), `${lang}: the two PDFs differ`).toEqual([]);
        }
      } finally {
        if (saved === undefined) delete process.env["SOURCE_DATE_EPOCH"];
        else process.env["SOURCE_DATE_EPOCH"] = saved;
      }
    },
    TIMEOUT,
  );
});
