/** The web address is printed only when the site's address is known. */
import { describe, expect, it } from "vitest";
import { publishedUrl } from "../../src/lib/site-paths.ts";
import { citation, publication } from "../../src/lib/strings.ts";

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
  const common = { year: "2023", title: "Rapporten", version: "abc123" };

  it("end with the address when there is one, and without it otherwise", () => {
    const url = "https://rapport.example.se/";
    expect(citation.text({ ...common, built: "1 maj 2026", url })).toMatch(
      /abc123\. https:\/\/rapport\.example\.se\/$/,
    );
    expect(citation.text({ ...common, built: "1 maj 2026", url: null })).toMatch(/abc123\.$/);
    expect(publication.citePdf({ ...common, published: "1 maj 2026", url })).toContain(url);
    expect(publication.citePdf({ ...common, published: "1 maj 2026", url: null })).not.toMatch(
      /https?:/,
    );
  });
});
