/**
 * Text from the data is shown as text wherever it is rendered: HTML, SVG
 * titles and aria labels, CSV and JSON downloads. The site is built from a
 * copy of the data whose names hold markup, script, entities, quotes, emoji,
 * right-to-left text and spreadsheet formulas.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/data/index.ts";
import { allMarkPoints } from "../helpers/map-marks.ts";
import { buildSite } from "../helpers/build-site.ts";
import { editData, scratchDir, setFields } from "./data-copy.ts";

const HOSTILE = {
  script: "<script>alert(1)</script>",
  attribute: '"><img src=x onerror=alert(1)>',
  closeSvg: "</svg><script>alert(2)</script><svg onload=alert(3)>",
  entities: "&amp; &lt;b&gt; 'enkel' \"dubbel\" ]]> <!-- x -->",
  unicode: "Familjecentralen 👨‍👩‍👧 שלום עולם مرحبا \u202Eexe.txt",
  formula: '=HYPERLINK("http://x.example","klicka")',
  kommun: 'Väsby"><svg onload=alert(4)>',
  region: "Region <script>alert(5)</script> Stockholm",
  regionWithout: "=cmd|' /C calc'!A0 Uppsala",
  kalla: '+SUM(1,2) <b>Källa</b> & "citat" </p><script>alert(6)</script>',
} as const;

/** Unit ids and the name each is given. */
const UNIT_NAMES: ReadonlyMap<string, string> = new Map([
  ["V001", HOSTILE.script],
  ["V002", HOSTILE.attribute],
  ["V003", HOSTILE.closeSvg],
  ["V004", HOSTILE.entities],
  ["V005", HOSTILE.unicode],
  ["V006", HOSTILE.formula],
]);

const scratch = scratchDir("hostile");
const outDir = path.join(scratch.root, "dist");

beforeAll(() => {
  const dataDir = scratch.copyData();
  editData(dataDir, "verksamheter.csv", (csv) =>
    setFields(
      csv,
      [...UNIT_NAMES.values()].map((name, i) => [i + 2, "namn", name] as const),
    ),
  );
  // V001 lies in 0114 Upplands Väsby, in Region Stockholm; Region Uppsala has no units.
  editData(dataDir, "kommuner.csv", (csv) => setFields(csv, [[2, "kommun", HOSTILE.kommun]]));
  editData(dataDir, "regioner.csv", (csv) =>
    setFields(csv, [
      [2, "region", HOSTILE.region],
      [3, "region", HOSTILE.regionWithout],
    ]),
  );
  editData(dataDir, "kartlaggningar.csv", (csv) => {
    const lines = csv.split("\n");
    lines[2] = `2023,,"${HOSTILE.kalla.replaceAll('"', '""')}",ja,,`;
    return lines.join("\n");
  });
  const result = buildSite(outDir, dataDir);
  if (result.status !== 0) throw new Error(`The hostile data did not build:\n${result.output}`);
});
afterAll(() => scratch.remove());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const htmlFiles = () => files(outDir).filter((file) => file.endsWith(".html"));
const documentOf = (file: string) => parseHTML(readFileSync(file, "utf8")).document;

/**
 * Writes the same XML the same way: the serialiser adds a declaration, writes
 * " />" and "<g/>" for "<g></g>", and chooses other (equivalent) references for
 * NBSP and quotes.
 */
