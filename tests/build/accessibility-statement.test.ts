/**
 * The accessibility statement as Digg's model asks for it: its parts in the
 * model's order, the compliance wording, the standard's version, Digg's
 * reporting form, a way to reach the site, dates taken from the build, and only
 * checks that the code really makes.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { formatDate, formatIsoDate } from "../../src/lib/format.ts";
import { publicationText } from "../../src/lib/text/publication-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { accessibilityStatement } from "../../src/lib/text/sv/accessibility-statement.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";

const distDir = inject("distDir");
const { document, text } = readPage(distDir, "tillganglighet/index.html");
const figures = reportFigures(loadDataset(path.join(PROJECT_ROOT, "data")));

/** The headings of Digg's model statement, in its order (the specification, not our data). */
const DIGG_MODEL = [
  "Hur tillgänglig är webbplatsen?",
  "Vad kan du göra om du inte kan använda delar av webbplatsen?",
  "Rapportera brister i webbplatsens tillgänglighet",
  "Tillsyn",
  "Teknisk information om webbplatsens tillgänglighet",
  "Innehåll som inte är tillgängligt",
  "Hur vi testat webbplatsen",
];

describe("the accessibility statement", () => {
  it("has the parts of Digg's model, in its order", () => {
    const headings = [...document.querySelectorAll("main h2")].map((h) => h.textContent?.trim());
    expect(headings).toEqual(DIGG_MODEL);
  });

  it("names who stands behind the site, from the data", () => {
    const lead = document.querySelector("main .lead")?.textContent ?? "";
    expect(lead).toContain(publicationText(figures, sv).publishersText);
    expect(lead).toContain(sv.site.title(String(figures.current.ar)));
  });

  it("states its compliance in the law's words, and the standard's version", () => {
    expect(text).toMatch(/(helt|delvis|inte) förenlig med lagen/);
    expect(text).toContain("EN 301 549 V3.2.1");
    expect(text).toContain("WCAG 2.1 på nivå AA");
  });

  it("links to Digg's reporting form, not Digg's front page", () => {
    const hrefs = [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("https://www.digg.se/tdosanmalan");
    expect(hrefs).not.toContain("https://www.digg.se/");
  });

  it("gives an address to write to", () => {
    const mail = [...document.querySelectorAll('main a[href^="mailto:"]')];
    expect(mail.length).toBeGreaterThan(0);
    for (const a of mail) expect(a.getAttribute("href")).toBe(`mailto:${a.textContent?.trim()}`);
  });

  it("dates the assessment and the statement by the build, as machine-readable dates", () => {
    const built = new Date(Number(inject("buildEpoch")) * 1000);
    const times = [...document.querySelectorAll("main time")];
    expect(times.length).toBeGreaterThanOrEqual(2);
    for (const time of times) {
      expect(time.getAttribute("datetime")).toBe(formatIsoDate(built));
      expect(time.textContent).toBe(formatDate(built));
    }
  });

  it("names only checks that the code makes: each one's test file exists", () => {
    const checks = [...accessibilityStatement.checks, accessibilityStatement.lighthouse];
    for (const check of checks) {
      expect(check.files.length).toBeGreaterThan(0);
      for (const file of check.files)
        expect(existsSync(path.join(PROJECT_ROOT, file)), file).toBe(true);
      expect(text).toContain(check.text);
    }
  });
});
