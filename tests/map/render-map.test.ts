import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { renderMap, type MapInput } from "../../src/lib/map/index.ts";
import { theme } from "../../src/lib/theme.ts";
import { DATA_DIR, geodata, LABELS, parseSvg, tagOf, UNITS } from "./map-fixture.ts";

const ALL_CODES = geodata.regions.map((region) => region.properties.lanskod);
const WITHOUT = ["03", "09", "10"];

const input: MapInput = { geodata, units: UNITS, regionsWithoutUnits: WITHOUT, labels: LABELS };

/**
 * Rounds any number with more than one decimal to one, so the snapshot compares the
 * drawing, not floating-point noise (e.g. 474.99999999999994), and stays a viewable map.
 */
const roundFloats = (svg: string): string =>
  svg.replace(/-?\d*\.\d{2,}/g, (number) => String(Math.round(Number(number) * 10) / 10 + 0));

describe("renderMap", () => {
  const svg = renderMap(input);
  const { document, root } = parseSvg(svg);

  it("is an accessible, responsive SVG image with a caller-given summary", () => {
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe(LABELS.summary);
    expect(root.getAttribute("viewBox")).toMatch(/^0 0 480 \d+$/);
    expect(root.getAttribute("width")).toBe("480");
    const height = Number(root.getAttribute("height"));
    expect(root.getAttribute("viewBox")).toBe(`0 0 480 ${height}`);
    // Sweden is long and narrow: the default width gives a tall portrait map.
    expect(height).toBeGreaterThan(2 * 480);
    expect(root.getAttribute("style")).toContain("max-width:100%");
  });

  it("draws the 21 regions, each with its county code, and the three neighbours", () => {
    const regions = [...document.querySelectorAll("path[data-region]")];
    expect(regions.map((path) => path.getAttribute("data-region"))).toEqual(ALL_CODES);
    expect(ALL_CODES).toHaveLength(21);
    for (const path of regions) {
      expect(path.getAttribute("class")).toContain("fc-map-region");
      expect(path.getAttribute("d")).toMatch(/^M[\d.]+ [\d.]+l/);
    }
    const regionGroup = document.querySelector("g.fc-map-regions");
    expect(regionGroup?.getAttribute("stroke")).toBe(theme.color.muted);
    const countries = [...document.querySelectorAll("path[data-country]")];
    expect(countries.map((path) => path.getAttribute("data-country"))).toEqual(["DK", "FI", "NO"]);
  });

  it("hatches exactly the regions without units", () => {
    for (const code of ALL_CODES) {
      const fill = document.querySelector(`[data-region="${code}"]`)?.getAttribute("fill") ?? null;
      if (WITHOUT.includes(code)) expect(fill, code).toBe("url(#fc-map-hatch)");
      else expect(fill, code).toBeNull();
    }
    expect(document.querySelectorAll("pattern#fc-map-hatch")).toHaveLength(1);
  });

  it("draws one mark per unit with a unique data-id, shaped and coloured by form", () => {
    const marks = [...document.querySelectorAll("[data-id]")];
    expect(marks).toHaveLength(UNITS.length);
    expect(new Set(marks.map((mark) => mark.getAttribute("data-id")))).toEqual(
      new Set(UNITS.map((unit) => unit.id)),
    );
    for (const unit of UNITS) {
      const mark = document.querySelector(`[data-id="${unit.id}"]`);
      if (mark === null) throw new Error(`no mark for ${unit.id}`);
      expect(tagOf(mark)).toBe(unit.form === "familjecentral" ? "circle" : "path");
      expect(mark.getAttribute("fill")).toBe(theme.form[unit.form]);
      expect(mark.querySelector("title")?.textContent).toBe(LABELS.pointTitle(unit));
    }
    const units = document.querySelector("g.fc-map-units");
    expect(units?.getAttribute("stroke")).toBe(theme.color.background);
  });

  it("draws marks north to south whatever the input order", () => {
    const order = [...document.querySelectorAll("[data-id]")].map((m) => m.getAttribute("data-id"));
    expect(order).toEqual(["K1", "U1", "S1", "G1", "M1"]);
  });

  it("escapes every text, so a name cannot inject markup", () => {
    expect(svg).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Hisingen&#39;",
    );
    expect(svg).not.toMatch(/<script/i);
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(svg).toContain(
      'aria-label="Karta över Sverige med 5 verksamheter &amp; &quot;regioner&quot;"',
    );
  });

  it("has a legend with a count per form and the hatch, naming regions without units", () => {
    const legend = document.querySelector("g.fc-map-legend");
    if (legend === null) throw new Error("no legend");
    const texts = [...legend.querySelectorAll("text")].map((text) => text.textContent);
    expect(texts).toEqual([
      "familjecentral (3)",
      "familjecentralsliknande verksamhet (2)",
      "Ingen verksamhet i 03, 09, 10",
    ]);
    expect(legend.querySelector("circle")?.getAttribute("fill")).toBe(theme.form.familjecentral);
    expect(legend.querySelector("path")?.getAttribute("fill")).toBe(
      theme.form.familjecentralsliknande,
    );
    expect(legend.querySelector("rect")?.getAttribute("fill")).toBe("url(#fc-map-hatch)");
  });

  it("leaves the hatch out of the legend when every region has units", () => {
    const { document: full } = parseSvg(renderMap({ ...input, regionsWithoutUnits: [] }));
    expect(full.querySelectorAll("[fill='url(#fc-map-hatch)']")).toHaveLength(0);
    expect(full.querySelectorAll("g.fc-map-legend text")).toHaveLength(2);
  });

  it("uses only namespaced, deterministic ids, and another prefix on request", () => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids).toEqual(["fc-map-hatch"]);
    const other = renderMap(input, { idPrefix: "fc-map-2" });
    expect(other).toContain('id="fc-map-2-hatch"');
    expect(other).toContain('fill="url(#fc-map-2-hatch)"');
    expect(other).not.toContain("#fc-map-hatch");
    expect(() => renderMap(input, { idPrefix: 'x"><script>' })).toThrow();
  });

  it("is deterministic: same output twice and for shuffled input", () => {
    expect(renderMap(input)).toBe(svg);
    expect(renderMap({ ...input, units: [...UNITS].reverse() })).toBe(svg);
  });

  it("follows the requested width", () => {
    const { root: small } = parseSvg(renderMap(input, { width: 240 }));
    expect(small.getAttribute("width")).toBe("240");
    expect(small.getAttribute("viewBox")).toMatch(/^0 0 240 \d+$/);
  });

  it("rejects a region without units that is not on the map", () => {
    expect(() => renderMap({ ...input, regionsWithoutUnits: ["99"] })).toThrow(/99/);
  });

  it("matches the snapshot of a small map", async () => {
    const small = renderMap(input, { width: 200 });
    await expect(roundFloats(small)).toMatchFileSnapshot("./__snapshots__/map.svg");
  });
});

