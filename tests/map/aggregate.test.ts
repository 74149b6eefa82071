import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import {
  groupByKommun,
  isAggregated,
  mapStyle,
  renderMap,
  type MapGroup,
  type MapInput,
  type MapLabels,
  type MapUnit,
} from "../../src/lib/map/index.ts";
import { DATA_DIR, FORM_NAME, geodata, LABELS, parseSvg, tagOf } from "./map-fixture.ts";

const groupTitle = (group: MapGroup) => `${group.kommun}: ${group.count} ${FORM_NAME[group.form]}`;
const labels: MapLabels = { ...LABELS, groupTitle };

/** Units in three kommuner: Malmö 3 + 1, Lund 2, Kiruna 1, in no particular order. */
const UNITS: readonly MapUnit[] = [
  { id: "M2", namn: "B", kommun: "Malmö", form: "familjecentral", lat: 55.6, lon: 13.005 },
  { id: "L1", namn: "D", kommun: "Lund", form: "familjecentral", lat: 55.705, lon: 13.19 },
  { id: "M1", namn: "A", kommun: "Malmö", form: "familjecentral", lat: 55.59, lon: 13.01 },
  { id: "K1", namn: "F", kommun: "Kiruna", form: "familjecentral", lat: 67.8558, lon: 20.2253 },
  {
    id: "M4",
    namn: "E",
    kommun: "Malmö",
    form: "familjecentralsliknande",
    lat: 55.58,
    lon: 13.03,
  },
  { id: "M3", namn: "C", kommun: "Malmö", form: "familjecentral", lat: 55.61, lon: 13.02 },
  { id: "L2", namn: "G", kommun: "Lund", form: "familjecentral", lat: 55.7, lon: 13.2 },
];

const input: MapInput = { geodata, units: UNITS, regionsWithoutUnits: [], labels };

describe("isAggregated", () => {
  it("aggregates only above the budget, and never without one", () => {
    expect(isAggregated(10, undefined)).toBe(false);
    expect(isAggregated(10, 10)).toBe(false);
    expect(isAggregated(11, 10)).toBe(true);
  });

  it("refuses a budget that is not a positive whole number", () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) expect(() => isAggregated(1, bad)).toThrow();
  });
});

describe("groupByKommun", () => {
  const groups = groupByKommun(UNITS);

  it("makes one group per kommun and form, counting its units", () => {
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      ["Kiruna|familjecentral", 1],
      ["Lund|familjecentral", 2],
      ["Malmö|familjecentral", 3],
      ["Malmö|familjecentralsliknande", 1],
    ]);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(UNITS.length);
  });

  it("places a group on the member nearest its mean position, so it lies where units are", () => {
    const malmo = groups.find((g) => g.id === "Malmö|familjecentral");
    // Mean of M1–M3 is (55.6, 13.0117); M2 (55.6, 13.005) is nearest.
    expect([malmo?.lat, malmo?.lon]).toEqual([55.6, 13.005]);
    for (const group of groups) {
      expect(UNITS.some((u) => u.lat === group.lat && u.lon === group.lon)).toBe(true);
    }
  });

  it("is the same whatever the input order", () => {
    expect(groupByKommun([...UNITS].reverse())).toEqual(groups);
  });
});

describe("renderMap with maxPoints", () => {
  it("draws every unit while the units fit in the budget", () => {
    expect(renderMap(input, { maxPoints: UNITS.length })).toBe(renderMap(input));
  });

  describe("above the budget", () => {
    const svg = renderMap(input, { maxPoints: 3 });
    const { document } = parseSvg(svg);
    const marks = [...document.querySelectorAll("g.fc-map-units > *")];

    it("draws one mark per kommun and form, with the count, instead of one per unit", () => {
      expect(document.querySelectorAll("[data-id]")).toHaveLength(0);
      expect(marks).toHaveLength(4);
      const counts = Object.fromEntries(
        marks.map((m) => [m.getAttribute("data-group"), Number(m.getAttribute("data-count"))]),
      );
      expect(counts).toEqual({
        "Kiruna|familjecentral": 1,
        "Lund|familjecentral": 2,
        "Malmö|familjecentral": 3,
        "Malmö|familjecentralsliknande": 1,
      });
    });

    it("marks each with its form, so the forms can be shown and hidden as for units", () => {
      expect(marks.map((mark) => mark.getAttribute("data-form"))).toEqual(
        marks.map((mark) => (mark.getAttribute("data-group") ?? "").split("|")[1]),
      );
    });

    it("titles each mark with the caller's group label, and keeps shape by form", () => {
      const malmo = document.querySelector('[data-group="Malmö|familjecentral"]');
      expect(malmo?.querySelector("title")?.textContent).toBe("Malmö: 3 familjecentral");
      expect(tagOf(malmo as Element)).toBe("circle");
      const liknande = document.querySelector('[data-group="Malmö|familjecentralsliknande"]');
      expect(tagOf(liknande as Element)).toBe("path");
    });

    it("sizes marks by count, a single unit as a normal mark, and draws the largest first", () => {
      const radius = (group: string) =>
        Number(document.querySelector(`[data-group="${group}"]`)?.getAttribute("r"));
      // Marks are drawn in grid steps, `grid` to the px.
      expect(radius("Kiruna|familjecentral")).toBe(mapStyle.mark.radius * mapStyle.grid);
      expect(radius("Lund|familjecentral")).toBeGreaterThan(radius("Kiruna|familjecentral"));
      expect(radius("Malmö|familjecentral")).toBeGreaterThan(radius("Lund|familjecentral"));
      expect(marks[0]?.getAttribute("data-group")).toBe("Malmö|familjecentral");
    });

    it("keeps the legend's counts per form, which count units, not marks", () => {
      const texts = [...document.querySelectorAll("g.fc-map-legend text")].map(
        (t) => t.textContent,
      );
      expect(texts).toEqual(["familjecentral (6)", "familjecentralsliknande verksamhet (1)"]);
    });

    it("is deterministic for shuffled input", () => {
      expect(renderMap({ ...input, units: [...UNITS].reverse() }, { maxPoints: 3 })).toBe(svg);
    });

    it("needs a group title from the caller", () => {
      expect(() => renderMap({ ...input, labels: LABELS }, { maxPoints: 3 })).toThrow(/groupTitle/);
    });
  });

  it("keeps the map small for the example data scaled ×100", () => {
    const dataset = loadDataset(DATA_DIR);
    const kommunName = new Map(dataset.kommuner.map((k) => [k.kommunkod, k.kommun]));
    const units: MapUnit[] = dataset.verksamheter.flatMap((unit) =>
      Array.from({ length: 100 }, (_, copy) => ({
        id: `${unit.id}-${copy}`,
        namn: unit.namn,
        kommun: kommunName.get(unit.kommunkod) ?? "",
        form: unit.verksamhetsform,
        lat: unit.lat,
        lon: unit.lon,
      })),
    );
    const withUnits = new Set(dataset.verksamheter.map((unit) => unit.lanskod));
    const regionsWithoutUnits = dataset.regioner
      .filter((region) => !withUnits.has(region.lanskod))
      .map((region) => region.lanskod);
    const scaled = renderMap({ geodata, units, regionsWithoutUnits, labels }, { maxPoints: 1000 });
    const groups = groupByKommun(units);
    expect(parseSvg(scaled).document.querySelectorAll("[data-group]")).toHaveLength(groups.length);
    // The same budget as the map of the ×1 data with a mark per unit (render-map.test.ts).
    expect(Buffer.byteLength(scaled)).toBeLessThan(60_000);
  });
});
