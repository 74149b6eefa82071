/**
 * The data as open data, as its consumers read it: the DCAT-AP-SE catalogue
 * parsed as RDF/XML (as Sveriges dataportal harvests it), the schema.org
 * JSON-LD parsed out of the built HTML (as a search engine does), and the
 * /data/ page's links. Two real builds with SITE_URL: the shipped data under a
 * base path, and a one-unit dataset with real data and an organisation number.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Quad } from "@rdfjs/types";
import { RdfXmlParser } from "rdfxml-streaming-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { catalogueStatus } from "../../src/lib/open-data/catalogue-status.ts";
import { dataAbout } from "../../src/lib/open-data/data-about.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { buildSite } from "../helpers/build-site.ts";
import { oneUnitFiles } from "../helpers/datasets.ts";
import { readPage } from "../helpers/page.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const DCT = "http://purl.org/dc/terms/";
const DCAT = "http://www.w3.org/ns/dcat#";
const FOAF = "http://xmlns.com/foaf/0.1/";
const VCARD = "http://www.w3.org/2006/vcard/ns#";
const XSD = "http://www.w3.org/2001/XMLSchema#";

const scratch = scratchDir("open-data");
afterAll(() => scratch.remove());

/** The catalogue's triples, parsed by an RDF/XML parser. */
async function parseRdf(file: string): Promise<Quad[]> {
  const parser = new RdfXmlParser({ baseIRI: "http://base.invalid/" });
  const quads: Quad[] = [];
  await new Promise<void>((resolve, reject) => {
    parser.on("data", (quad: Quad) => quads.push(quad));
    parser.on("error", reject);
    parser.on("end", resolve);
    parser.write(readFileSync(file, "utf8"));
    parser.end();
  });
  return quads;
}

function graph(quads: readonly Quad[]) {
  const objects = (subject: string, predicate: string) =>
    quads
      .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
      .map((q) => q.object);
  const values = (subject: string, predicate: string) =>
    objects(subject, predicate).map((o) => o.value);
  const one = (subject: string, predicate: string) => {
    const found = values(subject, predicate);
    expect(found, `${subject} ${predicate}`).toHaveLength(1);
    return found[0] ?? "";
  };
  const ofType = (type: string) =>
    quads
      .filter((q) => q.predicate.value === `${RDF}type` && q.object.value === type)
      .map((q) => q.subject.value);
  const literal = (subject: string, predicate: string, lang: string) =>
    objects(subject, predicate).find((o) => o.termType === "Literal" && o.language === lang)?.value;
  return { objects, values, one, ofType, literal };
}

/** The JSON-LD objects a page carries, parsed as a search engine parses them. */
function jsonLd(distDir: string, page: string): Record<string, unknown>[] {
  const { document } = readPage(distDir, page);
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? "") as Record<string, unknown>,
  );
}

/** The files /data/ links for download, as absolute URLs. */
function downloadLinks(distDir: string, site: string): string[] {
  const { document } = readPage(distDir, path.join("data", "index.html"));
  const page = new URL("data/", site);
  return [
    ...new Set(
      [...document.querySelectorAll("a[download]")].map(
        (a) => new URL(a.getAttribute("href") ?? "", page).href,
      ),
    ),
  ].sort();
}

