import { describe, expect, it } from "vitest";
import { compactPath } from "../../src/lib/map/compact-path.ts";

/** Reads a compact path back to absolute points in tenths, one array per subpath. */
function absolutePoints(d: string): number[][][] {
  const subpaths: number[][][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args = ""] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const numbers = (args.match(/-?\d*\.?\d+/g) ?? []).map((n) => Math.round(Number(n) * 10));
    if (command === "M") {
      [x = 0, y = 0] = numbers;
      subpaths.push([[x, y]]);
    } else if (command === "L" || command === "l") {
      for (let i = 0; i < numbers.length; i += 2) {
        const [a = 0, b = 0] = numbers.slice(i, i + 2);
        [x, y] = command === "l" ? [x + a, y + b] : [a, b];
        subpaths.at(-1)?.push([x, y]);
      }
    }
  }
  return subpaths;
}

describe("compactPath", () => {
  it("rewrites line segments as short relative moves", () => {
    expect(compactPath("M10,20L10.5,20.5L10.5,20.5L9,22ZM1,1L2,2L1,2Z")).toBe(
      "M10 20l.5 .5-1.5 1.5zM1 1l1 1-1 0z",
    );
  });

  it("draws the same points as the input", () => {
    const d = "M312.8,731.3L314.2,735L314.1,730.7L313.7,729.5L315.5,728.7ZM0,0L0.1,-0.1L100,0.3Z";
    expect(absolutePoints(compactPath(d))).toEqual(absolutePoints(d));
  });

  it("keeps the precision it is given", () => {
    expect(compactPath("M1.25,2L1.5,1.75L1,1Z", 2)).toBe("M1.25 2l.25-.25-.5-.75z");
  });

  it("leaves out rings that rounding collapsed to a point or a line", () => {
    expect(compactPath("M1,1L1.01,1.01ZM5,5L5.02,5L6,5ZM0,0L1,0L1,1Z")).toBe("M0 0l1 0 0 1z");
    // An open line (a border drawn on its own) keeps its two points.
    expect(compactPath("M0,0L1,0")).toBe("M0 0l1 0");
  });

  it("leaves paths with other commands alone", () => {
    const circle = "M0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z";
    expect(compactPath(circle)).toBe(circle);
  });
});
