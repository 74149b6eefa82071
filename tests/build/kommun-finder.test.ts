/**
 * The kommun finder (/kommuner/) as built from the shipped data: every kommun
 * A–Ö with its units by form and a link to its row on its region's page, letter
 * jump links, and links to the page from the navigation, the coverage section
 * and the sitemap. Without scripts it is this plain list.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { regionSlug } from "../../src/lib/region-slug.ts";
import { countByForm } from "../../src/lib/stats/index.ts";
import { geography, kommunFinder, nav } from "../../src/lib/text/sv/index.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";

const distDir = inject("distDir");
const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
const page = readPage(distDir, "kommuner/index.html");
const entries = [...page.document.querySelectorAll(".kommun-list > li")];
const collator = new Intl.Collator("sv");

describe("the kommun finder", () => {
  it("lists every kommun in kommuner.csv once, A–Ö by Swedish collation", () => {
    const names = entries.map((li) => li.querySelector("a")?.textContent ?? "");
    expect(names).toHaveLength(dataset.kommuner.length);
    expect(names).toEqual(dataset.kommuner.map((k) => k.kommun).sort(collator.compare));
    // Å, Ä and Ö come last, in that order.
    const initials = [...new Set(names.map((name) => name.charAt(0)))];
    expect(initials.slice(-3)).toEqual(["Å", "Ä", "Ö"]);
  });

  it("gives each kommun its region and its units by form, from the data", () => {
    const region = new Map(dataset.regioner.map((r) => [r.lanskod, r.region]));
    for (const kommun of dataset.kommuner) {
      const entry = entries.find((li) => li.querySelector("a")?.textContent === kommun.kommun);
      const units = countByForm(
        dataset.verksamheter.filter((u) => u.kommunkod === kommun.kommunkod),
      );
      expect(entry?.textContent, kommun.kommun).toBe(
        kommun.kommun + kommunFinder.detail(region.get(kommun.lanskod) ?? "", units),
      );
    }
    expect(entries.some((li) => li.textContent?.endsWith(": ingen verksamhet"))).toBe(true);
  });

  it("links each kommun to its row, by a stable anchor, on its region's page", () => {
    for (const kommun of dataset.kommuner) {
      const entry = entries.find((li) => li.querySelector("a")?.textContent === kommun.kommun);
      const href = entry?.querySelector("a")?.getAttribute("href") ?? "";
      const region = dataset.regioner.find((r) => r.lanskod === kommun.lanskod);
      expect(href).toBe(`/region/${regionSlug(region?.region ?? "")}/#kommun-${kommun.kommunkod}`);
      const [pagePath = "", anchor = ""] = href.split("#");
      const target = readPage(distDir, `${pagePath.slice(1)}index.html`).document.getElementById(
        anchor,
      );
      expect(target?.localName, href).toBe("tr");
      expect(target?.querySelector("th")?.textContent).toContain(kommun.kommun);
    }
  });

  it("has a jump link to each letter's heading, and the search only for scripts", () => {
    const letters = [...page.document.querySelectorAll(".letter-nav a")];
    const headings = [...page.document.querySelectorAll(".kommun-letter h2")];
    expect(letters.map((a) => a.textContent)).toEqual(headings.map((h) => h.textContent));
    for (const link of letters)
      expect(
        page.document.getElementById((link.getAttribute("href") ?? "").slice(1)),
      ).not.toBeNull();
    expect(page.document.querySelector("input[type=search]")?.closest(".js-only")).not.toBeNull();
  });

  it("is linked from every page's navigation, the coverage section and the sitemap", () => {
    for (const file of ["index.html", "region/skane/index.html", "data/index.html"]) {
      const links = [...readPage(distDir, file).document.querySelectorAll(".site-header a")];
      expect(links.find((a) => a.textContent === nav.kommuner)?.getAttribute("href"), file).toBe(
        "/kommuner/",
      );
    }
    const section = readPage(distDir).document.querySelector("#geografisk-spridning");
    const link = [...(section?.querySelectorAll("a") ?? [])].find(
      (a) => a.textContent === geography.kommunFinder,
    );
    expect(link?.getAttribute("href")).toBe("/kommuner/");
    const sitemap = readFileSync(path.join(distDir, "sitemap.xml"), "utf8");
    expect(sitemap).toMatch(/<loc>[^<]*\/kommuner\/<\/loc>/);
  });
});
