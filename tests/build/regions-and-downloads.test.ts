import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadDataset, parseCsv, SURVEY_ANSWERS } from "../../src/lib/data/index.ts";
import { formatInteger } from "../../src/lib/format.ts";
import { regionSlug } from "../../src/lib/region-slug.ts";
import { reportFigures, unitsByKommun } from "../../src/lib/stats/index.ts";
import { regionFigures } from "../helpers/region-report.ts";
import { openData, regionPage } from "../../src/lib/text/sv/index.ts";
import { buildSite, PROJECT_ROOT } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";
import { shown } from "../helpers/shown.ts";

const distDir = inject("distDir");
const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
const figures = reportFigures(dataset);
const year = String(figures.current.ar);

/** The rows of a downloaded CSV as records keyed by header, whatever its flavour. */
function readDownload(file: string): Record<string, string>[] {
  const parsed = parseCsv(file, readFileSync(path.join(distDir, "data", file)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const header = parsed.table.header.fields;
  return parsed.table.records.map((record) =>
    Object.fromEntries(header.map((name, i) => [name, record.fields[i] ?? ""])),
  );
}

const number = (text: string | undefined) => Number((text ?? "").replace(",", "."));

describe("region pages", () => {
  it("has one page per region, at a stable ASCII slug", () => {
    const built = readdirSync(path.join(distDir, "region")).filter((name) =>
      statSync(path.join(distDir, "region", name)).isDirectory(),
    );
    expect(built.sort()).toEqual(dataset.regioner.map((r) => regionSlug(r.region)).sort());
    for (const name of built) expect(name).toMatch(/^[a-z0-9-]+$/);
    expect(built).toEqual(expect.arrayContaining(["skane", "vastra-gotaland"]));
  });

  it.each(dataset.regioner.map((r) => [r.region, r] as const))(
    "%s shows its own counts",
    (_, region) => {
      const page = readPage(distDir, `region/${regionSlug(region.region)}/index.html`);
      const report = regionFigures(dataset, region);
      expect(page.document.querySelector("h1")?.textContent).toBe(region.region);
      const totals = [...page.document.querySelectorAll("tfoot td")].map((cell) =>
        cell.textContent?.trim(),
      );
      expect(totals.slice(0, 3)).toEqual(
        [report.units.familjecentral, report.units.familjecentralsliknande, report.units.total].map(
          formatInteger,
        ),
      );
      if (report.units.total === 0) {
        expect(page.text).toContain(regionPage.none(region.region, year));
      } else {
        const listed =
          page.document.querySelectorAll("table")[2]?.querySelectorAll("tbody tr") ?? [];
        expect(listed).toHaveLength(report.units.total);
      }
    },
  );

  it("lists every kommun on exactly one region page", () => {
    const seen = new Map<string, number>();
    for (const region of dataset.regioner) {
      const page = readPage(distDir, `region/${regionSlug(region.region)}/index.html`);
      const table = page.document.querySelector("table");
      for (const cell of table?.querySelectorAll("tbody th") ?? []) {
        const name = (cell.textContent ?? "").split(" – ")[0] ?? "";
        seen.set(name, (seen.get(name) ?? 0) + 1);
      }
    }
    // Kommun names are unique in Sweden, so names identify kommuner here.
    expect([...seen.keys()].sort()).toEqual(dataset.kommuner.map((k) => k.kommun).sort());
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });

  it("is reachable from the national page: the table links every region, the map names its page", () => {
    const page = readPage(distDir);
    for (const region of dataset.regioner) {
      const href = `/region/${regionSlug(region.region)}/`;
      expect(
        page.document.querySelector(`#geografisk-spridning table a[href="${href}"]`),
      ).not.toBeNull();
      // The map offers the same page from its region's shape (the script makes it a link on a click).
      expect(page.html).toMatch(
        new RegExp(`<path [^>]*data-region="${region.lanskod}" data-href="${href}"`),
      );
    }
    expect(page.document.querySelector('a[href="/region/"]')).not.toBeNull();
  });
});

describe("downloads", () => {
  it.each(["", "-excel"])(
    "regioner%s.csv reads back to the regional figures on the pages",
    (suffix) => {
      const rows = readDownload(`regioner${suffix}.csv`);
      expect(
        rows.map((r) => [
          r["lanskod"],
          number(r["familjecentraler"]),
          number(r["familjecentralsliknande"]),
          number(r["verksamheter"]),
          number(r["kommuner_med_verksamhet"]),
        ]),
      ).toEqual(
        figures.regionTable.rows.map((row) => [
          row.region.lanskod,
          row.units.familjecentral,
          row.units.familjecentralsliknande,
          row.units.total,
          row.kommuner.withUnits,
        ]),
      );
      // and the same numbers stand in the coverage table of the national page
      const page = readPage(distDir);
      const cells = [...page.document.querySelectorAll("#geografisk-spridning tbody tr")].map(
        (tr) => [...tr.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent?.trim()),
      );
      expect(cells).toEqual(
        rows.map((r) => [r["familjecentraler"], r["familjecentralsliknande"], r["verksamheter"]]),
      );
    },
  );

  it.each(["", "-excel"])("verksamheter%s.csv has every unit with its coordinates", (suffix) => {
    const rows = readDownload(`verksamheter${suffix}.csv`);
    expect(rows.map((r) => r["id"])).toEqual(dataset.verksamheter.map((u) => u.id));
    expect(rows.map((r) => [number(r["lat"]), number(r["lon"])])).toEqual(
      dataset.verksamheter.map((u) => [u.lat, u.lon]),
    );
  });

  it.each(["", "-excel"])("kommuner%s.csv and omradestyper%s.csv match the stats", (suffix) => {
    const kommuner = readDownload(`kommuner${suffix}.csv`);
    expect(kommuner.map((r) => [r["kommunkod"], number(r["verksamheter"])])).toEqual(
      unitsByKommun(dataset.verksamheter, dataset.kommuner).map((k) => [
        k.kommun.kommunkod,
        k.units.total,
      ]),
    );
    const areas = readDownload(`omradestyper${suffix}.csv`);
    expect(areas.map((r) => number(r["andel"]))).toEqual([
      ...shown(figures.areaTypes).byType.map((t) => t.andel),
      shown(figures.areaTypes).missing.andel,
    ]);
  });

  it("flavours differ as promised: Excel has BOM, semicolons and decimal commas", () => {
    const excel = readFileSync(path.join(distDir, "data", "verksamheter-excel.csv"), "utf8");
    const standard = readFileSync(path.join(distDir, "data", "verksamheter.csv"), "utf8");
    expect(excel.startsWith("\uFEFFid;namn;")).toBe(true);
    expect(excel).toContain("\r\n");
    expect(excel).toMatch(/;\d+,\d+;\d+,\d+;/);
    expect(standard.startsWith("id,namn,")).toBe(true);
    expect(standard).not.toContain("\r");
  });

  it("offers a JSON of every figure, with the data version", () => {
    const json = JSON.parse(readFileSync(path.join(distDir, "data", "siffror.json"), "utf8"));
    expect(json.verksamheter).toEqual(figures.units);
    expect(json.kommuner).toEqual({
      med_verksamhet: figures.kommuner.withUnits,
      totalt: figures.kommuner.total,
    });
    expect(json.dataversion).toBe(figures.dataVersion);
    expect(json.exempeldata).toBe(figures.current.exampleData);
  });

  it("has a codebook entry for the whole file (publisher, licence), for every column of every download, then one for each column the policy leaves out", () => {
    const codebook = readDownload("kodbok.csv");
    const { policy, datamangd } = loadDataset(path.join(PROJECT_ROOT, "data"));
    if (datamangd === null) throw new Error("the shipped data has datamangd.csv");
    const leftOut = SURVEY_ANSWERS.filter((a) => policy.rules[a].publish !== "per_verksamhet");
    for (const name of ["verksamheter", "regioner", "kommuner", "omradestyper"]) {
      const header = Object.keys(readDownload(`${name}.csv`)[0] ?? {});
      const rows = codebook.filter((r) => r["fil"] === `${name}.csv`);
      expect(rows.map((r) => r["kolumn"])).toEqual([
        openData.wholeFile,
        ...header,
        ...(name === "verksamheter" ? leftOut : []),
      ]);
      expect(rows[0]?.["betydelse"]).toContain(`(${datamangd.licens})`);
      expect(rows[0]?.["betydelse"]).toContain(datamangd.utgivare);
    }
    expect(leftOut.length).toBeGreaterThan(0);
  });

  it("publishes no survey answer per unit that the policy keeps to aggregates", () => {
    const { policy } = loadDataset(path.join(PROJECT_ROOT, "data"));
    for (const file of ["verksamheter.csv", "verksamheter-excel.csv"]) {
      const columns = Object.keys(readDownload(file)[0] ?? {});
      for (const answer of SURVEY_ANSWERS)
        expect(columns.includes(answer), `${file} ${answer}`).toBe(
          policy.rules[answer].publish === "per_verksamhet",
        );
    }
  });
});

describe("provenance", () => {
  it("every page has a canonical URL, description, Open Graph and citation tags, and a footer link to the accessibility statement", () => {
    const pages = [
      "index.html",
      "region/index.html",
      "region/skane/index.html",
      "data/index.html",
      "tillganglighet/index.html",
    ];
    for (const file of pages) {
      const { document } = readPage(distDir, file);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), file).toMatch(
        /^https?:\/\//,
      );
      expect(
        document.querySelector('meta[name="description"]')?.getAttribute("content")?.length ?? 0,
      ).toBeGreaterThan(20);
      expect(document.querySelector('meta[property="og:title"]')).not.toBeNull();
      expect(document.querySelector('meta[name="citation_title"]')).not.toBeNull();
      expect(document.querySelector('footer a[href="/tillganglighet/"]'), file).not.toBeNull();
    }
  });

  it("lists every page in sitemap.xml", () => {
    const sitemap = readFileSync(path.join(distDir, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? "").pathname,
    );
    expect(locs).toContain("/");
    expect(locs).toContain("/tillganglighet/");
    for (const region of dataset.regioner)
      expect(locs).toContain(`/region/${regionSlug(region.region)}/`);
  });

  it("shows the data version and a ready citation", () => {
    const page = readPage(distDir);
    expect(page.text).toContain(figures.dataVersion);
    expect(page.document.querySelector("#citera + p.citation")?.textContent).toContain(
      figures.dataVersion,
    );
  });
});

