/**
 * What the build warns about before publishing: a contact address on a domain
 * reserved for examples (RFC 2606) can never receive mail. The build itself is
 * checked for printing the warning in failed-build.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  isPlaceholderAddress,
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
    expect(warning).toContain("src/lib/strings.ts");
    expect(warning).toContain("accessibilityStatement.contact");
    expect(warning).toMatch(/platshållare/);
  });

  it("has nothing to say about a real address", () => {
    expect(publicationWarnings("tillganglighet@folkhalsomyndigheten.se")).toEqual([]);
  });
});
