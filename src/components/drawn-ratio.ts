import { aspectRatioOf } from "../lib/svg/index.ts";

/**
 * The drawing's proportions as a custom property on its box (see aspectRatioOf);
 * report.css makes it the box's aspect-ratio on screen, where the box is as wide
 * as the drawing (in print it is not).
 */
export function drawnRatio(svg: string): string | undefined {
  const ratio = aspectRatioOf(svg);
  return ratio === null ? undefined : `--drawn-ratio:${ratio}`;
}