describe("the shipped data, built with SITE_URL and BASE_PATH", () => {
  const site = "https://www.exempel.se/familjecentraler/";
  const dataDir = scratch.copyData("shipped");
  const out = path.join(scratch.root, "shipped-dist");
  let quads: Quad[] = [];
  let output = "";

  beforeAll(async () => {
    const result = buildSite(out, dataDir, {
      SITE_URL: "https://www.exempel.se",
      BASE_PATH: "/familjecentraler/",
    });
    output = result.output;
    expect(result.status, result.output).toBe(0);
    quads = await parseRdf(path.join(out, "data", "katalog.rdf"));
  }, 300_000);

  it("says it wrote the catalogue", () => {
    expect(output).toContain("data/katalog.rdf");
  });

  it("has no blank node and only absolute http(s) IRIs in the catalogue", () => {
    expect(quads.length).toBeGreaterThan(50);
    for (const quad of quads) {
      for (const term of [quad.subject, quad.object]) {
        expect(term.termType, JSON.stringify(quad)).not.toBe("BlankNode");
        if (term.termType === "NamedNode") expect(term.value).toMatch(/^(https?|mailto):/);
      }
      expect(quad.subject.value).not.toContain("base.invalid");
      expect(quad.object.value).not.toContain("base.invalid");
    }
  });

  it("describes a catalogue, a dataset series and the current survey's dataset with every mandatory property", () => {
    const g = graph(quads);
    const dataset = loadDataset(dataDir);
    const figures = reportFigures(dataset);
    const about = dataAbout(dataset.datamangd, figures.current.exampleData);
    if (about === null) throw new Error("the shipped data has datamangd.csv");
    const year = String(figures.current.ar);

    const [catalogue, ...otherCatalogues] = g.ofType(`${DCAT}Catalog`);
    expect(otherCatalogues).toEqual([]);
    const [series] = g.ofType(`${DCAT}DatasetSeries`);
    const [current] = g.ofType(`${DCAT}Dataset`);
    if (catalogue === undefined || series === undefined || current === undefined)
      throw new Error("catalogue, series or dataset missing");
    for (const subject of [catalogue, series, current]) expect(subject.startsWith(site)).toBe(true);

    expect(g.literal(catalogue, `${DCT}title`, "sv")).toBe(sv.openData.catalogueTitle);
    expect(g.literal(catalogue, `${DCT}description`, "sv")).toBe(sv.openData.catalogueDescription);
    expect(g.one(catalogue, `${DCT}license`)).toBe(about.licence.uri);
    expect(g.values(catalogue, `${DCAT}dataset`).sort()).toEqual([series, current].sort());

    expect(g.literal(series, `${DCT}title`, "sv")).toBe(sv.openData.seriesTitle);
    expect(g.literal(series, `${DCT}description`, "sv")).toBeDefined();
    expect(g.one(current, `${DCAT}inSeries`)).toBe(series);
    // The shipped data is example data, and the catalogue says so in both languages.
    expect(figures.current.exampleData).toBe(true);
    expect(g.literal(current, `${DCT}title`, "sv")).toBe(sv.openData.datasetTitle(year, true));
    expect(g.literal(current, `${DCT}title`, "en")).toBe(en.openData.datasetTitle(year, true));
    expect(g.literal(current, `${DCT}description`, "sv")).toBe(
      sv.openData.datasetDescription(year, true),
    );
    expect(g.one(current, `${DCAT}landingPage`)).toBe(`${site}data/`);

    // One publisher for catalogue, series and dataset, with its name and type.
    const publisher = g.one(catalogue, `${DCT}publisher`);
    expect(g.one(series, `${DCT}publisher`)).toBe(publisher);
    expect(g.one(current, `${DCT}publisher`)).toBe(publisher);
    expect(g.values(publisher, `${RDF}type`)).toContain(`${FOAF}Agent`);
    expect(g.one(publisher, `${FOAF}name`)).toBe(about.publisher.name);
    expect(g.one(publisher, `${DCT}type`)).toBe(
      `http://purl.org/adms/publishertype/${about.publisher.type}`,
    );
    // No organisation number in the shipped file: the publisher is named on the site.
    expect(publisher.startsWith(site)).toBe(true);

    // A contact point, not the publisher, with a name and an e-mail address.
    const contact = g.one(current, `${DCAT}contactPoint`);
    expect(contact).not.toBe(publisher);
    expect(g.values(contact, `${RDF}type`)).toContain(`${VCARD}Organization`);
    expect(g.one(contact, `${VCARD}fn`)).toBe(about.publisher.name);
    expect(g.one(contact, `${VCARD}hasEmail`)).toBe(`mailto:${about.contact.email}`);
  });

  it("has a distribution for every file /data/ links, with its format, media type, licence and exact size", () => {
    const g = graph(quads);
    const [current] = g.ofType(`${DCAT}Dataset`);
    if (current === undefined) throw new Error("no dataset");
    const distributions = g.values(current, `${DCAT}distribution`);
    expect(g.ofType(`${DCAT}Distribution`).sort()).toEqual([...distributions].sort());
    const licence = loadDataset(dataDir).datamangd?.licens;

    const urls = distributions.map((distribution) => {
      const url = g.one(distribution, `${DCAT}downloadURL`);
      expect(g.one(distribution, `${DCAT}accessURL`)).toBe(url);
      const file = path.join(
        out,
        decodeURIComponent(new URL(url).pathname).replace("/familjecentraler/", ""),
      );
      const size = g.objects(distribution, `${DCAT}byteSize`);
      expect(size).toHaveLength(1);
      expect(size[0]?.termType === "Literal" && size[0].datatype.value).toBe(
        `${XSD}nonNegativeInteger`,
      );
      expect(Number(size[0]?.value)).toBe(statSync(file).size);
      const csv = url.endsWith(".csv");
      expect(g.one(distribution, `${DCT}format`)).toBe(
        `http://publications.europa.eu/resource/authority/file-type/${csv ? "CSV" : "JSON"}`,
      );
      expect(g.one(distribution, `${DCAT}mediaType`)).toBe(
        `https://www.iana.org/assignments/media-types/${csv ? "text/csv" : "application/json"}`,
      );
      expect(g.one(distribution, `${DCT}license`)).toBe(licence);
      return url;
    });
    expect(urls.sort()).toEqual(downloadLinks(out, site));
  });

  it("links the catalogue from /data/, and describes the files there as a schema.org Dataset", () => {
    const { document } = readPage(out, path.join("data", "index.html"));
    const link = [...document.querySelectorAll("a")].find((a) =>
      (a.getAttribute("href") ?? "").endsWith("katalog.rdf"),
    );
    expect(link?.getAttribute("href")).toBe("/familjecentraler/data/katalog.rdf");
    const licence = document.querySelector('a[rel="license"]');
    const about = loadDataset(dataDir).datamangd;
    expect(licence?.getAttribute("href")).toBe(about?.licens);

    const [dataset, ...others] = jsonLd(out, path.join("data", "index.html"));
    expect(others).toEqual([]);
    expect(dataset).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      license: about?.licens,
      url: `${site}data/`,
      publisher: { "@type": "Organization", name: about?.utgivare, email: about?.epost },
    });
    const downloads = dataset?.["distribution"] as Record<string, unknown>[];
    expect(downloads.map((d) => d["contentUrl"]).sort()).toEqual(downloadLinks(out, site));
    for (const download of downloads) {
      expect(download["@type"]).toBe("DataDownload");
      const file = path.join(
        out,
        new URL(String(download["contentUrl"])).pathname.replace("/familjecentraler/", ""),
      );
      expect(download["contentSize"]).toBe(`${statSync(file).size} B`);
    }
  });

  it("describes each report page as a schema.org Report in its own language", () => {
    for (const [page, t] of [
      ["index.html", sv],
      [path.join("en", "index.html"), en],
    ] as const) {
      const [report, ...others] = jsonLd(out, page);
      expect(others).toEqual([]);
      const figures = reportFigures(loadDataset(dataDir));
      expect(report).toMatchObject({
        "@context": "https://schema.org",
        "@type": "Report",
        name: t.site.title(String(figures.current.ar)),
        inLanguage: t.site.lang,
        url: `${site}${page.replace("index.html", "")}`,
      });
    }
  });
});

