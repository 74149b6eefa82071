import { describe, expect, it } from "vitest";
import { digitCode } from "../../src/lib/data/field.ts";

const context = { delimiter: "," } as const;

describe("digitCode", () => {
  it("counts the digits it asks for in Swedish singular or plural", () => {
    const one = digitCode("En siffra", 1);
    expect(one.allowed).toBe("1 siffra");
    expect(one.parse("12", context)).toEqual({
      ok: false,
      reason: '"12" ska vara exakt 1 siffra',
    });
    const four = digitCode("Fyra siffror", 4);
    expect(four.allowed).toBe("4 siffror");
    expect(four.parse("114", context)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^"114" ska vara exakt 4 siffror; saknas en inledande nolla/),
    });
  });
});
