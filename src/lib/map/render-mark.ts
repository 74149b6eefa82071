import { VERKSAMHETSFORMER, type Verksamhetsform } from "../data/index.ts";
import { mapStyle } from "./map-style.ts";

const round = (value: number): number => Math.round(value * 10) / 10;

/** A triangle's side for a circle's radius, at the same area, so neither form looks bigger. */
const SIDE_PER_RADIUS = Math.sqrt((4 * Math.PI) / Math.sqrt(3));

/**
 * The triangle around its centroid as a path that starts at the centroid, so a
 * reader of the markup (the map's script) finds the mark's centre in "M x y".
 */
function triangle(x: number, y: number, radius: number): string {
  const side = radius * SIDE_PER_RADIUS;
  const height = (side * Math.sqrt(3)) / 2;
  return `M${x} ${y}m0 ${-round((2 * height) / 3)}l${round(side / 2)} ${round(height)}h${-round(side)}z`;
}

/**
 * One mark centred on (x, y): a circle for a familjecentral, a triangle for a
 * familjecentralsliknande verksamhet, so the forms differ in shape, not only colour.
 * `attributes` (leading space, already escaped) and `content` (markup) go on the
 * element; `radius` is in the same units as x and y (a triangle gets the same area).
 * The fill comes from the caller's group unless `fill` is set.
 */
export function renderMark(
  form: Verksamhetsform,
  x: number,
  y: number,
  options: { attributes?: string; content?: string; radius?: number; fill?: boolean } = {},
): string {
  const { attributes = "", content = "", radius = mapStyle.mark.radius, fill = true } = options;
  const paint = fill ? ` fill="${mapStyle.mark.fill[form]}"` : "";
  const open =
    form === "familjecentral"
      ? `<circle${attributes} cx="${x}" cy="${y}" r="${radius}"${paint}`
      : `<path${attributes} d="${triangle(x, y, radius)}"${paint}`;
  const tag = form === "familjecentral" ? "circle" : "path";
  return content === "" ? `${open}/>` : `${open}>${content}</${tag}>`;
}

/**
 * The id of the shared shape of one form's unit marks: short ("c" for the
 * circle, "t" for the triangle), since the map's script repeats it in every
 * unit mark it makes.
 */
export function markSymbolId(prefix: string, form: MarkShape): string {
  return `${prefix}-${form === "familjecentral" ? "c" : form === "cluster" ? "k" : "t"}`;
}

/** A form's mark, or the plate under the marks of units at one spot. */
export type MarkShape = Verksamhetsform | "cluster";

/** The id of the marker that draws one form's shape, painted, at a path's points. */
function markerId(prefix: string, form: MarkShape): string {
  return `${markSymbolId(prefix, form)}m`;
}

/** Half the side of a marker's box, in grid steps: a triangle's corner with its stroke fits inside. */
const MARKER_REACH = 2.5 * mapStyle.mark.radius * mapStyle.grid;

/**
 * Each form's unit mark once, for `<defs>`: its shape, drawn around (0, 0) in
 * grid steps without paint, and a marker that paints that shape in the form's
 * colour with the marks' outline. Each unit then costs only its position in one
 * path per group (see renderUnitMarks).
 */
export function renderMarkSymbols(prefix: string, withPlate = false): string {
  const { grid, mark, cluster } = mapStyle;
  const radius = mark.radius * grid;
  const plate = withPlate
    ? `<circle id="${markSymbolId(prefix, "cluster")}" r="${cluster.radius * grid}"/>` +
      marker(prefix, "cluster", cluster.fill, cluster.stroke, cluster.strokeWidth * grid)
    : "";
  return VERKSAMHETSFORMER.map(
    (form) =>
      renderMark(form, 0, 0, {
        attributes: ` id="${markSymbolId(prefix, form)}"`,
        radius,
        fill: false,
      }) + marker(prefix, form, mark.fill[form], mark.stroke, mark.strokeWidth * grid),
  )
    .join("")
    .concat(plate);
}

/** A marker that paints a shape's symbol at a path's points. */
function marker(
  prefix: string,
  shape: MarkShape,
  fill: string,
  stroke: string,
  strokeWidth: number,
): string {
  const reach = MARKER_REACH;
  return (
    `<marker id="${markerId(prefix, shape)}" markerUnits="userSpaceOnUse" viewBox="${-reach} ${-reach} ${2 * reach} ${2 * reach}" markerWidth="${2 * reach}" markerHeight="${2 * reach}" overflow="visible">` +
    `<use href="#${markSymbolId(prefix, shape)}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"/>` +
    `</marker>`
  );
}

/**
 * One form's unit marks at the given positions (grid steps), in order: one
 * invisible path through the points with the form's marker at each of them.
 * About a quarter of the bytes of one element per mark; the map's script turns
 * the points into one `<use>` each (`data-mark` names the shape), so that each
 * unit can take focus.
 */
export function renderUnitMarks(
  prefix: string,
  form: MarkShape,
  points: readonly { x: number; y: number }[],
): string {
  // A path of one point has no vertex to mark without a segment, so it gets one of length 0.
  const d = `M${points.map(({ x, y }) => `${x} ${y}`).join(" ")}${points.length === 1 ? "h0" : ""}`;
  const marker = `url(#${markerId(prefix, form)})`;
  // A stroke at opacity 0 rather than none: resvg (the PNG downloads) leaves out
  // the markers of a path that paints nothing.
  return `<path data-mark="#${markSymbolId(prefix, form)}" d="${d}" fill="none" stroke-opacity="0" marker-start="${marker}" marker-mid="${marker}" marker-end="${marker}"/>`;
}
