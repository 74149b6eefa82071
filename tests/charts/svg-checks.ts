import { parseHTML } from "linkedom";
import { expect } from "vitest";
import { escapeXml, estimateTextWidth } from "../../src/lib/svg/index.ts";

/** Rounds every decimal number in the string to 1 decimal, as Plot's own tests do for snapshots. */
export function roundFloats(text: string): string {
  return text.replace(/\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10));
}

/** Parses chart markup the way a browser parses it inside an HTML page. */
export function parseSvg(svg: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (root === null) throw new Error("no <svg>");
  return root as unknown as SVGSVGElement;
}

/** What every chart's SVG must satisfy. */
export function expectSoundChart(svg: string, ariaLabel: string): void {
  expect(svg.startsWith("<svg ")).toBe(true);
  expect(svg.endsWith("</svg>")).toBe(true);
  expect(svg.match(/<svg /g)).toHaveLength(1);
  expect(svg).toContain(` role="img"`);
  expect(svg).toContain(` aria-label="${escapeXml(ariaLabel)}"`);
  expect(svg).toMatch(/ viewBox="0 0 \d+ \d+"/);
  // Font and colours come from where it is shown (the page's theme, light or dark; a download's own).
  expect(svg).not.toMatch(/^<svg[^>]* (?:font-family|style)=/);
  for (const bad of ["NaN", "undefined", "null", "[object Object]", "Infinity"]) {
    expect(svg).not.toContain(bad);
  }
  // Things the Nu HTML checker rejects, or that break the page:
  expect(svg).not.toMatch(/<g[^>]* font-variant=/);
  expect(svg).not.toMatch(/ font-variant=/);
  expect(svg).not.toContain("aria-description");
  expect(svg).not.toMatch(/plot-clip-\d/);
  expect(svg).not.toMatch(/plot-pattern-\d/);
  expect(svg).not.toContain("plot-d6a7b5");
  expect(svg).not.toContain("<style");
  expect(svg).not.toContain("<figure");
  expect(svg).not.toMatch(/<h[1-6]/);
  // Only the root carries ARIA.
  expect(svg.match(/ aria-label=/g)).toHaveLength(1);
  expect(svg).not.toContain("aria-hidden");
}

interface Box {
  readonly what: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const FONT_SIZE = 14;

function translation(element: Element | null): [number, number] {
  let x = 0;
  let y = 0;
  for (let node = element; node !== null && node.localName !== "html"; node = node.parentElement) {
    const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(node.getAttribute("transform") ?? "");
    if (match) {
      x += Number(match[1]);
      y += Number(match[2]);
    }
  }
  return [x, y];
}

function length(value: string | null): number {
  if (value === null || value === "") return 0;
  return value.endsWith("em") ? Number(value.slice(0, -2)) * FONT_SIZE : Number(value);
}

function inherited(element: Element, name: string): string | null {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const value = node.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/** Estimated boxes of every text and rect, in the viewBox's coordinates. */
export function boxes(svg: string): { width: number; height: number; boxes: Box[] } {
  const root = parseSvg(svg);
  const [, , width = 0, height = 0] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
  const result: Box[] = [];
  for (const text of Array.from(root.querySelectorAll("text"))) {
    const [tx, ty] = translation(text);
    const tspans = Array.from(text.querySelectorAll("tspan"));
    const lines =
      tspans.length > 0 ? tspans.map((t) => t.textContent ?? "") : [text.textContent ?? ""];
    const bold = inherited(text, "font-weight") !== null ? 1.1 : 1;
    const lineWidth = Math.max(...lines.map((line) => estimateTextWidth(line, FONT_SIZE) * bold));
    const anchor = inherited(text, "text-anchor") ?? "start";
    const x = tx + length(text.getAttribute("x") ?? tspans[0]?.getAttribute("x") ?? null);
    const left = anchor === "middle" ? x - lineWidth / 2 : anchor === "end" ? x - lineWidth : x;
    let baseline = ty + length(text.getAttribute("y")) + length(text.getAttribute("dy"));
    let first = baseline;
    tspans.forEach((tspan, i) => {
      if (tspan.hasAttribute("y")) baseline = ty + length(tspan.getAttribute("y"));
      baseline += length(tspan.getAttribute("dy"));
      if (i === 0) first = baseline;
    });
    result.push({
      what: lines.join(" / "),
      left,
      right: left + lineWidth,
      top: first - 0.8 * FONT_SIZE,
      bottom: baseline + 0.25 * FONT_SIZE,
    });
  }
  for (const rect of Array.from(root.querySelectorAll("rect"))) {
    const [tx, ty] = translation(rect);
    const x = tx + length(rect.getAttribute("x"));
    const y = ty + length(rect.getAttribute("y"));
    result.push({
      what: "rect",
      left: x,
      right: x + length(rect.getAttribute("width")),
      top: y,
      bottom: y + length(rect.getAttribute("height")),
    });
  }
  return { width, height, boxes: result };
}

/** Every text (at its over-estimated width) and bar lies inside the viewBox. */
export function expectNothingClipped(svg: string): void {
  const { width, height, boxes: all } = boxes(svg);
  const outside = all.filter(
    (box) => box.left < 0 || box.right > width || box.top < 0 || box.bottom > height,
  );
  expect(outside, `outside 0 0 ${width} ${height}`).toEqual([]);
}

/** No two texts overlap (boxes shrunk by 1 px to allow touching). */
export function expectNoTextOverlap(svg: string): void {
  const texts = boxes(svg).boxes.filter((box) => box.what !== "rect");
  const overlaps: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (
        a.left < b.right - 1 &&
        b.left < a.right - 1 &&
        a.top < b.bottom - 1 &&
        b.top < a.bottom - 1
      ) {
        overlaps.push(`${a.what} × ${b.what}`);
      }
    }),
  );
  expect(overlaps).toEqual([]);
}

/** The widths every chart must lay out at without clipping or overlap: a phone to a wide column. */
export const WIDTHS = [320, 360, 400, 440, 480, 520, 560, 600, 640, 680, 720] as const;

/** A chart at one width: nothing outside the viewBox and no texts on top of each other. */
export function expectCleanLayout(svg: string): void {
  expectNothingClipped(svg);
  expectNoTextOverlap(svg);
}
