/**
 * What the build warns about before publishing: a contact address on a domain
 * reserved for examples (RFC 2606) can never receive mail. The build itself is
 * checked for printing the warning in failed-build.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  isPlaceholderAddress,
  pdfWarnings,
  publicationWarnings,
} from "../../src/integrations/publication-warnings.ts";

describe("isPlaceholderAddress", () => {
  it.each([
    "tillganglighet@familjecentraler.example",
    "a@example",
    "a@EXAMPLE",
    "a@sub.example.",
    "a@example.com",
    "a@mail.example.org",
    "a@example.net",
  ])("%s is a placeholder", (address) => {
    expect(isPlaceholderAddress(address)).toBe(true);
  });

  it.each([
    "tillganglighet@folkhalsomyndigheten.se",
    "a@example.se",
    "a@myexample.com",
    "a@example.com.se",
    "a@exampleorg.se",
  ])("%s is not", (address) => {
    expect(isPlaceholderAddress(address)).toBe(false);
  });
});

describe("publicationWarnings", () => {
  it("names the address, the file and the key to edit, in Swedish", () => {
    const [warning, ...rest] = publicationWarnings("kontakt@rapport.example");
    expect(rest).toEqual([]);
    expect(warning).toContain("kontakt@rapport.example");
    expect(warning).toContain("src/lib/text/sv/accessibility-statement.ts");
    expect(warning).toContain("accessibilityStatement.contact");
    expect(warning).toMatch(/platshållare/);
  });

  it("has nothing to say about a real address", () => {
    expect(publicationWarnings("tillganglighet@folkhalsomyndigheten.se")).toEqual([]);
  });
});

describe("pdfWarnings", () => {
  it("warns that the PDF names no address while SITE_URL is unset, and not once it is set", () => {
    const [warning, ...rest] = pdfWarnings({});
    expect(rest).toEqual([]);
    expect(warning).toMatch(/SITE_URL/);
    expect(pdfWarnings({ SITE_URL: "" })).toHaveLength(1);
    expect(pdfWarnings({ SITE_URL: "https://rapport.example.se" })).toEqual([]);
  });
});
