import { theme } from "../theme.ts";

/** The map's look in SVG user units (CSS pixels at the requested width) and theme colours. */
export const mapStyle = {
  defaultWidth: 480,
  padding: 8,
  /**
   * Coordinates are whole numbers of 1/grid px (half a pixel at the drawn size):
   * a point moves at most a quarter pixel, which no screen shows, and whole
   * numbers take a third fewer bytes than one decimal. The map's shapes are drawn
   * in a group scaled by 1/grid, so sizes inside it are multiplied by grid.
   */
  grid: 2,
  /**
   * Points whose triangle with their neighbours covers less than this many px²
   * as drawn are left out (Visvalingam): a line moves by about a pixel at most,
   * which drops only islets too small to see (0.25 % of the national map's pixels
   * at 2× changed markedly against 1 px², for 2 KB less markup).
   */
  minTriangleArea: 2,
  idPrefix: "fc-map",
  neighbour: { fill: theme.color.surface, stroke: theme.color.border, strokeWidth: 0.5 },
  region: {
    fill: theme.color.border,
    fillOpacity: 0.35,
    stroke: theme.color.muted,
    strokeWidth: 0.6,
  },
  hatch: {
    size: 5,
    stroke: theme.color.muted,
    strokeWidth: 1.2,
    background: theme.color.background,
  },
  /** Small enough that clustered units in Stockholm and Göteborg stay distinguishable. */
  mark: { radius: 3.25, stroke: theme.color.background, strokeWidth: 0.75, fill: theme.form },
  /**
   * Units closer together than a mark's diameter are one mark (cluster.ts): their
   * marks at one spot on a plate that covers a triangle's corners.
   */
  cluster: { radius: 6, fill: theme.color.background, stroke: theme.color.muted, strokeWidth: 1 },
  /** Marks for many units (one per kommun and form): the largest group's radius. */
  group: { maxRadius: 12 },
  /** The size key of a map of groups: circles in a row with their counts below. */
  sizeKey: { gap: 10, fontSize: 12, stroke: theme.color.text, strokeWidth: 1 },
  /**
   * The map shrinks with the column (480 → 288 px on a 320 px phone), so the
   * legend is set at body-text size: 16 px on a desktop, still 9.6 px on the
   * narrowest phone (13 px gave 7.8 px there).
   */
  legend: {
    gap: 12,
    rowHeight: 24,
    fontSize: 16,
    swatchSize: 12,
    text: theme.color.text,
  },
  font: theme.font,
} as const;
