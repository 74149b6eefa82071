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

/** The theme as CSS custom properties on :root, so stylesheets never repeat a colour. */
export function themeRootCss(): string {
  const variables = [
    ["font", theme.font],
    ["font-print", `"${theme.printFamily}",var(--font)`],
    ...Object.entries(theme.color).map(([name, value]) => [`color-${name}`, value]),
    ...Object.entries(theme.form).map(([name, value]) => [`form-${name}`, value]),
  ];
  return `:root{${variables.map(([name, value]) => `--${name}:${value}`).join(";")}}`;
}