const normaliseXml = (xml: string) =>
  xml
    .replace(/^<\?xml[^>]*\?>/, "")
    .replace(/\s*\/>/g, "/>")
    .replace(/<([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)><\/\1>/g, "<$1$2/>")
    .replaceAll("&#160;", "\u00a0")
    .replaceAll("&#10;", "\n")
    .replaceAll("&#39;", "'")
    .replaceAll("&quot;", '"');

/**
 * The HTML with every quoted attribute value emptied: a "<" inside a quoted
 * value is harmless text to a browser, anywhere else it starts markup.
 */
function withoutAttributeValues(html: string): string {
  let out = "";
  let inTag = false;
  let quote: string | null = null;
  for (let i = 0; i < html.length; i++) {
    const char = html.charAt(i);
    if (quote !== null) {
      if (char === quote) {
        quote = null;
        out += char;
      }
      continue;
    }
    if (inTag && (char === '"' || char === "'")) quote = char;
    else if (!inTag && char === "<" && /[a-zA-Z/!]/.test(html.charAt(i + 1))) inTag = true;
    else if (inTag && char === ">") inTag = false;
    out += char;
  }
  return out;
}

describe("a site built from hostile text", () => {
  it("runs only the site's own script files: no inline script, no event handler, no image or embedded object", () => {
    for (const file of htmlFiles()) {
      const document = documentOf(file);
      for (const script of document.querySelectorAll("script")) {
        // schema.org JSON-LD is a data block, never run; it must stay whole JSON.
        if (script.getAttribute("type") === "application/ld+json") {
          expect(() => JSON.parse(script.textContent ?? ""), file).not.toThrow();
          continue;
        }
        expect(script.getAttribute("src"), file).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        expect(script.textContent, file).toBe("");
      }
      expect(document.querySelectorAll("img, iframe, object, embed, base"), file).toHaveLength(0);
      for (const element of document.querySelectorAll("*")) {
        const handlers = element.getAttributeNames().filter((name) => /^on/i.test(name));
        expect(handlers, `${file}: <${element.localName}>`).toEqual([]);
      }
    }
  });

  it("never writes a hostile string unescaped into a page, outside a quoted attribute value", () => {
    const raw = [
      "<script>alert(",
      "<img src=x",
      "<svg onload=",
      "<b>Källa</b>",
      "</p><script>",
      "<!-- x -->",
    ];
    for (const file of htmlFiles()) {
      const html = withoutAttributeValues(readFileSync(file, "utf8"));
      for (const fragment of raw)
        expect(html.includes(fragment), `${file}: ${fragment}`).toBe(false);
    }
  });

  it("lists each unit's name and kommun, exactly, among its map marks' titles", () => {
    const document = documentOf(path.join(outDir, "index.html"));
    const titles = [...document.querySelectorAll("svg.fc-map g[data-titles]")].flatMap((group) =>
      (group.getAttribute("data-titles") ?? "").split("\n"),
    );
    // One title per mark, each on its own line even where the text is hostile.
    expect(titles).toHaveLength(allMarkPoints(document).length);
    for (const [id, name] of UNIT_NAMES)
      expect(titles.filter((title) => title.startsWith(`${name} (`)).length, id).toBe(1);
    // V001 lies in the kommun with the hostile name.
    expect(titles).toContain(`${HOSTILE.script} (${HOSTILE.kommun})`);
  });

  it("names the hostile region without units, exactly, in the map's aria-label and legend", () => {
    const document = documentOf(path.join(outDir, "index.html"));
    expect(document.querySelector("svg.fc-map")?.getAttribute("aria-label")).toContain(
      HOSTILE.regionWithout,
    );
    expect(document.querySelector(".map-legend")?.textContent).toContain(HOSTILE.regionWithout);
  });

  it("shows the region names, exactly, in the regional table", () => {
    const document = documentOf(path.join(outDir, "index.html"));
    const cells = [...document.querySelectorAll("#geografisk-spridning table th")].map(
      (cell) => cell.textContent ?? "",
    );
    expect(cells.some((text) => text.includes(HOSTILE.region))).toBe(true);
    expect(cells.some((text) => text.includes(HOSTILE.regionWithout))).toBe(true);
  });

  it("shows the source, exactly, as text", () => {
    const document = documentOf(path.join(outDir, "index.html"));
    expect(document.body?.textContent ?? "").toContain(HOSTILE.kalla);
  });

  it("keeps every inline SVG well-formed XML that round-trips unchanged", () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, "utf8");
      // No SVG nests another, so each ends at the first </svg>; a hostile "</svg>" written
      // raw would end it early and the rest would not parse back to the same bytes.
      const svgs = html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
      for (const svg of svgs) {
        const xml = new DOMParser().parseFromString(svg, "image/svg+xml");
        expect(xml.documentElement?.localName, file).toBe("svg");
        expect(xml.querySelectorAll("script, parsererror"), file).toHaveLength(0);
        expect(normaliseXml(xml.toString()), file).toBe(normaliseXml(svg));
      }
      if (file.endsWith(`${path.sep}index.html`) && path.dirname(file) === outDir)
        expect(svgs.length).toBeGreaterThanOrEqual(5);
    }
  });

  it("neutralises formulas and keeps the text in every CSV download", () => {
    const csvFiles = files(outDir).filter((file) => file.endsWith(".csv"));
    expect(csvFiles.length).toBeGreaterThan(0);
    let sawFormulaName = false;
    for (const file of csvFiles) {
      const parsed = parseCsv(file, readFileSync(file));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
      for (const { fields } of [parsed.table.header, ...parsed.table.records]) {
        for (const cell of fields) {
          // A spreadsheet runs a cell starting with =, +, @, a tab or CR (or - before a non-number).
          expect(/^[=+@\t\r]|^-(?![\d.,]+$)/.test(cell), `${file}: ${cell}`).toBe(false);
          if (cell === `'${HOSTILE.formula}`) sawFormulaName = true;
        }
      }
    }
    expect(sawFormulaName).toBe(true);
  });

  it("keeps the exact text in JSON downloads", () => {
    for (const file of files(outDir).filter((f) => f.endsWith(".json"))) {
      const text = readFileSync(file, "utf8");
      expect(() => JSON.parse(text), file).not.toThrow();
    }
  });
});
