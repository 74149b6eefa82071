import { describe, expect, it } from "vitest";
import {
  areaTypeByFormChart,
  areaTypeByFormChartData,
  areaTypeChart,
} from "../../src/lib/charts/index.ts";
import { formatPercent } from "../../src/lib/format.ts";
import { theme } from "../../src/lib/theme.ts";
import {
  areaTypeByFormLabels,
  areaTypeLabels,
  areaTypes,
  areaTypesByForm,
  distribution,
  HOSTILE,
} from "./fixtures.ts";
import {
  expectNothingClipped,
  expectSoundChart,
  roundFloats,
  WIDTHS,
  expectCleanLayout,
} from "./svg-checks.ts";

const render = (width = 640, labels = areaTypeByFormLabels, legend = true) =>
  areaTypeByFormChart(areaTypesByForm, { width, labels, id: "omradestyp-form", legend });

describe("areaTypeByFormChartData", () => {
  it("has one row per group and form, with the stats' numbers", () => {
    const data = areaTypeByFormChartData(areaTypesByForm, areaTypeByFormLabels);
    expect(data.groups).toEqual([
      { key: "utmaningar", label: "Områden med socioekonomiska utmaningar" },
      { key: "blandade", label: "Socioekonomiskt blandade områden" },
      { key: "goda", label: "Områden med goda socioekonomiska förutsättningar" },
      { key: "missing", label: "Uppgift saknas" },
    ]);
    expect(data.rows.map((row) => row.key)).toEqual([
      "utmaningar-familjecentral",
      "utmaningar-familjecentralsliknande",
      "blandade-familjecentral",
      "blandade-familjecentralsliknande",
      "goda-familjecentral",
      "goda-familjecentralsliknande",
      "missing-familjecentral",
      "missing-familjecentralsliknande",
    ]);
    for (const row of data.rows) {
      const source = areaTypesByForm[row.form];
      const expected = row.group === "missing" ? source.missing : source.byGroup[row.group];
      expect([row.antal, row.value]).toEqual([expected.antal, expected.andel]);
      expect(row.valueLabel).toBe(formatPercent(expected.andel));
    }
    expect(data.rows.map((row) => row.valueLabel)).toEqual(
      ["37,5", "31,4", "31,3", "34,9", "28,1", "33,7", "3,1", "0,0"].map((v) => `${v}\u00a0%`),
    );
    expect(data.legend).toEqual([
      {
        key: "familjecentral",
        label: "Familjecentraler",
        color: theme.form.familjecentral,
        paint: "solid",
      },
      {
        key: "familjecentralsliknande",
        label: "Familjecentralsliknande verksamheter",
        color: theme.form.familjecentralsliknande,
        paint: "tint",
      },
    ]);
  });

  it("leaves out unknown when no form has units of unknown area type", () => {
    const data = areaTypeByFormChartData(
      {
        familjecentral: distribution([1, 2, 3, 4, 5], 0),
        familjecentralsliknande: distribution([5, 4, 3, 2, 1], 0),
      },
      areaTypeByFormLabels,
    );
    expect(data.groups.map((g) => g.key)).toEqual(["utmaningar", "blandade", "goda"]);
    expect(data.rows).toHaveLength(6);
  });
});

describe("areaTypeByFormChart", () => {
  it("is a sound chart showing every value, group and the legend in the forms' colours", () => {
    const svg = render();
    expectSoundChart(svg, areaTypeByFormLabels.ariaLabel);
    for (const row of areaTypeByFormChartData(areaTypesByForm, areaTypeByFormLabels).rows) {
      expect(svg).toContain(`>${row.valueLabel}<`);
    }
    for (const text of [
      "Familjecentraler",
      "Familjecentralsliknande verksamheter",
      "Uppgift saknas",
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain(`fill="${theme.form.familjecentral}"`);
    expect(svg).toContain(`stroke="${theme.form.familjecentralsliknande}"`);
  });

  it("leaves the legend out on request", () => {
    const svg = render(640, areaTypeByFormLabels, false);
    expect(svg).not.toContain("Familjecentraler");
    expectNothingClipped(svg);
  });

  it.each(WIDTHS)("clips nothing at width %i", (width) => {
    expectCleanLayout(render(width));
  });

  it("escapes labels", () => {
    const svg = render(640, {
      ...areaTypeByFormLabels,
      groups: { ...areaTypeByFormLabels.groups, goda: HOSTILE },
      forms: { ...areaTypeByFormLabels.forms, familjecentral: HOSTILE },
    });
    expect(svg).not.toContain("<script");
    expect(svg).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;citat&#39;",
    );
  });

  it("is deterministic, whatever was rendered in between", () => {
    const first = render();
    areaTypeChart(areaTypes, { width: 640, labels: areaTypeLabels, id: "omradestyp" });
    expect(render()).toBe(first);
  });

  it("matches the snapshot", async () => {
    await expect(roundFloats(render())).toMatchFileSnapshot(
      "./__snapshots__/area-type-by-form-chart.svg",
    );
  });
});
