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
 * circle, "t" for the triangle), since every unit mark repeats it.
 */
export function markSymbolId(prefix: string, form: Verksamhetsform): string {
  return `${prefix}-${form === "familjecentral" ? "c" : "t"}`;
}

/**
 * Each form's unit mark once, for `<defs>`: every unit then costs one `<use>`
 * with its position. Drawn around (0, 0) in grid steps, without paint, so each
 * `<use>` takes its colour from its group.
 */
export function renderMarkSymbols(prefix: string): string {
  const radius = mapStyle.mark.radius * mapStyle.grid;
  return VERKSAMHETSFORMER.map((form) =>
    renderMark(form, 0, 0, {
      attributes: ` id="${markSymbolId(prefix, form)}"`,
      radius,
      fill: false,
    }),
  ).join("");
}

/** One unit's mark: a `<use>` of its form's shape at (x, y) in grid steps. */
export function renderUnitMark(
  prefix: string,
  form: Verksamhetsform,
  x: number,
  y: number,
): string {
  return `<use href="#${markSymbolId(prefix, form)}" x="${x}" y="${y}"/>`;
}
