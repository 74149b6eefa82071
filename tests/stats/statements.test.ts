import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "../../src/lib/data/index.ts";
import {
  ABOUT_WITHIN,
  approximateShare,
  FRACTIONS,
  isMajority,
  JUST_WITHIN,
  leading,
} from "../../src/lib/stats/index.ts";

const counts = (...values: number[]) => values.map((antal, i) => ({ key: `k${i}`, antal }));

describe("leading", () => {
  it("names a strict leader", () => {
    expect(leading(counts(3, 7, 5))).toEqual({ kind: "one", key: "k1", antal: 7 });
  });

  it("names no leader when two share the top, and lists them in order", () => {
    expect(leading(counts(7, 2, 7))).toEqual({ kind: "tie", keys: ["k0", "k2"], antal: 7 });
  });

  it("has nothing to lead when every count is zero, or there are none", () => {
    expect(leading(counts(0, 0))).toEqual({ kind: "none" });
    expect(leading([])).toEqual({ kind: "none" });
  });
});

describe("isMajority", () => {
  it("is strictly more than half: exactly half is not a majority", () => {
    expect(isMajority(0.5)).toBe(false);
    expect(isMajority(124 / 246)).toBe(true);
    expect(isMajority(123 / 246)).toBe(false);
  });
});

describe("approximateShare", () => {
  it("calls a share near a fraction 'about' it, just above 'drygt', just below 'knappt'", () => {
    expect(approximateShare(0.325)).toEqual({ fraction: "tredjedel", qualifier: "ungefar" });
    expect(approximateShare(0.354)).toEqual({ fraction: "tredjedel", qualifier: "drygt" });
    expect(approximateShare(0.47)).toEqual({ fraction: "halften", qualifier: "knappt" });
    expect(approximateShare(0.5)).toEqual({ fraction: "halften", qualifier: "ungefar" });
  });

  it("gives no words for a share no simple fraction describes", () => {
    for (const share of [0, 0.02, 0.15, 0.4, 0.6, 0.87, 1])
      expect(approximateShare(share)).toBeNull();
  });

  it("is never further from its fraction than the stated bands, on a fine grid", () => {
    for (let i = 0; i <= 1000; i++) {
      const share = i / 1000;
      const words = approximateShare(share);
      if (words === null) continue;
      const value = FRACTIONS.find((f) => f.key === words.fraction)?.value ?? NaN;
      const difference = share - value;
      if (words.qualifier === "ungefar")
        expect(Math.abs(difference)).toBeLessThanOrEqual(ABOUT_WITHIN);
      if (words.qualifier === "drygt") {
        expect(difference).toBeGreaterThan(ABOUT_WITHIN);
        expect(difference).toBeLessThanOrEqual(JUST_WITHIN);
      }
      if (words.qualifier === "knappt") {
        expect(-difference).toBeGreaterThan(ABOUT_WITHIN);
        expect(-difference).toBeLessThanOrEqual(JUST_WITHIN);
      }
    }
  });
});

describe("parseCalendarDate", () => {
  it("reads a day or a month", () => {
    expect(parseCalendarDate("2023-09-29")).toEqual({ year: 2023, month: 9, day: 29 });
    expect(parseCalendarDate("2022-06")).toEqual({ year: 2022, month: 6, day: null });
  });

  it.each(["2023-02-29", "2024-13", "2023-9-29", "29/9/2023", "2023-00", "2023-04-31", ""])(
    "rejects %j",
    (raw) => {
      expect(parseCalendarDate(raw)).toBeNull();
    },
  );

  it("knows leap years", () => {
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
