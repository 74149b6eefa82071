import { geoDistance } from "d3-geo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minDistanceToBoundsKm, type Bounds } from "../../src/lib/data/bounds-distance.ts";
import { distanceToBoundaryKm, EARTH_RADIUS_KM } from "../../src/lib/data/distance-to-boundary.ts";
import { loadCheckGeodata } from "../../src/lib/data/load-geodata.ts";
import { DATA_DIR } from "./map-fixture.ts";

const SEED = 20_261_111;
const detail = loadCheckGeodata(DATA_DIR);
const areas = [...detail.regions, ...detail.neighbours];

/** Points in and around Sweden, in degrees. */
const lon = fc.double({ min: 10, max: 25, noNaN: true });
const lat = fc.double({ min: 54.5, max: 69.5, noNaN: true });

describe("distanceToBoundaryKm with a limit", () => {
  it("gives the full distance when it is within the limit, and Infinity when it is not", () => {
    fc.assert(
      fc.property(
        lon,
        lat,
        fc.integer({ min: 0, max: areas.length - 1 }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        (x, y, index, limitKm) => {
          const area = areas[index];
          if (area === undefined) return;
          const full = distanceToBoundaryKm([x, y], area.geometry);
          const limited = distanceToBoundaryKm([x, y], area.geometry, limitKm);
          if (full <= limitKm) expect(limited).toBeCloseTo(full, 9);
          else expect(limited).toBe(Infinity);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("skips no edge that is nearer than the limit, even a long east–west one", () => {
    // The edge (15° E, 65° N)–(19° E, 65° N) is a great circle that bulges ~1.5 km north of 65° N
    // at 17° E. A point 1.1 km north of 65° N is ~0.4 km from it: a test on the vertices'
    // latitudes alone (a gap of 1.1 km) would skip the edge with a 0.5 km limit.
    const strip = {
      type: "Polygon" as const,
      coordinates: [
        [
          [15, 65],
          [19, 65],
          [19, 64],
          [15, 64],
          [15, 65],
        ],
      ],
    };
    const point: [number, number] = [17, 65.01];
    const full = distanceToBoundaryKm(point, strip);
    expect(full).toBeGreaterThan(0.3);
    expect(full).toBeLessThan(0.5);
    expect(distanceToBoundaryKm(point, strip, 0.5)).toBeCloseTo(full, 9);
  });
});

describe("minDistanceToBoundsKm", () => {
  it("is never more than the distance to any point inside the box", () => {
    fc.assert(
      fc.property(
        lon,
        lat,
        lon,
        lon,
        lat,
        lat,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, y, lon1, lon2, lat1, lat2, u, v) => {
          const bounds: Bounds = [
            [Math.min(lon1, lon2), Math.min(lat1, lat2)],
            [Math.max(lon1, lon2), Math.max(lat1, lat2)],
          ];
          const [[west, south], [east, north]] = bounds;
          const inside: [number, number] = [west + u * (east - west), south + v * (north - south)];
          const distance = geoDistance([x, y], inside) * EARTH_RADIUS_KM;
          expect(minDistanceToBoundsKm([x, y], bounds)).toBeLessThanOrEqual(distance + 1e-9);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("is zero inside the box and close to the true distance straight north of it", () => {
    const bounds: Bounds = [
      [15, 60],
      [16, 61],
    ];
    expect(minDistanceToBoundsKm([15.5, 60.5], bounds)).toBe(0);
    const expected = (0.5 * Math.PI * EARTH_RADIUS_KM) / 180;
    expect(minDistanceToBoundsKm([15.5, 61.5], bounds)).toBeCloseTo(expected, 6);
  });
});
