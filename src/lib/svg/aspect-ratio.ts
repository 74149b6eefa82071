/**
 * The CSS aspect-ratio of an SVG drawing, "480 / 1128", from its root's viewBox
 * (null without one). A page sets it on the drawing's box, so the box has its
 * height before the drawing is laid out: content-visibility can then skip the
 * drawing until a reader scrolls near it without anything moving.
 */
export function aspectRatioOf(svg: string): string | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const box = /\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
  return box === null ? null : `${box[1]} / ${box[2]}`;
}
