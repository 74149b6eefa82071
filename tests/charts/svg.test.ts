import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  escapeXml,
  estimateMaxWidth,
  estimateTextWidth,
  roundCoordinates,
  serializeSvg,
  wrapText,
} from "../../src/lib/svg/index.ts";

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
    );
  });

  it("leaves Swedish text, no-break spaces and minus signs alone", () => {
    const text = "Mödra- och barnhälsovård: 1\u00a0246 (\u22123,4\u00a0%)";
    expect(escapeXml(text)).toBe(text);
  });
});

describe("roundCoordinates", () => {
  it("rounds every number to 2 decimals", () => {
    expect(roundCoordinates("translate(474.99999999999994,70.123)")).toBe("translate(475,70.12)");
    expect(roundCoordinates("M0,0L-6.0001,0")).toBe("M0,0L-6,0");
    expect(roundCoordinates("-0.001")).toBe("0");
    expect(roundCoordinates("0.32em")).toBe("0.32em");
  });
});

describe("serializeSvg", () => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svgNs = "http://www.w3.org/2000/svg";

  it("sorts attributes, escapes text and attributes, rounds geometry, self-closes empty elements", () => {
    const g = document.createElementNS(svgNs, "g");
    g.setAttribute("transform", "translate(0.123456,1)");
    g.setAttribute("data-label", `"a" < b & 'c'`);
    g.setAttribute("class", "k");
    const text = document.createElementNS(svgNs, "text");
    text.textContent = `<script>"x" & 'y'`;
    g.appendChild(text);
    g.appendChild(document.createElementNS(svgNs, "rect"));
    expect(serializeSvg(g as unknown as Node)).toBe(
      `<g class="k" data-label="&quot;a&quot; &lt; b &amp; &#39;c&#39;" transform="translate(0.12,1)">` +
        `<text>&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;</text><rect/></g>`,
    );
  });

  it("keeps SVG element names' case", () => {
    const clip = document.createElementNS(svgNs, "clipPath");
    expect(serializeSvg(clip as unknown as Node)).toBe("<clipPath/>");
  });
});

describe("text width", () => {
  it("over-estimates Arial widths (Arial: a = 0.556 em, i = 0.222 em, 0 = 0.556 em)", () => {
    expect(estimateTextWidth("aaaa", 10)).toBeGreaterThan(4 * 5.56);
    expect(estimateTextWidth("iiii", 10)).toBeGreaterThan(4 * 2.22);
    expect(estimateTextWidth("0000", 10)).toBeGreaterThan(4 * 5.56);
  });

  it("gives å, ä, ö at least the width of a, and the minus sign at least that of a digit", () => {
    for (const char of ["å", "ä", "ö", "Å", "Ä", "Ö"]) {
      expect(estimateTextWidth(char, 10)).toBeGreaterThanOrEqual(estimateTextWidth("a", 10));
    }
    expect(estimateTextWidth("\u2212", 10)).toBeGreaterThanOrEqual(estimateTextWidth("0", 10));
    expect(estimateTextWidth("35,4\u00a0%", 14)).toBeGreaterThan(0);
  });

  it("wraps at spaces to the width, keeping a too-long word whole on its own line", () => {
    const lines = wrapText("Områden med mycket goda socioekonomiska förutsättningar", 150, 14);
    expect(lines.join(" ")).toBe("Områden med mycket goda socioekonomiska förutsättningar");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.includes(" ") ? estimateTextWidth(line, 14) <= 150 : true).toBe(true);
    }
    expect(wrapText("Mödra- och barnhälsovårdspsykolog", 100, 14)).toEqual([
      "Mödra- och",
      "barnhälsovårdspsykolog",
    ]);
    expect(wrapText("kort", 100, 14)).toEqual(["kort"]);
    expect(estimateMaxWidth(["a", "aa"], 10)).toBe(estimateTextWidth("aa", 10));
  });
});
