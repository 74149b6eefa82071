/**
 * The report's one theme: colours and type for pages, charts and the map.
 * Text colours reach at least 4.5:1 against the background.
 *
 * The two form colours keep the original report's pink and green, and differ in
 * lightness, not only in hue: in greyscale, on a black-and-white printer or to a
 * red–green colour-blind reader the light pink (CIE L* 54) and the dark green
 * (L* 33) still differ, as do the map's circles and triangles. The rule, which
 * tests/theme-colours.test.ts checks: the two fills differ by at least 20 in L*
 * and by at least 2:1 in WCAG contrast (the old #c0306a and #2e7d32 had the same
 * L*, 45 and 46), and each has at least 3:1 against the page background, the
 * surface and the map's land fill (WCAG 1.4.11, non-text contrast).
 */
export const theme = {
  /** On screen: the reader's own system font, so nothing is downloaded before the first paint. */
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  /**
   * On paper (print.css, and so the PDF): Source Sans 3 (SIL Open Font License),
   * bundled from @fontsource/source-sans-3 and declared in print.css, so the PDF
   * looks the same whichever machine prints it. Screen keeps `font`: the web font
   * would add at least 31 KB of WOFF2 to the first paint (regular and bold, Latin)
   * and a swap to the page's layout.
   */
  printFamily: "Source Sans 3",
  color: {
    text: "#1b1b1f",
    muted: "#4a4a55",
    background: "#ffffff",
    surface: "#f4f2f7",
    border: "#c9c5d1",
    accent: "#5b2a86",
    link: "#4b1f75",
    focus: "#ffbf47",
    notice: "#fff4d6",
    noticeBorder: "#b07800",
  },
  form: {
    familjecentral: "#dd4a86",
    familjecentralsliknande: "#175a1c",
  },
} as const;

/**
 * The same roles for a reader whose system asks for a dark theme
 * (prefers-color-scheme: dark), on screen only: paper stays light. The same
 * rules hold against the dark background, surface and land fill
 * (tests/theme-colours.test.ts); the green is light here, the pink as before.
 */
export const darkTheme = {
  color: {
    text: "#e9e7ee",
    muted: "#b9b5c4",
    background: "#17161b",
    surface: "#26242d",
    border: "#57535f",
    accent: "#b993e6",
    link: "#cfb0f5",
    focus: "#ffbf47",
    notice: "#3a2f14",
    noticeBorder: "#d9a53a",
  },
  form: {
    familjecentral: "#e0528c",
    familjecentralsliknande: "#9be09e",
  },
} as const satisfies {
  color: Record<keyof typeof theme.color, string>;
  form: Record<keyof typeof theme.form, string>;
};

/** Each role's custom property, and its colour in a palette. */
function properties(palette: {
  color: Record<string, string>;
  form: Record<string, string>;
}): (readonly [string, string])[] {
  return [
    ...Object.entries(palette.color).map(([name, value]) => [`color-${name}`, value] as const),
    ...Object.entries(palette.form).map(([name, value]) => [`form-${name}`, value] as const),
  ];
}

/** The theme as CSS custom properties on :root, so stylesheets never repeat a colour. */
export function themeRootCss(): string {
  const variables = [
    ["font", theme.font],
    ["font-print", `"${theme.printFamily}",var(--font)`],
    ...properties(theme),
  ];
  return `:root{${variables.map(([name, value]) => `--${name}:${value}`).join(";")}}`;
}

/** When the dark theme applies: on screen, never on paper. */
export const DARK_MEDIA = "screen and (prefers-color-scheme: dark)";
/** When the forced-colours rules apply (Windows high contrast and the like). */
export const FORCED_MEDIA = "(forced-colors: active)";

/**
 * The stylesheet for the other ways a page can be shown, a file of its own that
 * a page links with media="DARK_MEDIA, FORCED_MEDIA", so a light page neither
 * carries it nor waits for it:
 *
 * - Dark: the roles' dark colours as the same custom properties. The charts and
 *   the map are drawn once, with the light colours as SVG attributes (what a
 *   downloaded figure and paper show); on a dark page each of those colours is
 *   painted with its role's property instead, so one SVG serves both themes.
 * - Forced colours: controls keep a visible border in system colours (their
 *   outline is a box-shadow, which forced colours removes), and the map and
 *   the charts keep their own colours on their own background, since their
 *   fills are what they say.
 */
export function themeAlternativesCss(): string {
  const light = new Map(properties(theme));
  const painted = properties(darkTheme).flatMap(([name]) =>
    (["fill", "stroke"] as const).map(
      (property) => `svg [${property}="${light.get(name) ?? ""}" i]{${property}:var(--${name})}`,
    ),
  );
  const dark = properties(darkTheme)
    .map(([name, value]) => `--${name}:${value}`)
    .join(";");
  const forced = [
    "button.map-legend-entry,.sort-button{border:1px solid ButtonText}",
    ".map-svg svg,.chart-svg svg,.map-legend-swatch{forced-color-adjust:none;background:var(--color-background);color:var(--color-text)}",
  ];
  return (
    `@media ${DARK_MEDIA}{:root{color-scheme:dark;${dark}}${painted.join("")}}` +
    `@media ${FORCED_MEDIA}{${forced.join("")}}\n`
  );
}
