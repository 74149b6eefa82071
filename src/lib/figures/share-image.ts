/**
 * The image a page shows when its link is shared (og:image): 1200 × 630, the
 * size link previews use, drawn at build time by the same resvg and bundled
 * font as the figure PNGs. The page's heading, its count and what that counts,
 * and its map beside them.
 */
import { renderAsync } from "@resvg/resvg-js";
import { escapeXml, wrapText } from "../svg/index.ts";
import { theme } from "../theme.ts";
import { FIGURE_FONT, FIGURE_FONT_FILES } from "./figure-files.ts";

export const SHARE_IMAGE = { width: 1200, height: 630, type: "image/png" } as const;

/** What a share image shows. */
export interface ShareImageContent {
  readonly heading: string;
  /** The count, formatted ("246"), shown large. */
  readonly value: string;
  /** What it counts, read after the count ("verksamheter"). */
  readonly label: string;
  /** A sentence under it. */
  readonly detail: string;
  /** The source line at the foot. */
  readonly source: string;
  /** The map, as an SVG with a viewBox or width and height. */
  readonly drawing: string;
}

const PAD = 64;
const MAP_BOX = { width: 420, height: SHARE_IMAGE.height - 2 * 40 } as const;

/** The drawing's own coordinate box, from its viewBox or else its width and height. */
function viewBoxOf(svg: string): string {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const viewBox = /\sviewBox="([^"]+)"/.exec(root)?.[1];
  if (viewBox !== undefined) return viewBox;
  const width = /\swidth="([\d.]+)"/.exec(root)?.[1];
  const height = /\sheight="([\d.]+)"/.exec(root)?.[1];
  if (width === undefined || height === undefined)
    throw new Error("A share image's drawing must state its size");
  return `0 0 ${width} ${height}`;
}

function lines(
  texts: readonly string[],
  x: number,
  y: number,
  size: number,
  attrs: string,
): { svg: string; bottom: number } {
  const step = Math.round(size * 1.25);
  const svg = texts
    .map(
      (text, i) =>
        `<text x="${x}" y="${y + i * step}" font-size="${size}"${attrs}>${escapeXml(text)}</text>`,
    )
    .join("");
  return { svg, bottom: y + (texts.length - 1) * step };
}

/** The image as SVG: text on the left, the map on the right. */
export function shareImageSvg(content: ShareImageContent): string {
  const { width, height } = SHARE_IMAGE;
  const textWidth = width - PAD - MAP_BOX.width - 2 * 40;
  const heading = lines(
    wrapText(content.heading, textWidth, 44).slice(0, 3),
    PAD,
    PAD + 44,
    44,
    ' font-weight="700"',
  );
  const valueY = heading.bottom + 40 + 120;
  const value = `<text x="${PAD}" y="${valueY}" font-size="120" font-weight="700" fill="${theme.color.accent}">${escapeXml(content.value)}</text>`;
  const label = lines(wrapText(content.label, textWidth, 36).slice(0, 2), PAD, valueY + 52, 36, "");
  const detail = lines(
    wrapText(content.detail, textWidth, 26).slice(0, 3),
    PAD,
    label.bottom + 48,
    26,
    ` fill="${theme.color.muted}"`,
  );
  const sourceLines = wrapText(content.source, textWidth, 18).slice(0, 3);
  const sourceY = height - 36 - (sourceLines.length - 1) * Math.round(18 * 1.25);
  const source = lines(sourceLines, PAD, sourceY, 18, ` fill="${theme.color.muted}"`);
  const map = content.drawing
    .replace(/^<svg\b[^>]*>/, "")
    .replace(/<\/svg>\s*$/, "")
    .replace(/\sfont-family="[^"]*"/g, ` font-family="${FIGURE_FONT}"`);
  const mapX = width - 40 - MAP_BOX.width;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${theme.color.background}"/>` +
    `<rect width="12" height="${height}" fill="${theme.color.accent}"/>` +
    `<g fill="${theme.color.text}" font-family="${FIGURE_FONT}">` +
    heading.svg +
    value +
    label.svg +
    detail.svg +
    source.svg +
    `</g>` +
    `<svg x="${mapX}" y="40" width="${MAP_BOX.width}" height="${MAP_BOX.height}" viewBox="${viewBoxOf(content.drawing)}" preserveAspectRatio="xMidYMid meet" font-family="${FIGURE_FONT}">${map}</svg>` +
    `</svg>`
  );
}

/**
 * The image as PNG, drawn by resvg with only the bundled font, so two builds
 * give the same bytes. It carries no date or other chunk that would differ.
 */
export async function shareImagePng(svg: string): Promise<Buffer> {
  const rendered = await renderAsync(svg, {
    fitTo: { mode: "width", value: SHARE_IMAGE.width },
    font: {
      loadSystemFonts: false,
      fontFiles: [FIGURE_FONT_FILES.regular, FIGURE_FONT_FILES.bold],
      defaultFontFamily: FIGURE_FONT,
      sansSerifFamily: FIGURE_FONT,
    },
    background: theme.color.background,
  });
  return rendered.asPng();
}
