import { geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import {
  checkUnitsInRegions,
  COASTAL_TOLERANCE_KM,
  type PlacedUnit,
  type RegionGeometry,
} from "../../src/lib/data/check-regions.ts";
import { BORDER_CORRECTIONS } from "../../src/lib/data/border-corrections.ts";
import { distanceToBoundaryKm } from "../../src/lib/data/distance-to-boundary.ts";
import { loadCheckGeodata, loadDataset } from "../../src/lib/data/index.ts";
import { CENTRAL_TOWNS } from "./central-towns.ts";
import { DATA_DIR, geodata } from "./map-fixture.ts";

const FILE = "data/verksamheter.csv";
const dataset = loadDataset(DATA_DIR);
const regionNames = new Map(dataset.regioner.map((region) => [region.lanskod, region.region]));
const regionName = (lanskod: string): string => regionNames.get(lanskod) ?? lanskod;
const checkGeodata = loadCheckGeodata(DATA_DIR);
const GEOMETRY: RegionGeometry = { map: geodata.regions, detail: checkGeodata };

const check = (...rows: PlacedUnit[]) =>
  checkUnitsInRegions(
    FILE,
    rows.map((row, index) => ({ line: index + 2, row })),
    GEOMETRY,
    regionName,
  );

/** A unit at a place in a kommun, with the kommun's region looked up in data/kommuner.csv. */
function unitIn(kommunkod: string, lat: number, lon: number): PlacedUnit {
  const kommun = dataset.kommuner.find((k) => k.kommunkod === kommunkod);
  if (kommun === undefined) throw new Error(`no kommun ${kommunkod} in data/kommuner.csv`);
  return { lat, lon, lanskod: kommun.lanskod, kommunkod };
}

const isOnMap = ({ lat, lon, lanskod }: PlacedUnit): boolean => {
  const region = geodata.regions.find((r) => r.properties.lanskod === lanskod);
  return region !== undefined && geoContains(region, [lon, lat]);
};

const STOCKHOLM = { lat: 59.3293, lon: 18.0686 };
/** Trossö, Karlskrona's centre, lies about 0.3 km outside the source's coastline. */
const TROSSO = { lat: 56.1612, lon: 15.5866 };
/** The Baltic Sea, about 20 km off Blekinge's coast. */
const OFF_BLEKINGE = { lat: 55.9, lon: 15.6 };

/**
 * [place, kommunkod, lat, lon]: centres or harbours of inhabited islands, each checked to lie on
 * the island (not in the water) against OpenStreetMap's coastline.
 */
const ISLANDS: [string, string, number, number][] = [
  ["Öckerö, Öckerö kommun", "1407", 57.7106, 11.6522],
  ["Hönö, Öckerö kommun", "1407", 57.693, 11.646],
  ["Rörö, Öckerö kommun", "1407", 57.772, 11.612],
  ["Styrsö, Göteborg", "1480", 57.618, 11.78],
  ["Donsö, Göteborg", "1480", 57.602, 11.799],
  ["Marstrand, Kungälv", "1482", 57.887, 11.582],
  ["Ven (Tuna), Landskrona", "1282", 55.906, 12.695],
  ["Holmön, Umeå", "2480", 63.783, 20.867],
  ["Sandhamn, Värmdö", "0120", 59.287, 18.911],
  ["Möja, Värmdö", "0120", 59.421, 18.888],
  ["Landsort (Öja), Nynäshamn", "0192", 58.743, 17.867],
  ["Sydkoster, Strömstad", "1486", 58.878, 11.02],
  ["Ulvön, Örnsköldsvik", "2284", 63.027, 18.65],
  ["Hanö, Sölvesborg", "1083", 56.0125, 14.847],
  ["Visby, Gotland", "0980", 57.6348, 18.2948],
  ["Borgholm, Öland", "0885", 56.8796, 16.6558],
  ["Henån, Orust", "1421", 58.2385, 11.673],
  ["Skärhamn, Tjörn", "1419", 57.9896, 11.548],
];

/** [place, kommunkod the unit claims, lat, lon]: open sea, 20 km or more from any coast. */
const AT_SEA: [string, string, number, number][] = [
  ["the Baltic Sea between Gotland and Latvia", "0980", 57.0, 19.5],
  ["the Kattegat off Halmstad", "1380", 57.0, 11.5],
  ["the Kattegat west of Vinga", "1480", 57.7, 11.3],
  ["the Bothnian Sea", "2281", 61.5, 19.5],
];

/** [place, kommunkod of the Swedish kommun nearest it, lat, lon]: abroad, within Sweden's box. */
const ABROAD: [string, string, number, number][] = [
  ["Halden, Norway", "1486", 59.124, 11.3875],
  ["Skjærhalden on Hvaler, Norway", "1486", 59.026, 11.039],
  ["Helsingør, Denmark", "1283", 56.0361, 12.6136],
  ["Copenhagen, Denmark", "1280", 55.6761, 12.5683],
  ["Mariehamn, Åland", "0188", 60.0973, 19.9348],
  ["Vaasa, Finland", "2480", 63.096, 21.616],
];

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

  it("accepts a coastal point just off the source's coastline of its own region", () => {
    const point: [number, number] = [TROSSO.lon, TROSSO.lat];
    expect(checkGeodata.regions.some((region) => geoContains(region, point))).toBe(false);
    const blekinge = checkGeodata.regions.find((region) => region.properties.lanskod === "10");
    if (blekinge === undefined) throw new Error("no Blekinge in the check geometry");
    expect(distanceToBoundaryKm(point, blekinge.geometry)).toBeLessThan(1);
    expect(check({ ...TROSSO, lanskod: "10", kommunkod: "1080" })).toEqual([]);
  });

  it("does not extend the tolerance to a coastal point of another region", () => {
    const [problem] = check({ ...TROSSO, lanskod: "12", kommunkod: "1280" });
    expect(problem?.reason).toContain("ligger utanför alla regioner på kartan");
    expect(problem?.reason).toContain("Region Skåne där kommunen 1280 ligger");
  });

  it.each(ISLANDS)(
    "accepts a unit on an inhabited island: %s (%s)",
    (_place, kommunkod, lat, lon) => {
      expect(check(unitIn(kommunkod, lat, lon))).toEqual([]);
    },
  );

  it("accepts islands that are missing from the drawn map (so the test above means something)", () => {
    const offMap = ISLANDS.filter(
      ([, kommunkod, lat, lon]) => !isOnMap(unitIn(kommunkod, lat, lon)),
    );
    expect(offMap.map(([place]) => place)).toEqual(
      expect.arrayContaining(["Öckerö, Öckerö kommun", "Ven (Tuna), Landskrona", "Holmön, Umeå"]),
    );
    expect(offMap.length).toBeGreaterThanOrEqual(ISLANDS.length - 4);
  });

  it("places Holmön and Möja inside their region on the check geometry, though the map drops them", () => {
    for (const [kommunkod, lat, lon] of [
      ["2480", 63.783, 20.867],
      ["0120", 59.421, 18.888],
    ] as const) {
      const unit = unitIn(kommunkod, lat, lon);
      expect(isOnMap(unit)).toBe(false);
      const region = checkGeodata.regions.find((r) => r.properties.lanskod === unit.lanskod);
      expect(region !== undefined && geoContains(region, [lon, lat])).toBe(true);
    }
  });

  it.each(AT_SEA)("reports a point at sea: %s (%s)", (_place, kommunkod, lat, lon) => {
    const [problem, ...rest] = check(unitIn(kommunkod, lat, lon));
    expect(rest).toEqual([]);
    expect(problem?.reason).toMatch(/ligger utanför alla regioner på kartan, \d+,\d km från /);
    expect(
      Number(/(\d+,\d) km/.exec(problem?.reason ?? "")?.[1]?.replace(",", ".")),
    ).toBeGreaterThan(COASTAL_TOLERANCE_KM);
  });

  it.each(ABROAD)("reports a point abroad: %s (%s)", (_place, kommunkod, lat, lon) => {
    const [problem, ...rest] = check(unitIn(kommunkod, lat, lon));
    expect(rest).toEqual([]);
    expect(problem?.reason).toMatch(/ligger utanför alla regioner på kartan, \d+,\d km från /);
  });

  it("reports an island claimed by the region across the water: Styrsö as Kungsbacka (Halland)", () => {
    // Styrsö is within the tolerance of Halland's coast too, but Västra Götaland's is nearer.
    const [problem] = check(unitIn("1384", 57.618, 11.78));
    expect(problem?.reason).toMatch(
      /^punkten \(57,6180, 11,7800\) ligger utanför alla regioner på kartan, \d,\d km från Region Halland där kommunen 1384 ligger$/,
    );
  });

  it("reports a point in another region on the check geometry though not on the map", () => {
    // Central Göteborg claimed by Kungsbacka in Halland.
    const [problem] = check(unitIn("1384", 57.7089, 11.9746));
    expect(problem?.reason).toBe(
      "punkten (57,7089, 11,9746) ligger i Västra Götalandsregionen, inte i Region Halland där kommunen 1384 ligger",
    );
  });

  it("does not read the check geometry while every point is inside its region on the map", () => {
    const unread = {
      get regions(): never {
        throw new Error("the check geometry was read");
      },
      get neighbours(): never {
        throw new Error("the check geometry was read");
      },
    };
    const units = dataset.verksamheter
      .filter((unit) => isOnMap(unit))
      .map((row, index) => ({ line: index + 2, row }));
    expect(units.length).toBeGreaterThan(200);
    expect(
      checkUnitsInRegions(FILE, units, { map: geodata.regions, detail: unread }, regionName),
    ).toEqual([]);
  });

  it("reports a unit whose region is missing from the map or from the check geometry", () => {
    const without = (regions: typeof geodata.regions) =>
      regions.filter((region) => region.properties.lanskod !== "01");
    const missingFrom = (geometry: RegionGeometry) =>
      checkUnitsInRegions(
        FILE,
        // Sandhamn lies off the map, so the check geometry is consulted.
        [{ line: 7, row: unitIn("0120", 59.287, 18.911) }],
        geometry,
        regionName,
      );
    expect(missingFrom({ map: without(geodata.regions), detail: checkGeodata })).toEqual([
      {
        file: FILE,
        line: 7,
        column: "lat",
        reason: 'Region Stockholm (länskod "01") finns inte på kartan i data/sverige.topo.json',
      },
    ]);
    const detail = { ...checkGeodata, regions: without(checkGeodata.regions) };
    expect(missingFrom({ map: geodata.regions, detail })).toEqual([
      {
        file: FILE,
        line: 7,
        column: "lat",
        reason:
          'Region Stockholm (länskod "01") finns inte på kartan i data/sverige-kontroll.topo.json',
      },
    ]);
  });

  it("finds no problem in the example data", () => {
    const units = dataset.verksamheter.map((row, index) => ({ line: index + 2, row }));
    expect(units.length).toBeGreaterThan(0);
    expect(checkUnitsInRegions(FILE, units, GEOMETRY, regionName)).toEqual([]);
  });
});

