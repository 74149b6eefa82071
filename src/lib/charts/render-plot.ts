import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { serializeSvg } from "../svg/index.ts";
import { chartStyle } from "./chart-style.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const CHART_ID = /^[a-z][a-z0-9-]*$/;
const NUMERIC_VARIANT = /^(?:(?:tabular|proportional|lining|oldstyle)-nums|slashed-zero|ordinal)$/;

export interface RenderPlotOptions {
  /**
   * Names the chart on its page; every id inside the SVG starts with
   * `fc-chart-<id>-`, so it must be unique on the page. Lowercase letters,
   * digits and "-", starting with a letter.
   */
  readonly id: string;
  /** The chart's accessible name: one sentence that says what it shows. */
  readonly ariaLabel: string;
  /** A longer text alternative, e.g. every value in a sentence; becomes `<desc>`. */
  readonly description?: string | undefined;
}

/** The prefix of every id in a chart's SVG. */
export function chartIdPrefix(id: string): string {
  return `fc-chart-${id}`;
}

/**
 * Renders an Observable Plot spec at build time to one standalone `<svg>`
 * string, the same bytes for the same input whatever else was rendered
 * before, and valid in an HTML page:
 *
 * - Plot's `<style>` element is dropped: the one rule that matters (scale to
 *   the container) is an inline `style`, so no CSS leaks to the page.
 * - Plot's counter ids (`plot-clip-3`) become `fc-chart-<id>-clip-1` etc.
 * - Plot's `aria-label`/`aria-description`/`aria-hidden` on inner groups
 *   ("bar", "x-axis tick") are dropped: the root is `role="img"`, whose
 *   children are presentational, and `aria-description` is not valid HTML.
 * - `font-variant="tabular-nums"` (not a valid SVG attribute value) becomes
 *   `style="font-variant-numeric:tabular-nums"`.
 * - Font, text colour and background come from where the SVG is shown.
 *
 * Plot titles, subtitles, captions and legends would wrap the SVG in a
 * `<figure>` with headings; they are refused, so the page owns its headings.
 */
export function renderPlot(spec: Plot.PlotOptions, options: RenderPlotOptions): string {
  const { id, ariaLabel, description } = options;
  if (!CHART_ID.test(id)) throw new Error(`Invalid chart id: ${JSON.stringify(id)}`);
  if (ariaLabel.trim() === "") throw new Error(`Chart ${id} needs an aria-label`);
  for (const key of ["title", "subtitle", "caption"] as const) {
    if (spec[key] != null) throw new Error(`Chart ${id}: Plot's ${key} is not used`);
  }

  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const root = Plot.plot({
    ...spec,
    document: document as unknown as Document,
    className: "fc-chart",
    ariaLabel: null,
    ariaDescription: null,
  });
  if (root.localName !== "svg") {
    throw new Error(`Chart ${id}: Plot made a <${root.localName}>, not an <svg> (legend?)`);
  }

  const prefix = chartIdPrefix(id);
  tidyDescendants(root, prefix);

  for (const style of Array.from(root.children).filter((child) => child.localName === "style")) {
    style.remove();
  }
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("role", "img");
  root.setAttribute("aria-label", ariaLabel);
  // No font family, text colour or background of its own: on a page the chart
  // takes the page's font and colours (report.css, and the dark theme's
  // stylesheet, src/pages/theme.css.ts), and a download sets its own
  // (standaloneSvg). Only the size it is drawn at is the chart's.
  root.removeAttribute("font-family");
  root.setAttribute("font-size", String(chartStyle.fontSize));
  if (description !== undefined && description.trim() !== "") {
    const desc = document.createElementNS(SVG_NS, "desc");
    desc.setAttribute("id", `${prefix}-desc`);
    desc.textContent = description;
    root.insertBefore(desc, root.firstChild);
    root.setAttribute("aria-describedby", `${prefix}-desc`);
  }
  return serializeSvg(root);
}

/** Renames Plot's ids, and drops or fixes the attributes described above. */
function tidyDescendants(root: Element, prefix: string): void {
  const elements = Array.from(root.querySelectorAll("*"));
  const renamed = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const element of elements) {
    const oldId = element.getAttribute("id");
    if (oldId === null) continue;
    // plot-clip-3 → clip, plot-pattern-1 → pattern, anything else → element name
    const kind = /^plot-([a-z]+)-\d+$/.exec(oldId)?.[1] ?? element.localName.toLowerCase();
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const newId = `${prefix}-${kind}-${n}`;
    renamed.set(oldId, newId);
    element.setAttribute("id", newId);
  }
  const rename = (value: string) =>
    value.replace(/url\(#([^)]+)\)|^#(.+)$/g, (match, url?: string, href?: string) => {
      const old = url ?? href ?? "";
      const renamedId = renamed.get(old);
      if (renamedId === undefined) return match;
      return url !== undefined ? `url(#${renamedId})` : `#${renamedId}`;
    });
  for (const element of elements) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith("aria-")) {
        element.removeAttribute(name);
      } else if (name === "font-variant") {
        element.removeAttribute(name);
        const style = element.getAttribute("style");
        const property = NUMERIC_VARIANT.test(value) ? "font-variant-numeric" : "font-variant";
        const declaration = `${property}:${value}`;
        element.setAttribute(
          "style",
          style === null || style === "" ? declaration : `${style};${declaration}`,
        );
      } else if (value.includes("#")) {
        const next = rename(value);
        if (next !== value) element.setAttribute(name, next);
      }
    }
  }
}
