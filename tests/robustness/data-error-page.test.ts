/**
 * The page `npm run dev` shows while the data cannot be used. Values in the
 * problem list come from the analyst's files, so they are shown as text, never
 * run as markup.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { dataErrorPage } from "../../src/integrations/data-error-page.ts";

describe("dataErrorPage", () => {
  const problems = [
    "Datan kan inte användas: 1 fel hittades.",
    '  - data/verksamheter.csv rad 2, kolumn namn: "<script>alert(1)</script> & <img src=x onerror=alert(2)>" är fel',
  ].join("\n");
  const html = dataErrorPage(problems, "/@vite/client");
  const { document } = parseHTML(html);

  it("is a Swedish page that shows the problem list exactly", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("sv");
    expect(document.querySelector("pre")?.textContent).toBe(problems);
  });

  it("runs nothing from the data: Vite's client is its only script", () => {
    expect([...document.querySelectorAll("script")].map((s) => s.getAttribute("src"))).toEqual([
      "/@vite/client",
    ]);
    expect(document.querySelector("img")).toBeNull();
    expect(html).not.toContain("<script>alert");
  });
});