/** The region a point lies in on the check geometry, if any. */
const checkRegionAt = (lat: number, lon: number): string | undefined =>
  checkGeodata.regions.find((region) => geoContains(region, [lon, lat]))?.properties.lanskod;

/**
 * [place, kommunkod, lat, lon]: real places whose correct coordinates lie in a neighbouring
 * region on the source's outdated or generalised county borders.
 */
const WRONG_SIDE_OF_SOURCE_BORDER: [string, string, number, number][] = [
  ["Heby", "0331", 59.9386, 16.86],
  ["Östervåla, Heby", "0331", 60.182, 17.182],
  ["Morgongåva, Heby", "0331", 59.933, 16.956],
  ["Habo", "0643", 57.907, 14.076],
  ["Mullsjö", "0642", 57.916, 13.88],
  // Lindome's centre lies 0.3 km inside Västra Götaland on the geometry; its south does not.
  ["Lindome, Mölndal", "1481", 57.576, 12.078],
  ["Lindome, 1 km south of the centre, Mölndal", "1481", 57.567, 12.078],
  ["Billdal, Göteborg", "1480", 57.574, 11.949],
  ["Jämshög, Olofström", "1060", 56.239, 14.533],
  ["Skottorp, Laholm", "1381", 56.391, 12.971],
  ["Mölnbo, Gnesta", "0461", 59.0469, 17.4181],
  ["Råshult, Älmhult", "0765", 56.5153, 14.1513],
];

