import { describe, expect, it } from "vitest";
import {
  areaTypeChart,
  collaborationChart,
  collaborationChartData,
} from "../../src/lib/charts/index.ts";
import { formatPercent } from "../../src/lib/format.ts";
import { escapeXml } from "../../src/lib/svg/index.ts";
import {
  areaTypeLabels,
  areaTypes,
  collaboration,
  collaborationLabels,
  HOSTILE,
} from "./fixtures.ts";
import { expectSoundChart, roundFloats, WIDTHS, expectCleanLayout } from "./svg-checks.ts";
import { shown } from "../helpers/shown.ts";

const render = (width = 640, labels = collaborationLabels) =>
  collaborationChart(collaboration, { width, labels, id: "samverkan" });

describe("collaborationChartData", () => {
  it("has one row per partner, in the stats' order, with the stats' numbers", () => {
    const rows = collaborationChartData(collaboration, collaborationLabels);
    expect(rows.map((row) => row.key)).toEqual(["bibliotek", "forskola", "tandvard", "psykolog"]);
    expect(rows.map((row) => row.antal)).toEqual(collaboration.map((c) => shown(c).antal));
    expect(rows.map((row) => row.value)).toEqual(collaboration.map((c) => shown(c).andel));
    expect(rows.map((row) => row.label)).toEqual([
      "Bibliotek",
      "Förskola",
      "Tandvård",
      "Mödra- och barnhälsovårdspsykolog",
    ]);
    expect(rows.map((row) => row.valueLabel)).toEqual([
      "35,4\u00a0%",
      "48,8\u00a0%",
      "16,3\u00a0%",
      "81,7\u00a0%",
    ]);
  });
});

describe("collaborationChart", () => {
  it("is a sound chart showing every value, label and a 0–100 % axis", () => {
    const svg = render();
    expectSoundChart(svg, collaborationLabels.ariaLabel);
    for (const { andel } of collaboration.map(shown))
      expect(svg).toContain(`>${formatPercent(andel)}<`);
    for (const label of ["Bibliotek", "Förskola", "Tandvård", "barnhälsovårdspsykolog"]) {
      expect(svg).toContain(label);
    }
    for (const tick of [0, 0.5, 1]) expect(svg).toContain(`>${formatPercent(tick, 0)}<`);
  });

  it("draws bars on a 0–100 % scale", () => {
    const widths = [...render().matchAll(/<rect height="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(4);
    // psykolog (81,7 %) against bibliotek (35,4 %)
    expect((widths[0] ?? 0) / (widths[3] ?? 1)).toBeCloseTo(87 / 201, 2);
  });

  it.each(WIDTHS)("clips nothing at width %i", (width) => {
    expectCleanLayout(render(width));
  });

  it("escapes labels", () => {
    const svg = render(640, {
      ...collaborationLabels,
      partners: { ...collaborationLabels.partners, bibliotek: HOSTILE },
      ariaLabel: HOSTILE,
    });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(svg).toContain("&amp;");
    expect(svg).toContain(`aria-label="${escapeXml(HOSTILE)}"`);
  });

  it("is deterministic, whatever was rendered in between", () => {
    const first = render();
    areaTypeChart(areaTypes, { width: 640, labels: areaTypeLabels, id: "omradestyp" });
    expect(render()).toBe(first);
  });

  it("matches the snapshot", async () => {
    await expect(roundFloats(render())).toMatchFileSnapshot(
      "./__snapshots__/collaboration-chart.svg",
    );
  });
});
