import type { Geodata } from "../data/geodata-types.ts";
import type { Verksamhetsform } from "../data/index.ts";
import type { MapGroup } from "./aggregate.ts";

/** One unit as the map needs it; a plain shape, so callers and tests can build it. */
export interface MapUnit {
  readonly id: string;
  readonly namn: string;
  readonly kommun: string;
  readonly form: Verksamhetsform;
  readonly lat: number;
  readonly lon: number;
  /**
   * The unit's area type (1–5), null when unknown; left out when the map does not
   * tell area types (then `MapLabels.areaName` is not needed).
   */
  readonly area?: number | null;
}

/** Every text a reader sees on the map; the map itself holds none. */
export interface MapLabels {
  /** The whole map in a sentence, for screen readers (the root's aria-label). */
  readonly summary: string;
  /**
   * A unit mark's `<title>`, which a mouse pointer shows without script: its name
   * and kommun. Form and area type are named once per group of marks (see
   * renderMap), so the script that enhances the map can tell all four.
   */
  readonly pointTitle: (unit: MapUnit) => string;
  /** A form as the tooltip names it, e.g. "familjecentral". */
  readonly formName: (form: Verksamhetsform) => string;
  /** An area type as the tooltip names it (null: unknown); needed when units have `area`. */
  readonly areaName?: (area: number | null) => string;
  /** A form's legend entry, given how many of its units are on the map. */
  readonly formLegend: (form: Verksamhetsform, count: number) => string;
  /** The hatched regions' legend entry, given their county codes in code order. */
  readonly withoutUnits: (lanskoder: readonly string[]) => string;
  /**
   * A group mark's tooltip when the map has more units than `maxPoints`, e.g.
   * "Malmö: 12 familjecentraler"; required when the map may aggregate.
   */
  readonly groupTitle?: (group: MapGroup) => string;
  /** The legend entry of a mark that stands for units at one spot; required when the map has one. */
  readonly clusterLegend?: string;
  /** The size key's text, given the counts it shows (ascending); required when the map may aggregate. */
  readonly sizeLegend?: (counts: readonly number[]) => string;
  /** A count as the size key writes it under its circle ("1 200"); plain digits if left out. */
  readonly integer?: (count: number) => string;
}

export interface MapInput {
  readonly geodata: Geodata;
  readonly units: readonly MapUnit[];
  /** County codes of regions without any unit; they are hatched and named in the legend. */
  readonly regionsWithoutUnits: readonly string[];
  readonly labels: MapLabels;
}

export interface MapOptions {
  /** The SVG's width in CSS pixels; the height follows from Sweden's shape. */
  readonly width?: number;
  /** Prefix of the SVG's ids, so two maps on one page never share one. */
  readonly idPrefix?: string;
  /**
   * The most unit marks the map draws. With more units it draws one mark per
   * kommun and form instead, sized by count, titled by `labels.groupTitle`; the
   * caller says so in the caption (see `isAggregated`). Unlimited if left out.
   */
  readonly maxPoints?: number;
  /** County code of a region to zoom to; the other regions are drawn faded around it. */
  readonly focus?: string;
  /**
   * Draws the legend inside the SVG (the default), for a standalone picture. A page
   * leaves it out and shows `mapLegendEntries` as HTML beside the map instead, where
   * its text keeps the page's size on a phone and its entries can become buttons.
   */
  readonly legend?: boolean;
  /**
   * Each region's page (`data-href` on its shape): the map's script names the
   * region on hover and offers this page as a link on a click. Not a link in the
   * markup, so that a click that misses a unit never leaves the page; the same
   * links are in the region table for keyboard and screen-reader users.
   */
  readonly regionHref?: (lanskod: string) => string;
}

/** An area projected to an SVG path. */
export interface ProjectedArea {
  readonly code: string;
  readonly d: string;
}

export interface ProjectedRegion extends ProjectedArea {
  readonly hasUnits: boolean;
  /** False for regions drawn only as context around a focused region. */
  readonly inFocus: boolean;
}

export interface ProjectedPoint {
  readonly unit: MapUnit;
  readonly x: number;
  readonly y: number;
}

/**
 * The map as numbers and path data, before any markup. Width and height are in
 * px; paths and points in whole grid steps, `grid` per px.
 */
export interface ProjectedMap {
  readonly width: number;
  /** Height of the map itself, padding included; the legend goes below it. */
  readonly height: number;
  readonly grid: number;
  /** Neighbouring countries clipped to the view, in ISO-code order. */
  readonly neighbours: readonly ProjectedArea[];
  /** Sweden's regions, in county-code order. */
  readonly regions: readonly ProjectedRegion[];
  /** Units in drawing order: north to south, then west to east, then by id. */
  readonly points: readonly ProjectedPoint[];
}
