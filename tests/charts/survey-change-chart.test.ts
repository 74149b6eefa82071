import { describe, expect, it } from "vitest";
import {
  collaborationChart,
  surveyChangeChart,
  surveyChangeChartData,
} from "../../src/lib/charts/index.ts";
import { formatInteger } from "../../src/lib/format.ts";
import { escapeXml } from "../../src/lib/svg/index.ts";
import { collaboration, collaborationLabels, series, surveyLabels } from "./fixtures.ts";
import { expectSoundChart, roundFloats, expectCleanLayout } from "./svg-checks.ts";

const WIDTHS = [320, 400, 480, 560, 640, 720];
const render = (width = 640) =>
  surveyChangeChart(series, { width, labels: surveyLabels, id: "kartlaggningar" });

describe("surveyChangeChartData", () => {
  it("has one row per survey in time order, with the stats' counts", () => {
    const rows = surveyChangeChartData([...series].reverse());
    expect(rows.map((row) => row.key)).toEqual(["2008", "2023"]);
    expect(rows.map((row) => row.value)).toEqual([131, 1246]);
    expect(rows.map((row) => row.valueLabel)).toEqual(["131", "1\u00a0246"]);
    expect(rows.map((row) => row.valueLabel)).toEqual([formatInteger(131), formatInteger(1246)]);
    expect(rows.map((row) => [row.current, row.exampleData])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it("labels years without a thousands separator", () => {
    expect(surveyChangeChartData(series).map((row) => row.label)).toEqual(["2008", "2023"]);
  });
});

describe("surveyChangeChart", () => {
  it("is a sound chart showing every count and year", () => {
    const svg = render();
    expectSoundChart(svg, surveyLabels.ariaLabel);
    for (const text of ["131", "1\u00a0246", "2008", "2023"]) expect(svg).toContain(`>${text}<`);
    expect(svg).toContain(
      `<desc id="fc-chart-kartlaggningar-desc">${escapeXml(surveyLabels.description ?? "")}</desc>`,
    );
  });

  it.each(WIDTHS)("clips nothing at width %i", (width) => {
    expectCleanLayout(render(width));
  });

  it("is deterministic, whatever was rendered in between", () => {
    const first = render();
    collaborationChart(collaboration, { width: 640, labels: collaborationLabels, id: "samverkan" });
    expect(render()).toBe(first);
  });

  it("draws the bars to scale", () => {
    const heights = [...render().matchAll(/<rect height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(2);
    expect((heights[0] ?? 0) / (heights[1] ?? 1)).toBeCloseTo(131 / 1246, 2);
  });

  it("matches the snapshot", async () => {
    await expect(roundFloats(render())).toMatchFileSnapshot(
      "./__snapshots__/survey-change-chart.svg",
    );
  });
});