describe("real data with an organisation number", () => {
  const dataDir = scratch.copyData("one-unit");
  const out = path.join(scratch.root, "one-unit-dist");
  const publisher = 'Region Gotland </script><script>alert("x")</script>';

  beforeAll(() => {
    const files = {
      ...oneUnitFiles(),
      "datamangd.csv":
        "utgivare,utgivartyp,organisationsnummer,epost,webbadress,licens\n" +
        `"${publisher.replace(/"/g, '""')}",RegionalAuthority,212000-0803,data@gotland.se,https://www.gotland.se/kontakt,http://creativecommons.org/licenses/by/4.0/\n`,
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dataDir, file), text);
    const result = buildSite(out, dataDir, { SITE_URL: "https://data.gotland.se" });
    expect(result.status, result.output).toBe(0);
  }, 300_000);

  it("names the publisher by the portal's organisation IRI, and does not call real data example data", async () => {
    const g = graph(await parseRdf(path.join(out, "data", "katalog.rdf")));
    const [current] = g.ofType(`${DCAT}Dataset`);
    if (current === undefined) throw new Error("no dataset");
    const agent = g.one(current, `${DCT}publisher`);
    expect(agent).toBe("http://dataportal.se/organisation/SE2120000803");
    expect(g.one(agent, `${FOAF}name`)).toBe(publisher);
    expect(g.literal(current, `${DCT}title`, "sv")).toBe(sv.openData.datasetTitle("2025", false));
    const contact = g.one(current, `${DCAT}contactPoint`);
    expect(g.one(contact, `${VCARD}hasURL`)).toBe("https://www.gotland.se/kontakt");
  });

  it("keeps a </script> in the data inside the JSON-LD: the page has only its own scripts, and the JSON reads back the name", () => {
    const page = path.join("data", "index.html");
    const { document } = readPage(out, page);
    const scripts = [...document.querySelectorAll("script")];
    expect(scripts.filter((s) => (s.textContent ?? "").includes("alert"))).toHaveLength(1);
    expect(
      scripts.every(
        (s) => s.getAttribute("type") === "application/ld+json" || s.hasAttribute("src"),
      ),
    ).toBe(true);
    const [dataset] = jsonLd(out, page);
    expect((dataset?.["publisher"] as Record<string, unknown>)["name"]).toBe(publisher);
  });
});

describe("a build without SITE_URL", () => {
  it("writes no catalogue, links none, and says why in Swedish", () => {
    const distDir = inject("distDir");
    expect(readdirSync(path.join(distDir, "data"))).not.toContain("katalog.rdf");
    const { document } = readPage(distDir, path.join("data", "index.html"));
    const links = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "");
    expect(links.filter((href) => href.endsWith(".rdf"))).toEqual([]);
    const status = catalogueStatus(null, {});
    expect(status.write).toBe(false);
    if (!status.write) expect(status.reason).toContain("SITE_URL är inte satt");
  });
});
