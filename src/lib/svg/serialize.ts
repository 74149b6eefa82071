import { escapeXml } from "./escape-xml.ts";

/** Attributes holding coordinates; their numbers are rounded when serialized. */
const GEOMETRY_ATTRIBUTES = new Set([
  "cx",
  "cy",
  "d",
  "dx",
  "dy",
  "height",
  "points",
  "r",
  "rx",
  "ry",
  "transform",
  "viewBox",
  "width",
  "x",
  "x1",
  "x2",
  "y",
  "y1",
  "y2",
]);

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** Rounds every number in a coordinate attribute to `digits` decimals: 474.99999999999994 → 475. */
export function roundCoordinates(value: string, digits = 2): string {
  const factor = 10 ** digits;
  return value.replace(NUMBER, (number) => {
    const rounded = Math.round(Number(number) * factor) / factor;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Serializes an SVG element tree (from any DOM, e.g. linkedom) to markup that
 * is the same for the same tree, whatever DOM produced it: attributes sorted by
 * name, every text and attribute value escaped with `escapeXml`, coordinates
 * rounded to 2 decimals, empty elements self-closed (allowed for SVG inside
 * HTML), comments dropped.
 */
export function serializeSvg(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeXml(node.nodeValue ?? "");
  if (node.nodeType !== ELEMENT_NODE) return "";
  const element = node as Element;
  const name = element.localName;
  const attributes = Array.from(element.attributes, ({ name, value }) => [name, value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([name, value]) =>
        ` ${name}="${escapeXml(GEOMETRY_ATTRIBUTES.has(name) ? roundCoordinates(value) : value)}"`,
    )
    .join("");
  const children = Array.from(element.childNodes, serializeSvg).join("");
  return children === ""
    ? `<${name}${attributes}/>`
    : `<${name}${attributes}>${children}</${name}>`;
}