describe("renderMap with the example data", () => {
  const dataset = loadDataset(DATA_DIR);
  const kommunName = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
  const withUnits = new Set(dataset.verksamheter.map((unit) => unit.lanskod));
  const svg = renderMap({
    geodata,
    units: dataset.verksamheter.map((unit) => ({
      id: unit.id,
      namn: unit.namn,
      kommun: kommunName.get(unit.kommunkod) ?? "",
      form: unit.verksamhetsform,
      lat: unit.lat,
      lon: unit.lon,
    })),
    regionsWithoutUnits: dataset.regioner
      .filter((region) => !withUnits.has(region.lanskod))
      .map((region) => region.lanskod),
    labels: LABELS,
  });

  it("draws every unit and stays well under 100 KB", () => {
    const { document, root } = parseSvg(svg);
    expect(document.querySelectorAll("[data-id]")).toHaveLength(dataset.verksamheter.length);
    expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(85_000);
    // Every mark lies inside the picture.
    const [, , width = 0, height = 0] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
    for (const mark of document.querySelectorAll("circle[data-id]")) {
      const x = Number(mark.getAttribute("cx"));
      const y = Number(mark.getAttribute("cy"));
      expect(x > 0 && x < width && y > 0 && y < height, mark.getAttribute("data-id") ?? "").toBe(
        true,
      );
    }
  });
});
