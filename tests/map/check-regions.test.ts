import { geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import {
  checkUnitsInRegions,
  COASTAL_TOLERANCE_KM,
  type PlacedUnit,
} from "../../src/lib/data/check-regions.ts";
import { distanceToBoundaryKm } from "../../src/lib/data/distance-to-boundary.ts";
import { loadDataset } from "../../src/lib/data/index.ts";
import { DATA_DIR, geodata } from "./map-fixture.ts";

const FILE = "data/verksamheter.csv";
const dataset = loadDataset(DATA_DIR);
const regionNames = new Map(dataset.regioner.map((region) => [region.lanskod, region.region]));
const regionName = (lanskod: string): string => regionNames.get(lanskod) ?? lanskod;

const check = (...rows: PlacedUnit[]) =>
  checkUnitsInRegions(
    FILE,
    rows.map((row, index) => ({ line: index + 2, row })),
    geodata.regions,
    regionName,
  );

const STOCKHOLM = { lat: 59.3293, lon: 18.0686 };
/** Trossö, Karlskrona's centre, lies about 0.3 km outside the simplified coastline. */
const TROSSO = { lat: 56.1612, lon: 15.5866 };
/** The Baltic Sea, about 20 km off Blekinge's coast. */
const OFF_BLEKINGE = { lat: 55.9, lon: 15.6 };

describe("checkUnitsInRegions", () => {
  it("accepts a unit inside its own region", () => {
    expect(check({ ...STOCKHOLM, lanskod: "01", kommunkod: "0180" })).toEqual([]);
  });

  it("reports a unit inside another region, naming both", () => {
    expect(check({ ...STOCKHOLM, lanskod: "03", kommunkod: "0380" })).toEqual([
      {
        file: FILE,
        line: 2,
        column: "lat",
        reason:
          "punkten (59,3293, 18,0686) ligger i Region Stockholm, inte i Region Uppsala där kommunen 0380 ligger",
      },
    ]);
  });

  it("reports a point in the sea far from land as outside every region", () => {
    const problems = check({ ...OFF_BLEKINGE, lanskod: "10", kommunkod: "1080" });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.column).toBe("lat");
    expect(problems[0]?.reason).toMatch(
      /^punkten \(55,9000, 15,6000\) ligger utanför alla regioner på kartan, \d+,\d km från Region Blekinge där kommunen 1080 ligger$/,
    );
  });

  it("accepts a coastal point just off the simplified coastline of its own region", () => {
    const point: [number, number] = [TROSSO.lon, TROSSO.lat];
    expect(geodata.regions.some((region) => geoContains(region, point))).toBe(false);
    const blekinge = geodata.regions.find((region) => region.properties.lanskod === "10");
    if (blekinge === undefined) throw new Error("no Blekinge on the map");
    expect(distanceToBoundaryKm(point, blekinge.geometry)).toBeLessThan(COASTAL_TOLERANCE_KM);
    expect(check({ ...TROSSO, lanskod: "10", kommunkod: "1080" })).toEqual([]);
  });

  it("does not extend the tolerance to a coastal point of another region", () => {
    const [problem] = check({ ...TROSSO, lanskod: "12", kommunkod: "1280" });
    expect(problem?.reason).toContain("ligger utanför alla regioner på kartan");
    expect(problem?.reason).toContain("Region Skåne där kommunen 1280 ligger");
  });

  it("reports a unit whose region is missing from the map", () => {
    const regions = geodata.regions.filter((region) => region.properties.lanskod !== "01");
    const problems = checkUnitsInRegions(
      FILE,
      [{ line: 7, row: { ...STOCKHOLM, lanskod: "01", kommunkod: "0180" } }],
      regions,
      regionName,
    );
    expect(problems).toEqual([
      {
        file: FILE,
        line: 7,
        column: "lat",
        reason: 'Region Stockholm (länskod "01") finns inte på kartan i data/sverige.topo.json',
      },
    ]);
  });

  it("finds no problem in the example data", () => {
    const units = dataset.verksamheter.map((row, index) => ({ line: index + 2, row }));
    expect(units.length).toBeGreaterThan(0);
    expect(checkUnitsInRegions(FILE, units, geodata.regions, regionName)).toEqual([]);
  });
});