describe("hosting under a sub-path", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "fc-base-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("resolves every internal link and anchor when built with BASE_PATH", () => {
    const base = "/rapport/familjecentraler/";
    const out = path.join(scratch, "dist");
    const result = buildSite(out, undefined, { BASE_PATH: base });
    expect(result.status, result.output).toBe(0);
    const htmlFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory()
          ? htmlFiles(full)
          : full.endsWith(".html")
            ? [full]
            : [];
      });
    let checked = 0;
    for (const file of htmlFiles(out)) {
      const { document } = readPage(path.dirname(file), path.basename(file));
      for (const element of document.querySelectorAll("a[href], link[href]")) {
        const href = element.getAttribute("href") ?? "";
        if (/^[a-z]+:/.test(href)) continue;
        const [pathname = "", anchor] = href.split("#");
        if (pathname !== "") {
          expect(pathname.startsWith(base), `${file}: ${href}`).toBe(true);
          const target = path.join(out, pathname.slice(base.length));
          const resolved = pathname.endsWith("/") ? path.join(target, "index.html") : target;
          expect(existsSync(resolved), `${file}: ${href}`).toBe(true);
        }
        if (anchor) {
          const targetFile =
            pathname === "" ? file : path.join(out, pathname.slice(base.length), "index.html");
          const { document: target } = readPage(
            path.dirname(targetFile),
            path.basename(targetFile),
          );
          expect(target.getElementById(anchor), `${file}: ${href}`).not.toBeNull();
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