describe("kommuner whose territory the source puts in a neighbouring region", () => {
  it.each(WRONG_SIDE_OF_SOURCE_BORDER)("accepts %s (%s)", (_place, kommunkod, lat, lon) => {
    expect(check(unitIn(kommunkod, lat, lon))).toEqual([]);
  });

  const listed = BORDER_CORRECTIONS.flatMap(({ kommunkod, lanskodInSource, places }) =>
    places.map(([place, lat, lon]) => [place, kommunkod, lanskodInSource, lat, lon] as const),
  );

  it.each(listed)(
    "needs its entry for %s (%s): the check geometry puts it in region %s",
    (_place, kommunkod, lanskodInSource, lat, lon) => {
      const unit = unitIn(kommunkod, lat, lon);
      expect(checkRegionAt(lat, lon)).toBe(lanskodInSource);
      const units = [{ line: 2, row: unit }];
      expect(checkUnitsInRegions(FILE, units, GEOMETRY, regionName, [])).toEqual([
        {
          file: FILE,
          line: 2,
          column: "lat",
          reason: expect.stringContaining(
            `ligger i ${regionName(lanskodInSource)}, inte i ${regionName(unit.lanskod)} där kommunen ${kommunkod} ligger`,
          ),
        },
      ]);
      expect(checkUnitsInRegions(FILE, units, GEOMETRY, regionName)).toEqual([]);
    },
  );

  it("lists each kommun once, with a neighbouring region other than its own", () => {
    const codes = BORDER_CORRECTIONS.map((c) => c.kommunkod);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { kommunkod, lanskodInSource, places } of BORDER_CORRECTIONS) {
      const own = dataset.kommuner.find((k) => k.kommunkod === kommunkod)?.lanskod;
      expect(regionNames.has(lanskodInSource)).toBe(true);
      expect(lanskodInSource).not.toBe(own);
      // The places lie near the own region: the two regions share a border on the geometry.
      const ownRegion = checkGeodata.regions.find((r) => r.properties.lanskod === own);
      if (ownRegion === undefined) throw new Error(`no region for ${kommunkod} on the geometry`);
      for (const [, lat, lon] of places)
        expect(distanceToBoundaryKm([lon, lat], ownRegion.geometry)).toBeLessThan(20);
    }
  });

  it("still reports the same point claimed by a kommun in a third region", () => {
    const reasons = [
      unitIn("2180", 59.9386, 16.86), // Heby claimed by Gävle
      unitIn("0580", 57.907, 14.076), // Habo claimed by Linköping
      unitIn("0680", 57.574, 11.949), // Billdal claimed by Jönköping
      unitIn("0780", 56.391, 12.971), // Skottorp claimed by Växjö
    ].map((unit) => check(unit)[0]?.reason);
    expect(reasons).toEqual([
      "punkten (59,9386, 16,8600) ligger i Region Västmanland, inte i Region Gävleborg där kommunen 2180 ligger",
      "punkten (57,9070, 14,0760) ligger i Västra Götalandsregionen, inte i Region Östergötland där kommunen 0580 ligger",
      "punkten (57,5740, 11,9490) ligger i Region Halland, inte i Region Jönköpings län där kommunen 0680 ligger",
      "punkten (56,3910, 12,9710) ligger i Region Skåne, inte i Region Kronoberg där kommunen 0780 ligger",
    ]);
  });

  it("still reports a point in the listed region claimed by a kommun that is not in the table", () => {
    const reasons = [
      unitIn("0380", 59.9386, 16.86), // Heby claimed by Uppsala
      unitIn("0680", 57.907, 14.076), // Habo claimed by Jönköping
      unitIn("1402", 57.567, 12.078), // southern Lindome claimed by Partille
      unitIn("1082", 56.239, 14.533), // Jämshög claimed by Karlshamn
    ].map((unit) => check(unit)[0]?.reason);
    expect(reasons).toEqual([
      "punkten (59,9386, 16,8600) ligger i Region Västmanland, inte i Region Uppsala där kommunen 0380 ligger",
      "punkten (57,9070, 14,0760) ligger i Västra Götalandsregionen, inte i Region Jönköpings län där kommunen 0680 ligger",
      "punkten (57,5670, 12,0780) ligger i Region Halland, inte i Västra Götalandsregionen där kommunen 1402 ligger",
      "punkten (56,2390, 14,5330) ligger i Region Skåne, inte i Region Blekinge där kommunen 1082 ligger",
    ]);
  });

  it("still reports a unit of a listed kommun in a third region or abroad", () => {
    const reasons = [
      unitIn("0331", 60.6749, 17.1413), // Heby's unit in Gävle
      unitIn("0643", 58.4108, 15.6214), // Habo's unit in Linköping
      unitIn("1481", 57.7089, 11.9746), // Mölndal's unit in Göteborg: accepted, same region
      unitIn("1381", 56.8777, 14.8091), // Laholm's unit in Växjö
      unitIn("1381", 56.0361, 12.6136), // Laholm's unit in Helsingør, Denmark
    ].map((unit) => check(unit)[0]?.reason);
    expect(reasons).toEqual([
      "punkten (60,6749, 17,1413) ligger i Region Gävleborg, inte i Region Uppsala där kommunen 0331 ligger",
      "punkten (58,4108, 15,6214) ligger i Region Östergötland, inte i Region Jönköpings län där kommunen 0643 ligger",
      undefined,
      "punkten (56,8777, 14,8091) ligger i Region Kronoberg, inte i Region Halland där kommunen 1381 ligger",
      expect.stringMatching(
        /^punkten \(56,0361, 12,6136\) ligger utanför alla regioner på kartan, \d+,\d km från Region Halland där kommunen 1381 ligger$/,
      ),
    ]);
  });

  it("accepts a listed kommun's point at sea nearest the listed region's coast, but not far out", () => {
    // In Sölvesborgsviken, just off the source's coastline, nearer Skåne's coast than Blekinge's.
    const bay = unitIn("1083", 56.04, 14.53);
    expect(checkRegionAt(bay.lat, bay.lon)).toBeUndefined();
    expect(checkUnitsInRegions(FILE, [{ line: 2, row: bay }], GEOMETRY, regionName, [])).toEqual([
      expect.objectContaining({ reason: expect.stringContaining("ligger utanför alla regioner") }),
    ]);
    expect(check(bay)).toEqual([]);
    // Hanöbukten, more than the tolerance from Skåne's and Blekinge's coasts.
    const [problem, ...rest] = check(unitIn("1083", 55.75, 14.7));
    expect(rest).toEqual([]);
    expect(problem?.reason).toMatch(/ligger utanför alla regioner på kartan, \d+,\d km från /);
  });
});

