import type { Verksamhetsform } from "../data/index.ts";
import { mapStyle } from "./map-style.ts";

const round = (value: number): number => Math.round(value * 10) / 10;

/** A triangle's side for a circle's radius, at the same area, so neither form looks bigger. */
const SIDE_PER_RADIUS = Math.sqrt((4 * Math.PI) / Math.sqrt(3));

/**
 * One unit's mark centred on (x, y): a circle for a familjecentral, a triangle for
 * a familjecentralsliknande verksamhet, so the forms differ in shape, not only colour.
 * `attributes` (leading space, already escaped) and `content` (markup) go on the element;
 * `radius` is a group mark's size (the triangle gets the same area).
 */
export function renderMark(
  form: Verksamhetsform,
  x: number,
  y: number,
  attributes = "",
  content = "",
  radius: number = mapStyle.mark.radius,
): string {
  const fill = mapStyle.mark.fill[form];
  const side = radius * SIDE_PER_RADIUS;
  const triangleHeight = (side * Math.sqrt(3)) / 2;
  if (form === "familjecentral") {
    const open = `<circle${attributes} cx="${x}" cy="${y}" r="${radius}" fill="${fill}"`;
    return content === "" ? `${open}/>` : `${open}>${content}</circle>`;
  }
  const top = round(y - (2 * triangleHeight) / 3);
  const d = `M${x} ${top}l${round(side / 2)} ${round(triangleHeight)}h${-round(side)}z`;
  const open = `<path${attributes} d="${d}" fill="${fill}"`;
  return content === "" ? `${open}/>` : `${open}>${content}</path>`;
}
