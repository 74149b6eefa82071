import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import {
  mapLegendEntries,
  mapStyle,
  renderLegendSwatch,
  renderMap,
  type MapInput,
  type MapUnit,
} from "../../src/lib/map/index.ts";
import { theme } from "../../src/lib/theme.ts";
import {
  allMarkPoints,
  DATA_DIR,
  FORM_NAME,
  geodata,
  LABELS,
  markPoints,
  parseSvg,
  tagOf,
  UNITS,
} from "./map-fixture.ts";

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

  /** The unit marks and the titles their groups list for them, in document order. */
  const unitMarks = (doc: Document) =>
    [...doc.querySelectorAll("g[data-titles]")].flatMap((group) => {
      const titles = (group.getAttribute("data-titles") ?? "").split("\n");
      return markPoints(group).map((mark, i) => ({ group, mark, title: titles[i] }));
    });

  it("draws one mark per unit, a <use> of its form's shape in a group coloured by form", () => {
    const marks = unitMarks(document);
    expect(marks).toHaveLength(UNITS.length);
    expect(marks.map(({ title }) => title).sort()).toEqual(
      UNITS.map((unit) => LABELS.pointTitle(unit)).sort(),
    );
    for (const unit of UNITS) {
      const found = marks.find(({ title }) => title === LABELS.pointTitle(unit));
      if (found === undefined) throw new Error(`no mark for ${unit.id}`);
      const { group, mark } = found;
      expect(group.getAttribute("data-form")).toBe(unit.form);
      expect(group.getAttribute("data-form-name")).toBe(FORM_NAME[unit.form]);
      expect(group.getAttribute("fill")).toBe(theme.form[unit.form]);
      const shape = document.querySelector(mark.href);
      expect(shape && tagOf(shape)).toBe(unit.form === "familjecentral" ? "circle" : "path");
      // Markers take their paint from where they are defined, not from the group.
      const painted = document.querySelector(`${mark.marker} use`);
      expect(painted?.getAttribute("href")).toBe(mark.href);
      expect(painted?.getAttribute("fill")).toBe(theme.form[unit.form]);
      expect(painted?.getAttribute("stroke")).toBe(theme.color.background);
    }
    const units = document.querySelector("g.fc-map-units");
    expect(units?.getAttribute("stroke")).toBe(theme.color.background);
  });

  it("draws marks north to south within each group, whatever the input order", () => {
    expect(unitMarks(document).map(({ title }) => title)).toEqual(
      ["K1", "U1", "S1", "G1", "M1"].map((id) =>
        LABELS.pointTitle(UNITS.find((unit) => unit.id === id) as MapUnit),
      ),
    );
  });

  it("uses whole numbers of grid steps for every coordinate, in a group scaled back to px", () => {
    const scaled = document.querySelector("svg > g[transform]");
    expect(scaled?.getAttribute("transform")).toBe(`scale(${1 / mapStyle.grid})`);
    for (const path of document.querySelectorAll("path[data-region], path[data-country]"))
      expect(path.getAttribute("d")).toMatch(/^[Mlz\d -]+$/);
    for (const { mark } of unitMarks(document))
      expect(Number.isInteger(mark.x) && Number.isInteger(mark.y), `${mark.x} ${mark.y}`).toBe(
        true,
      );
  });

  it("gives a group of one unit a path with a vertex to mark", () => {
    const [first] = UNITS;
    if (first === undefined) throw new Error("no units");
    const { document: doc } = parseSvg(renderMap({ ...input, units: [first] }));
    const paths = doc.querySelectorAll("g[data-titles] path[data-mark]");
    expect(paths).toHaveLength(1);
    expect(paths[0]?.getAttribute("d")).toMatch(/^M\d+ \d+h0$/);
    expect(allMarkPoints(doc)).toHaveLength(1);
  });

  it("names each group's area type when the units have one, unknown last", () => {
    const withAreas = UNITS.map((unit, i) => ({ ...unit, area: i === 0 ? null : (i % 2) + 1 }));
    const areaName = (area: number | null) => (area === null ? "okänd" : `typ ${area}`);
    const labels = { ...LABELS, areaName };
    const { document: doc } = parseSvg(renderMap({ ...input, units: withAreas, labels }));
    const groups = [...doc.querySelectorAll("g[data-titles]")].map((group) => [
      group.getAttribute("data-form"),
      group.getAttribute("data-area-name"),
      (group.getAttribute("data-titles") ?? "").split("\n").length,
    ]);
    // S1 unknown, M1 2, K1 1, G1 2, U1 1 (UNITS' order); K1 and U1 are familjecentraler.
    expect(groups).toEqual([
      ["familjecentral", "typ 1", 2],
      ["familjecentral", "okänd", 1],
      ["familjecentralsliknande", "typ 2", 2],
    ]);
    expect(() => renderMap({ ...input, units: withAreas })).toThrow(/areaName/);
  });

  it("lists a title on one line even if the name has line breaks", () => {
    const units = [{ ...(UNITS[0] as MapUnit), namn: "Första\nandra  raden" }];
    const { document: doc } = parseSvg(renderMap({ ...input, units }));
    expect(doc.querySelector("g[data-titles]")?.getAttribute("data-titles")).toBe(
      "Första andra raden, Stockholm kommun",
    );
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

  it("leaves the legend, and the font it needs, to the page on request", () => {
    const { document: doc, root: bare } = parseSvg(renderMap(input, { legend: false }));
    expect(doc.querySelector(".fc-map-legend")).toBeNull();
    expect(bare.getAttribute("font-family")).toBeNull();
    expect(Number(bare.getAttribute("height"))).toBeLessThan(Number(root.getAttribute("height")));
    expect(allMarkPoints(doc)).toHaveLength(UNITS.length);
  });

  it("gives the page the legend's entries: each form with its count, then the hatch", () => {
    expect(mapLegendEntries(input)).toEqual([
      { swatch: "familjecentral", text: "familjecentral (3)", count: 3 },
      {
        swatch: "familjecentralsliknande",
        text: "familjecentralsliknande verksamhet (2)",
        count: 2,
      },
      { swatch: "without-units", text: "Ingen verksamhet i 03, 09, 10" },
    ]);
    // A region map names only its own region, if it has no units.
    expect(mapLegendEntries(input, { focus: "09" }).at(-1)?.text).toBe("Ingen verksamhet i 09");
    expect(mapLegendEntries(input, { focus: "01" })).toHaveLength(2);
  });

  it("draws a legend swatch for HTML: the form's mark, or the map's hatch", () => {
    const [fc, , hatch] = mapLegendEntries(input);
    const circle = parseSvg(renderLegendSwatch(fc as never));
    expect(circle.root.getAttribute("aria-hidden")).toBe("true");
    expect(circle.document.querySelector("circle")?.getAttribute("fill")).toBe(
      theme.form.familjecentral,
    );
    expect(renderLegendSwatch(hatch as never, "fc-map-skane")).toContain(
      'fill="url(#fc-map-skane-hatch)"',
    );
  });

  it("leaves the hatch out of the legend when every region has units", () => {
    const { document: full } = parseSvg(renderMap({ ...input, regionsWithoutUnits: [] }));
    expect(full.querySelectorAll("[fill='url(#fc-map-hatch)']")).toHaveLength(0);
    expect(full.querySelectorAll("g.fc-map-legend text")).toHaveLength(2);
  });

  it("uses only namespaced, deterministic ids, and another prefix on request", () => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids).toEqual(["fc-map-hatch", "fc-map-c", "fc-map-cm", "fc-map-t", "fc-map-tm"]);
    const other = renderMap(input, { idPrefix: "fc-map-2" });
    expect(other).toContain('id="fc-map-2-hatch"');
    expect(other).toContain('fill="url(#fc-map-2-hatch)"');
    expect(other).not.toContain("#fc-map-hatch");
    expect(other).toContain('href="#fc-map-2-c"');
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

  it("draws every unit inside the picture, and stays under 60 KB with its legend", () => {
    const { document, root } = parseSvg(svg);
    expect(allMarkPoints(document)).toHaveLength(dataset.verksamheter.length);
    expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(60_000);
    const [, , width = 0, height = 0] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
    for (const mark of allMarkPoints(document)) {
      const x = mark.x / mapStyle.grid;
      const y = mark.y / mapStyle.grid;
      expect(x > 0 && x < width && y > 0 && y < height, `${x} ${y}`).toBe(true);
    }
  });
});
