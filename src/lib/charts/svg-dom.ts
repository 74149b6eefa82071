import { chartStyle } from "./chart-style.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element in `document` (Plot's context document) with attributes. */
export function svgElement(
  document: Document,
  name: string,
  attributes: Readonly<Record<string, string | number>> = {},
  children: readonly (SVGElement | string)[] = [],
): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  for (const child of children) {
    element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * A `<text>` of one or more lines, its first baseline at `y`; following lines
 * are `chartStyle.lineHeight` apart.
 */
export function multilineText(
  document: Document,
  lines: readonly string[],
  x: number,
  y: number,
  attributes: Readonly<Record<string, string | number>> = {},
): SVGElement {
  if (lines.length === 1) return svgElement(document, "text", { x, y, ...attributes }, lines);
  return svgElement(
    document,
    "text",
    { y, ...attributes },
    lines.map((line, i) =>
      svgElement(document, "tspan", i === 0 ? { x } : { x, dy: `${chartStyle.lineHeight}em` }, [
        line,
      ]),
    ),
  );
}
