import { describe, expect, it } from "vitest";
import { english, formatCount, formatPercent, nounFor, swedish } from "../src/lib/format.ts";
import { nouns } from "../src/lib/text/sv/index.ts";

describe("formatCount", () => {
  it("uses the singular for exactly one and the plural otherwise, as Swedish does", () => {
    expect(formatCount(1, nouns.verksamhet)).toBe("1 verksamhet");
    expect(formatCount(0, nouns.verksamhet)).toBe("0 verksamheter");
    expect(formatCount(2, nouns.kommun)).toBe("2 kommuner");
    expect(formatCount(1234, nouns.region)).toBe("1\u00a0234 regioner");
    expect(nounFor(21, nouns.region)).toBe("regioner");
    expect(nounFor(1, nouns.rad)).toBe("rad");
  });
});

describe("the English formatter", () => {
  it("formats the same values the British way, with the same Stockholm day", () => {
    expect(english.integer(1234)).toBe("1,234");
    expect(english.percent(0.354)).toBe("35.4%");
    expect(english.signedPercent(0.878)).toBe("+87.8%");
    expect(english.list(["a", "b", "c"])).toBe("a, b and c");
    expect(english.date(new Date("2026-12-01T23:30:00Z"))).toBe("2 December 2026");
    expect(english.calendarDate({ year: 2022, month: 6, day: null })).toBe("June 2022");
    expect(english.count(1, { one: "unit", other: "units" })).toBe("1 unit");
    expect(english.count(2, { one: "unit", other: "units" })).toBe("2 units");
  });

  it("leaves the Swedish functions Swedish", () => {
    expect(swedish.percent(0.354)).toBe(formatPercent(0.354));
    expect(formatPercent(0.354)).toBe("35,4\u00a0%");
  });
});
