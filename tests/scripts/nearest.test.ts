import { describe, expect, it } from "vitest";
import { nearest } from "../../src/scripts/lib/nearest.ts";

/** Marks on a small grid, in reading order (top to bottom, then left to right). */
const at = (x: number, y: number) => ({ x, y });
const centre = at(10, 10);
const marks = [at(10, 0), at(4, 6), at(20, 8), centre, at(30, 10), at(11, 14), at(2, 30)];

describe("nearest (arrow keys on the map)", () => {
  it("moves to the nearest mark within 45° of the direction pressed", () => {
    expect(nearest(marks, centre, 0, -1)).toBe(marks[0]); // up: (10, 0), straight above
    expect(nearest(marks, centre, 0, 1)).toBe(marks[5]); // down: (11, 14)
    expect(nearest(marks, centre, 1, 0)).toBe(marks[2]); // right: (20, 8) before (30, 10)
    expect(nearest(marks, centre, -1, 0)).toBe(marks[1]); // left: (4, 6), 34° off the line
  });

  it("prefers a mark in the cone to a nearer one beside it", () => {
    const beside = at(12, 11); // right of the centre by 2, below by 1: in the right cone
    const below = at(10, 13); // straight below, 3 away
    const list = [centre, beside, below];
    expect(nearest(list, centre, 0, 1)).toBe(below);
    expect(nearest(list, centre, 1, 0)).toBe(beside);
  });

  it("falls back to any mark ahead, the one closest to the line, when the cone is empty", () => {
    const list = [centre, at(12, 30), at(40, 12)];
    // Right: (40, 12) is in the cone; left: nothing ahead at all.
    expect(nearest(list, centre, 1, 0)).toBe(list[2]);
    expect(nearest(list, centre, -1, 0)).toBeNull();
    // Up from (12, 30): only the centre and (40, 12) are above; (40, 12) is outside the cone.
    expect(nearest(list, list[1] as (typeof list)[number], 0, -1)).toBe(centre);
  });

  it("reaches marks at the very same spot, in reading order", () => {
    const [a, b, c] = [at(5, 5), at(5, 5), at(5, 5)];
    const list = [a, b, c];
    expect(nearest(list, a, 0, 1)).toBe(b);
    expect(nearest(list, b, 1, 0)).toBe(c);
    expect(nearest(list, c, 0, -1)).toBe(b);
    expect(nearest(list, b, -1, 0)).toBe(a);
    expect(nearest(list, a, -1, 0)).toBeNull();
  });
});
