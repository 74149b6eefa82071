import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterPoints } from "../../src/lib/map/cluster.ts";
import { runs } from "../helpers/property-runs.ts";

const DIAMETER = 13;

describe("clusterPoints", () => {
  it("draws units at the same spot as one mark, and units a diameter apart as two", () => {
    const points = [
      { id: "a", x: 100, y: 100 },
      { id: "b", x: 100, y: 100 },
      { id: "c", x: 100 + DIAMETER, y: 100 },
    ];
    const marks = clusterPoints(points, DIAMETER);
    expect(marks.map((m) => m.members.map((p) => p.id))).toEqual([["a", "b"], ["c"]]);
    expect(marks[0]).toMatchObject({ x: 100, y: 100 });
  });

  it("merges a mark with its neighbour once they come closer than the distance", () => {
    // c is 13.4 from a and from b, but 12 from where they merge (6, 0): one mark.
    const points = [
      { x: 0, y: 0 },
      { x: 12, y: 0 },
      { x: 6, y: 12 },
    ];
    const marks = clusterPoints(points, DIAMETER);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.members).toHaveLength(3);
  });

  it("leaves points at least the distance apart alone, in their order", () => {
    const points = [0, 1, 2, 3].map((i) => ({ x: i * DIAMETER, y: 0 }));
    expect(clusterPoints(points, DIAMETER).map((m) => m.members)).toEqual(points.map((p) => [p]));
  });

  it("rejects a distance that is not positive", () => {
    expect(() => clusterPoints([{ x: 0, y: 0 }], 0)).toThrow(RangeError);
  });

  it("puts every point in exactly one mark, and no two marks closer than the distance", () => {
    const point = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 150 }),
        fc.integer({ min: 1, max: 40 }),
        (points, distance) => {
          const marks = clusterPoints(points, distance);
          const members = marks.flatMap((m) => m.members);
          expect(members).toHaveLength(points.length);
          expect(new Set(members).size).toBe(points.length);
          for (const p of points) expect(members).toContain(p);
          for (const [i, a] of marks.entries())
            for (const b of marks.slice(i + 1))
              expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(distance);
          // Each mark lies among its members (within their bounding box).
          for (const m of marks) {
            const xs = m.members.map((p) => p.x);
            const ys = m.members.map((p) => p.y);
            expect(m.x).toBeGreaterThanOrEqual(Math.min(...xs));
            expect(m.x).toBeLessThanOrEqual(Math.max(...xs));
            expect(m.y).toBeGreaterThanOrEqual(Math.min(...ys));
            expect(m.y).toBeLessThanOrEqual(Math.max(...ys));
          }
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
