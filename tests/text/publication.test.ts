/** The web address is printed only when the site's address is known. */
import { describe, expect, it } from "vitest";
import { publishedUrl } from "../../src/lib/site-paths.ts";
import { validateDataset } from "../../src/lib/data/index.ts";
import { citationOf, publicationText } from "../../src/lib/text/publication-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { citation, sv } from "../../src/lib/text/sv/index.ts";
import { sourcesOf } from "../helpers/datasets.ts";

describe("publishedUrl", () => {
  it("is null without SITE_URL, so no placeholder address is ever printed", () => {
    expect(publishedUrl("", {})).toBeNull();
    expect(publishedUrl("region/", { SITE_URL: "" })).toBeNull();
  });

  it("is the page's address under SITE_URL", () => {
    expect(publishedUrl("region/", { SITE_URL: "https://rapport.example.se" })).toBe(
      "https://rapport.example.se/region/",
    );
  });
});

describe("citations", () => {
  const common = {
    publishers: "Myndigheten",
    year: "2023",
    title: "Rapporten",
    type: null,
    built: "1 maj 2026",
    version: "abc123",
  };

  it("end with the address when there is one, and without it otherwise", () => {
    const url = "https://rapport.example.se/";
    expect(citation.text({ ...common, url })).toMatch(/abc123\. https:\/\/rapport\.example\.se\/$/);
    expect(citation.text({ ...common, url: null })).toMatch(/abc123\.$/);
  });

  it("name the publishers and the kind of publication as given", () => {
    const text = citation.text({ ...common, type: "Redovisning av regeringsuppdrag", url: null });
    expect(text.startsWith("Myndigheten (2023). Rapporten.")).toBe(true);
    expect(text).toContain(" Redovisning av regeringsuppdrag. ");
  });
});

describe("the publication facts", () => {
  const surveys =
    "ar,antal,kalla,exempeldata,uppdrag,redovisad\n2008,131,Förra,nej,,\n2023,,Denna,ja,,2023-09-29\n";
  const header = "ar,rapporttyp,utgivare,utgivare_en,artikelnummer,isbn,diarienummer,licens";
  const withRow = (row: string | null) =>
    sourcesOf({
      kartlaggningar: surveys,
      publikationer: row === null ? null : `${header}\n${row}\n`,
    });

  it("come from publikationer.csv, in each edition's language", () => {
    const result = validateDataset(
      withRow(
        "2023,Rapporttyp,Myndighet A; Myndighet B,Agency A;Agency B,2023-1-2,978-91-7555-000-8,Dnr 1,https://creativecommons.org/licenses/by/4.0/",
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const figures = reportFigures(result.dataset);
    const swedish = publicationText(figures, sv);
    expect(swedish.publishers).toEqual(["Myndighet A", "Myndighet B"]);
    expect(swedish.publishersText).toBe(sv.format.list(["Myndighet A", "Myndighet B"]));
    expect(swedish.type).toBe("Rapporttyp");
    expect(swedish.identifiers.map((i) => i.value)).toEqual([
      "2023-1-2",
      "978-91-7555-000-8",
      "Dnr 1",
    ]);
    expect(swedish.licence).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(publicationText(figures, en).publishers).toEqual(["Agency A", "Agency B"]);
    expect(citationOf(figures, sv, new Date(0))).toContain(swedish.publishersText);
  });

  it("fall back to the catalogue's publishers when the survey has no row", () => {
    const result = validateDataset(withRow(null));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const figures = reportFigures(result.dataset);
    expect(publicationText(figures, sv).publishers).toEqual(sv.citation.authors);
    expect(publicationText(figures, sv).type).toBeNull();
  });

  it("are checked: a year without a survey, an ISBN with a wrong check digit, publishers that do not pair up, a licence that is no address", () => {
    const result = validateDataset(withRow("2019,,A;B,Only one,,978-91-7555-000-5,,CC BY"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: "data/publikationer.csv", line: 2, column: "ar" },
      { file: "data/publikationer.csv", line: 2, column: "utgivare_en" },
      { file: "data/publikationer.csv", line: 2, column: "isbn" },
      { file: "data/publikationer.csv", line: 2, column: "licens" },
    ]);
  });
});
