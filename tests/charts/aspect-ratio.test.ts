import { describe, expect, it } from "vitest";
import { aspectRatioOf } from "../../src/lib/svg/index.ts";

describe("aspectRatioOf", () => {
  it("reads the root's viewBox as a CSS aspect-ratio", () => {
    expect(aspectRatioOf('<svg xmlns="x" viewBox="0 0 480 1128" width="480">')).toBe("480 / 1128");
    expect(aspectRatioOf('<svg viewBox="-10 5.5 360.5 254"><g/></svg>')).toBe("360.5 / 254");
  });

  it("looks at the root only, and gives null without a viewBox", () => {
    expect(aspectRatioOf('<svg width="10"><svg viewBox="0 0 1 2"/></svg>')).toBeNull();
    expect(aspectRatioOf("<p>no drawing</p>")).toBeNull();
  });
});
