/**
 * Static checks of every built page: links and anchors resolve, in its language, one h1,
 * no skipped heading level, no duplicate id. (A build under a non-root base is
 * link-checked in tests/build/regions-and-downloads.test.ts; the checker here
 * takes the base as a parameter and is tested with one below.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { REPORT_PATHS } from "../../src/lib/site-paths.ts";
import { brokenReferences } from "./links.ts";
import { builtPages } from "./site.ts";

const distDir = inject("distDir");
const pages = builtPages(distDir);

describe("every built page", () => {
  it("finds the pages by walking the build, index first", () => {
    expect(pages[0]?.file).toBe("index.html");
  });

  describe.each(pages.map((page) => [page.file, page] as const))("%s", (_file, page) => {
    const html = readFileSync(path.join(distDir, page.file), "utf8");
    const { document } = parseHTML(html);

    // The English summary and anything under it is English; every other page Swedish.
    const lang = page.urlPath.startsWith(REPORT_PATHS.en) ? "en" : "sv";
    it(`is in its language: <html lang="${lang}">`, () => {
      expect(document.documentElement.getAttribute("lang")).toBe(lang);
    });

    it("has a non-empty title", () => {
      expect(document.querySelector("title")?.textContent?.trim() ?? "").not.toBe("");
    });

    it("has exactly one h1, and headings never skip a level", () => {
      const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")];
      const levels = headings.map((h) => Number(h.tagName[1]));
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      const skips = headings.flatMap((heading, i) => {
        const previous = levels[i - 1] ?? 0;
        const level = levels[i] ?? 0;
        return level > previous + 1
          ? [`h${previous} → h${level} "${heading.textContent?.trim() ?? ""}"`]
          : [];
      });
      expect(skips).toEqual([]);
    });

    it("has no duplicate ids", () => {
      const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });
  });
});

describe("links and anchors", () => {
  it("every internal href and src resolves to a built file, and every #fragment to an id", () => {
    expect(brokenReferences(distDir)).toEqual([]);
  });

  it("the checker itself catches a missing anchor, a missing page and a link outside the base", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fc-links-"));
    try {
      mkdirSync(path.join(dir, "a"));
      writeFileSync(
        path.join(dir, "index.html"),
        '<!doctype html><html lang="sv"><body><h1 id="top">x</h1>' +
          '<a href="#top">ok</a><a href="#saknas">bad</a><a href="a/">ok</a><a href="a/#x">ok</a>' +
          '<a href="a/#y">bad</a><a href="b/">bad</a><a href="/annat/">bad</a><a href="https://example.org/">ext</a>' +
          "</body></html>",
      );
      writeFileSync(path.join(dir, "a", "index.html"), '<p id="x">x</p><a href="../">ok</a>');
      const problems = brokenReferences(dir, "/rapport/");
      expect(problems).toHaveLength(4);
      expect(problems.join("\n")).toMatch(/saknas/);
      expect(problems.join("\n")).toMatch(/"y"/);
      expect(problems.join("\n")).toMatch(/b\//);
      expect(problems.join("\n")).toMatch(/outside the site's base/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
