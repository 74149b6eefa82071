import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../src/lib/charts/index.ts";
import { chartStyle } from "../../src/lib/charts/chart-style.ts";
import { theme } from "../../src/lib/theme.ts";
import { HOSTILE } from "./fixtures.ts";
import { expectSoundChart } from "./svg-checks.ts";

const data = [
  { key: "a", value: 0.25 },
  { key: "b", value: 0.75 },
];

/** A spec that makes Plot emit a clip path (a counter-based id) and tabular-nums text. */
function clippedSpec(): Plot.PlotOptions {
  return {
    width: 400,
    height: 120,
    marks: [
      Plot.barX(data, { x: "value", y: "key", clip: true }),
      Plot.text(data, { x: "value", y: "key", text: "value" }),
      Plot.frame({ clip: true }),
    ],
  };
}

describe("renderPlot", () => {
  it("renders a standalone, accessible <svg> that takes its font and colours from the page", () => {
    const svg = renderPlot(clippedSpec(), { id: "test", ariaLabel: "Ett test." });
    expectSoundChart(svg, "Ett test.");
    expect(svg).toContain(`xmlns="http://www.w3.org/2000/svg"`);
    expect(svg).toContain(`font-size="${chartStyle.fontSize}"`);
    expect(svg).not.toContain(`font-family=`);
    expect(svg).not.toContain(`color:${theme.color.text}`);
    expect(svg).not.toContain("<desc");
    expect(svg).toContain(`style="font-variant-numeric:tabular-nums"`);
  });

  it("replaces Plot's counter ids with ids from the chart id, references included", () => {
    const svg = renderPlot(clippedSpec(), { id: "test", ariaLabel: "Ett test." });
    expect(svg).toContain(`<clipPath id="fc-chart-test-clip-1">`);
    expect(svg).toContain(`clip-path="url(#fc-chart-test-clip-1)"`);
    // Plot shares one frame clip between the marks that ask for it.
    expect(svg.match(/clip-path="url\(#fc-chart-test-clip-1\)"/g)).toHaveLength(2);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is byte-identical across renders, whatever was rendered in between", () => {
    const first = renderPlot(clippedSpec(), { id: "test", ariaLabel: "Ett test." });
    renderPlot(clippedSpec(), { id: "other", ariaLabel: "Ett annat." });
    // Plot's own global counter moves on.
    Plot.plot({
      ...clippedSpec(),
      document: parseHTML("<html></html>").document as unknown as Document,
    });
    const second = renderPlot(clippedSpec(), { id: "test", ariaLabel: "Ett test." });
    expect(second).toBe(first);
  });

  it("adds a <desc> first, referenced by aria-describedby", () => {
    const svg = renderPlot(clippedSpec(), {
      id: "test",
      ariaLabel: "Ett test.",
      description: "En längre beskrivning.",
    });
    expect(svg).toMatch(
      /^<svg [^>]*><desc id="fc-chart-test-desc">En längre beskrivning\.<\/desc>/,
    );
    expect(svg).toContain(`aria-describedby="fc-chart-test-desc"`);
  });

  it("escapes the aria-label and description", () => {
    const svg = renderPlot(clippedSpec(), { id: "test", ariaLabel: HOSTILE, description: HOSTILE });
    expect(svg).not.toContain("<script");
    expect(svg).toContain(
      `aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;citat&#39;"`,
    );
    expect(svg).toContain(
      `>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;citat&#39;</desc>`,
    );
  });

  it("refuses bad ids, empty labels, and Plot titles (they would add headings)", () => {
    expect(() => renderPlot(clippedSpec(), { id: "Bad id", ariaLabel: "x" })).toThrow(/id/);
    expect(() => renderPlot(clippedSpec(), { id: "ok", ariaLabel: " " })).toThrow(/aria-label/);
    expect(() =>
      renderPlot({ ...clippedSpec(), title: "Rubrik" }, { id: "ok", ariaLabel: "x" }),
    ).toThrow(/title/);
    expect(() =>
      renderPlot(
        { ...clippedSpec(), color: { legend: true }, marks: [Plot.dot(data, { fill: "key" })] },
        { id: "ok", ariaLabel: "x" },
      ),
    ).toThrow(/figure/);
  });
});
