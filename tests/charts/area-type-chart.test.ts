import { describe, expect, it } from "vitest";
import { areaTypeChart, areaTypeChartData, surveyChangeChart } from "../../src/lib/charts/index.ts";
import { formatPercent } from "../../src/lib/format.ts";
import { escapeXml } from "../../src/lib/svg/index.ts";
import {
  areaTypeLabels,
  areaTypes,
  distribution,
  HOSTILE,
  series,
  surveyLabels,
} from "./fixtures.ts";
import { expectSoundChart, roundFloats, WIDTHS, expectCleanLayout } from "./svg-checks.ts";

const render = (width = 640, labels = areaTypeLabels, input = areaTypes) =>
  areaTypeChart(input, { width, labels, id: "omradestyp" });

describe("areaTypeChartData", () => {
  it("has types 1–5 and unknown, with the stats' numbers", () => {
    const { rows, challengeGroup } = areaTypeChartData(areaTypes, areaTypeLabels);
    expect(rows.map((row) => row.key)).toEqual(["1", "2", "3", "4", "5", "missing"]);
    expect(rows.map((row) => row.antal)).toEqual([30, 57, 80, 50, 24, 5]);
    expect(rows.map((row) => row.value)).toEqual([
      ...areaTypes.byType.map((t) => t.andel),
      areaTypes.missing.andel,
    ]);
    expect(rows.map((row) => row.valueLabel)).toEqual(
      ["12,2", "23,2", "32,5", "20,3", "9,8", "2,0"].map((v) => `${v}\u00a0%`),
    );
    expect(rows.map((row) => row.group)).toEqual([
      "utmaningar",
      "utmaningar",
      "blandade",
      "goda",
      "goda",
      null,
    ]);
    expect(rows.map((row) => row.label)).toEqual([
      ...([1, 2, 3, 4, 5] as const).map((typ) => areaTypeLabels.types[typ]),
      areaTypeLabels.missing,
    ]);
    expect(challengeGroup).toEqual({
      label: "Områden med socioekonomiska utmaningar (typ 1–2): 35,4\u00a0%",
      antal: 87,
      value: areaTypes.byGroup.utmaningar.andel,
      valueLabel: "35,4\u00a0%",
    });
  });

  it("leaves out unknown when every unit's area type is known", () => {
    const { rows } = areaTypeChartData(distribution([1, 2, 3, 4, 5], 0), areaTypeLabels);
    expect(rows.map((row) => row.key)).toEqual(["1", "2", "3", "4", "5"]);
  });
});

describe("areaTypeChart", () => {
  it("is a sound chart showing every value, label and the group note", () => {
    const svg = render();
    expectSoundChart(svg, areaTypeLabels.ariaLabel);
    for (const { andel } of [...areaTypes.byType, areaTypes.missing]) {
      expect(svg).toContain(`>${formatPercent(andel)}<`);
    }
    expect(svg).toContain("35,4\u00a0%");
    for (const word of ["Uppgift saknas", "förutsättningar", "(typ 1–2)"])
      expect(svg).toContain(word);
  });

  it("draws types 1–2 solid, 3–5 lighter and unknown as an outline", () => {
    const svg = render();
    const groups = [...svg.matchAll(/<g ([^>]*)>((?:<rect [^>]*\/>)+)<\/g>/g)].map((m) => ({
      attributes: m[1] ?? "",
      bars: (m[2] ?? "").match(/<rect /g)?.length ?? 0,
    }));
    expect(groups).toEqual([
      { attributes: `fill="#5b2a86"`, bars: 2 },
      { attributes: `fill="#5b2a86" fill-opacity="0.6"`, bars: 3 },
      { attributes: `fill="none" stroke="#4a4a55" stroke-width="1.5"`, bars: 1 },
    ]);
  });

  it.each(WIDTHS)("clips nothing at width %i", (width) => {
    expectCleanLayout(render(width));
  });

  it("escapes labels, the group note included", () => {
    const svg = render(640, {
      ...areaTypeLabels,
      types: { ...areaTypeLabels.types, 3: HOSTILE },
      challengeGroup: (share) => `${HOSTILE} ${share}`,
    });
    expect(svg).not.toContain("<script");
    expect(svg.split(escapeXml("<script>")).length).toBe(3);
  });

  it("is deterministic, whatever was rendered in between", () => {
    const first = render();
    surveyChangeChart(series, { width: 640, labels: surveyLabels, id: "kartlaggningar" });
    expect(render()).toBe(first);
  });

  it("matches the snapshot", async () => {
    await expect(roundFloats(render())).toMatchFileSnapshot("./__snapshots__/area-type-chart.svg");
  });
});
