import type { Verksamhetsform } from "../data/index.ts";
import { mapStyle } from "./map-style.ts";

const round = (value: number): number => Math.round(value * 10) / 10;

const { radius } = mapStyle.mark;
/** A triangle with the circle's area, so neither form looks bigger than the other. */
const side = radius * Math.sqrt((4 * Math.PI) / Math.sqrt(3));
const triangleHeight = (side * Math.sqrt(3)) / 2;

/**
 * One unit's mark centred on (x, y): a circle for a familjecentral, a triangle for
 * a familjecentralsliknande verksamhet, so the forms differ in shape, not only colour.
 * `attributes` (leading space, already escaped) and `content` (markup) go on the element.
 */
export function renderMark(
  form: Verksamhetsform,
  x: number,
  y: number,
  attributes = "",
  content = "",
): string {
  const fill = mapStyle.mark.fill[form];
  if (form === "familjecentral") {
    const open = `<circle${attributes} cx="${x}" cy="${y}" r="${radius}" fill="${fill}"`;
    return content === "" ? `${open}/>` : `${open}>${content}</circle>`;
  }
  const top = round(y - (2 * triangleHeight) / 3);
  const d = `M${x} ${top}l${round(side / 2)} ${round(triangleHeight)}h${-round(side)}z`;
  const open = `<path${attributes} d="${d}" fill="${fill}"`;
  return content === "" ? `${open}/>` : `${open}>${content}</path>`;
}