describe("every kommun's central town", () => {
  it("lists each kommun in data/kommuner.csv once", () => {
    expect(CENTRAL_TOWNS.map(([kommunkod]) => kommunkod)).toEqual(
      dataset.kommuner.map((k) => k.kommunkod),
    );
  });

  it("is accepted in its own kommun's region", () => {
    const units = CENTRAL_TOWNS.map(([kommunkod, , lat, lon], index) => ({
      line: index + 2,
      row: unitIn(kommunkod, lat, lon),
    }));
    const problems = checkUnitsInRegions(FILE, units, GEOMETRY, regionName);
    expect(
      problems.map(({ line, reason }) => `${CENTRAL_TOWNS[line - 2]?.[1]}: ${reason}`),
    ).toEqual([]);
  });

  it("is reported when a kommun in a distant region claims it", () => {
    // Kiruna for towns in southern Sweden, Malmö for the rest.
    const units = CENTRAL_TOWNS.map(([kommunkod, , lat, lon], index) => ({
      line: index + 2,
      row: unitIn(kommunkod < "1700" ? "2584" : "1280", lat, lon),
    }));
    const problems = checkUnitsInRegions(FILE, units, GEOMETRY, regionName);
    expect(problems.map(({ line }) => line)).toEqual(units.map(({ line }) => line));
  });
});
