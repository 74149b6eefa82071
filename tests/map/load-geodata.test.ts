import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { distanceToBoundaryKm } from "../../src/lib/data/distance-to-boundary.ts";
import { GEODATA_FILE, parseGeodata } from "../../src/lib/data/load-geodata.ts";
import { DATA_DIR, geodata } from "./map-fixture.ts";

const topology = JSON.parse(readFileSync(path.join(DATA_DIR, GEODATA_FILE), "utf8")) as {
  objects: { regioner: { geometries: { properties: Record<string, unknown> }[] } };
};

/** The real topology with one change, as a fresh copy. */
function changed(edit: (copy: typeof topology) => void): unknown {
  const copy = structuredClone(topology);
  edit(copy);
  return copy;
}

describe("loadGeodata", () => {
  it("reads the 21 regions in county-code order and the three neighbours", () => {
    const codes = geodata.regions.map((region) => region.properties.lanskod);
    expect(codes).toHaveLength(21);
    expect(codes).toEqual([...codes].sort());
    expect(geodata.regions[0]?.properties).toEqual({
      lanskod: "01",
      iso: "SE-AB",
      namn: "Stockholms län",
    });
    expect(geodata.neighbours.map((country) => country.properties.iso)).toEqual(["DK", "FI", "NO"]);
    for (const feature of [...geodata.regions, ...geodata.neighbours]) {
      expect(["Polygon", "MultiPolygon"]).toContain(feature.geometry.type);
    }
    expect(geodata.topology.type).toBe("Topology");
  });
});

describe("parseGeodata", () => {
  it("names what is wrong with the shape", () => {
    expect(() => parseGeodata(null)).toThrow("sverige.topo.json: not a TopoJSON Topology");
    expect(() => parseGeodata({ type: "Topology", arcs: [], objects: {} })).toThrow(
      "objects.regioner is not a GeometryCollection",
    );
    expect(() =>
      parseGeodata(
        changed((copy) => {
          delete copy.objects.regioner.geometries[3]?.properties["namn"];
        }),
      ),
    ).toThrow("objects.regioner.geometries[3].properties.namn is missing or not text");
    expect(() =>
      parseGeodata(
        changed((copy) => {
          const [first] = copy.objects.regioner.geometries;
          if (first) first.properties["lanskod"] = "1";
        }),
      ),
    ).toThrow('region code "1" is not two digits');
    expect(() =>
      parseGeodata(
        changed((copy) => {
          const [, second] = copy.objects.regioner.geometries;
          if (second) second.properties["lanskod"] = "01";
        }),
      ),
    ).toThrow('region code "01" occurs more than once');
  });
});

describe("distanceToBoundaryKm", () => {
  const square = {
    type: "Polygon" as const,
    coordinates: [
      [
        [15, 60],
        [15, 61],
        [17, 61],
        [17, 60],
        [15, 60],
      ],
    ],
  };

  it("measures to the nearest edge, not only to vertices", () => {
    // Halfway along the western edge, 0.1° of longitude outside: 0.1° × cos(60.5°) × 111.2 km.
    const expected = 0.1 * Math.cos((60.5 * Math.PI) / 180) * ((6371 * Math.PI) / 180);
    expect(distanceToBoundaryKm([14.9, 60.5], square)).toBeCloseTo(expected, 1);
  });

  it("measures to the nearest vertex beyond an edge's ends", () => {
    const expected = (0.1 * 6371 * Math.PI) / 180;
    expect(distanceToBoundaryKm([15, 59.9], square)).toBeCloseTo(expected, 2);
  });
});
