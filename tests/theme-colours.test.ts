/**
 * The form colours (theme.form) differ in lightness, not only in hue, and each
 * stands out against what it is drawn on: WCAG 2.2 relative luminance and
 * contrast ratio, and CIE L* (D65), computed from the theme's own values.
 */
import { describe, expect, it } from "vitest";
import { mapStyle } from "../src/lib/map/map-style.ts";
import { darkTheme, theme } from "../src/lib/theme.ts";

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** WCAG 2.2 relative luminance of an sRGB colour "#rrggbb". */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, lighter over darker. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** CIE 1976 L* of an sRGB colour (Y is its relative luminance). */
function lightness(hex: string): number {
  const y = luminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (y * 24389) / 27;
}

/** A colour at an opacity over another, as the map paints its land. */
function over(hex: string, opacity: number, background: string): string {
  const top = channels(hex);
  const bottom = channels(background);
  return `#${top
    .map((value, i) => Math.round(opacity * value + (1 - opacity) * (bottom[i] ?? 0)))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")}`;
}

/** The rule the theme's doc comment states. */
const MIN_LIGHTNESS_DIFFERENCE = 20;
const MIN_FORM_CONTRAST = 2;
const MIN_NON_TEXT_CONTRAST = 3;
const MIN_TEXT_CONTRAST = 4.5;

/**
 * Both palettes: the light one, and the dark one a dark page paints with (the
 * map's land is the border role at the region's opacity, its neighbours the
 * surface, in either).
 */
const palettes = [
  ["light", theme],
  ["dark", darkTheme],
] as const;

describe.each(palettes)("the %s theme", (_name, palette) => {
  const { familjecentral, familjecentralsliknande } = palette.form;
  /** The map's land: each region's fill at its opacity over the page. */
  const land = over(palette.color.border, mapStyle.region.fillOpacity, palette.color.background);
  const grounds = {
    background: palette.color.background,
    surface: palette.color.surface,
    "map land": land,
    "neighbouring land": palette.color.surface,
  };

  it("the map's colours are the theme's roles", () => {
    expect(mapStyle.region.fill).toBe(theme.color.border);
    expect(mapStyle.neighbour.fill).toBe(theme.color.surface);
  });

  it("form colours differ in lightness: ΔL* ≥ 20 and ≥ 2:1 between the two fills", () => {
    const difference = Math.abs(lightness(familjecentral) - lightness(familjecentralsliknande));
    expect(difference).toBeGreaterThanOrEqual(MIN_LIGHTNESS_DIFFERENCE);
    expect(contrast(familjecentral, familjecentralsliknande)).toBeGreaterThanOrEqual(
      MIN_FORM_CONTRAST,
    );
  });

  for (const [form, colour] of Object.entries(palette.form)) {
    for (const [name, ground] of Object.entries(grounds)) {
      it(`${form} has ≥ 3:1 against the ${name} (WCAG 1.4.11)`, () => {
        expect(contrast(colour, ground)).toBeGreaterThanOrEqual(MIN_NON_TEXT_CONTRAST);
      });
    }
  }

  it("text, muted text and links have ≥ 4.5:1 on the background, the surface and a notice", () => {
    for (const text of [palette.color.text, palette.color.muted, palette.color.link])
      for (const ground of [palette.color.background, palette.color.surface, palette.color.notice])
        expect(contrast(text, ground), `${text} on ${ground}`).toBeGreaterThanOrEqual(
          MIN_TEXT_CONTRAST,
        );
  });

  it("bars (the accent) have ≥ 3:1 against the background", () => {
    expect(contrast(palette.color.accent, palette.color.background)).toBeGreaterThanOrEqual(
      MIN_NON_TEXT_CONTRAST,
    );
  });

  it("form colours keep their hues: familjecentral pink, familjecentralsliknande green", () => {
    const [r1 = 0, g1 = 0, b1 = 0] = channels(familjecentral);
    const [r2 = 0, g2 = 0, b2 = 0] = channels(familjecentralsliknande);
    expect(r1).toBeGreaterThan(g1);
    expect(r1).toBeGreaterThan(b1);
    expect(g2).toBeGreaterThan(r2);
    expect(g2).toBeGreaterThan(b2);
  });
});

describe("the colour arithmetic", () => {
  it("matches known values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(lightness("#ffffff")).toBeCloseTo(100, 5);
    expect(lightness("#777777")).toBeCloseTo(50.03, 1);
    // The old colours, which this test was written against: same lightness.
    expect(Math.abs(lightness("#c0306a") - lightness("#2e7d32"))).toBeLessThan(2);
    expect(contrast("#c0306a", "#2e7d32")).toBeLessThan(1.1);
  });
});
