/**
 * Wording faults found on a steward's datasets (issue 20): each sentence must
 * still be true when the data is unusual: nothing missing, some missing, all
 * missing; one kommun with units; every unit with the same target group.
 */
import { describe, expect, it } from "vitest";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { ageGroupLabel, areaTypes, sv } from "../../src/lib/text/sv/index.ts";
import { datasetOf, shippedUnits, unitsCsv, type UnitRow } from "../helpers/datasets.ts";
import { reportSentences } from "../helpers/report-sentences.ts";

const withUnits = (edit: (units: UnitRow[]) => UnitRow[]) =>
  reportFigures(datasetOf({ verksamheter: unitsCsv(edit(shippedUnits())) }));

describe("how the units got their area type", () => {
  it("says every unit has one only when none is missing, and never '0 verksamheter'", () => {
    const figures = withUnits((units) =>
      units.map((u) => ({ ...u, omradestyp: u.omradestyp || "3" })),
    );
    for (const t of [sv, en]) {
      const text = reportText(figures, t);
      expect(text.areaTypes.assigned).toBe(t.areaTypes.assigned(0, figures.units.total));
      for (const sentence of reportSentences(text))
        expect(sentence).not.toMatch(/\b0 (verksamheter|units)\b/);
    }
  });

  it("does not say every unit has one when some are missing, and names how many are", () => {
    let removed = 0;
    const figures = withUnits((units) =>
      units.map((u) =>
        u.omradestyp !== "" && removed < 7 ? (removed++, { ...u, omradestyp: "" }) : u,
      ),
    );
    const missing = shippedUnits().filter((u) => u.omradestyp === "").length + 7;
    const text = reportText(figures, sv);
    expect(text.areaTypes.assigned).toBe(areaTypes.assigned(missing, figures.units.total));
    expect(text.areaTypes.assigned).not.toBe(areaTypes.assigned(0, figures.units.total));
    expect(text.areaTypes.assigned).toContain(sv.format.count(missing, sv.nouns.verksamhet));
    // The section's fixed words no longer claim that each unit has one.
    for (const paragraph of [...sv.areaTypes.intro, ...en.areaTypes.intro])
      expect(paragraph).not.toMatch(/Varje verksamhet har fått|Each unit has/);
  });

  it("says nothing of how they got it when it is missing for all", () => {
    const figures = withUnits((units) => units.map((u) => ({ ...u, omradestyp: "" })));
    expect(reportText(figures, sv).areaTypes.assigned).toBeNull();
    expect(reportText(figures, en).areaTypes.assigned).toBeNull();
  });
});

describe("the key figures in English", () => {
  it("agree with one municipality and one region: '1 of 290 municipalities has'", () => {
    const first = shippedUnits()[0] as UnitRow;
    const figures = withUnits(() => [first]);
    const labels = reportText(figures, en).keyFigures.map((k) => `${k.value} ${k.label}`);
    expect(figures.kommuner.withUnits).toBe(1);
    expect(labels).toContain(`1 ${en.keyFigures.kommuner.label(figures.kommuner)}`);
    expect(en.keyFigures.kommuner.label(figures.kommuner)).toMatch(/ has at least/);
    expect(en.keyFigures.regioner.label(figures.regioner)).toMatch(/ has at least/);
    expect(en.keyFigures.kommuner.label({ withUnits: 2, total: 290 })).toMatch(/ have at least/);
  });
});

describe("the main target group", () => {
  it("says all units work for it, not 'mainly', when every unit does", () => {
    const figures = withUnits((units) => units.map((u) => ({ ...u, malgrupp: "0-18" })));
    const swedish = reportText(figures, sv).healthWork.ageFocus ?? "";
    expect(swedish).not.toMatch(/främst|100,0 %/);
    expect(swedish).toContain(ageGroupLabel["0-18"]);
    expect(reportText(figures, en).healthWork.ageFocus ?? "").not.toMatch(/mainly|100\.0%/);
  });
});
