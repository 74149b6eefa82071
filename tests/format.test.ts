import { describe, expect, it } from "vitest";
import { formatCount, nounFor } from "../src/lib/format.ts";
import { nouns } from "../src/lib/strings.ts";

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
