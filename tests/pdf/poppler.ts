import { execFileSync, spawnSync } from "node:child_process";

/**
 * True if poppler-utils (pdftotext, pdfinfo, pdffonts) are installed. Without
 * them the PDF tests are skipped loudly, unless REQUIRE_BROWSER=1 (set in CI).
 */
export function popplerOrSkip(): boolean {
  const found = spawnSync("pdfinfo", ["-v"], { stdio: "ignore" }).error === undefined;
  if (found) return true;
  const hint = "poppler-utils saknas: installera med `sudo apt-get install poppler-utils`.";
  if (process.env["REQUIRE_BROWSER"] === "1") throw new Error(`REQUIRE_BROWSER=1: ${hint}`);
  console.warn(`\n*** PDF-TESTER HOPPAS ÖVER *** ${hint}\n`);
  return false;
}

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** pdfinfo's "Key: value" lines as a map. */
export function pdfInfo(file: string): Map<string, string> {
  return new Map(
    run("pdfinfo", [file])
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? "", match[2] ?? ""]),
  );
}

/** The text of each page, in layout order. */
export function pdfPages(file: string, layout = false): string[] {
  const text = run("pdftotext", [...(layout ? ["-layout"] : []), file, "-"]);
  // pdftotext ends every page with a form feed.
  return text.split("\f").slice(0, -1);
}

/** pdffonts' table: one row per font with its name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      // name type... encoding emb sub uni object ID: the flags are the 4th–6th fields from the end.
      const fields = line.trim().split(/\s+/);
      return { name: fields[0] ?? "", embedded: fields.at(-5) === "yes" };
    });
}

/** Folds white space (no-break spaces too) so text reflowed into lines still matches. */
export const fold = (text: string) => text.replace(/\s+/g, " ").trim();

/** Words, also split after hyphens and dashes, where a line may break. */
export const words = (text: string) => text.match(/[^\s\-–]+/g) ?? [];

/**
 * Every /Title string in the PDF's objects: the document title and the outline's
 * bookmarks. Skia writes them uncompressed, as (literal) or <FEFF hex UTF-16>.
 */
export function pdfTitles(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const titles: string[] = [];
  for (const match of raw.matchAll(/\/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<FEFF([0-9A-Fa-f]*)>)/g)) {
    if (match[1] !== undefined) titles.push(match[1].replace(/\\(.)/g, "$1"));
    else if (match[2] !== undefined) {
      const bytes = Buffer.from(match[2], "hex");
      titles.push(bytes.swap16().toString("utf16le"));
    }
  }
  return titles;
}
